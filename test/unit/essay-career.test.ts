import { describe, expect, it } from 'vitest';
import { findCompany } from '../../seed/extract/company.js';
import { titlesInProse } from '../../seed/extract/job-title.js';
import { headingKind } from '../../seed/structure/vocabulary.js';
import { extractText } from '../helpers/extract-text.js';

/**
 * Careers told as essays and as chapters in the order lived or backwards, by writers of several Englishes: employers
 * named after what they are, hired "in Derby", counted in years from the job before.
 */
describe('a career essay with no headings but its title', () => {
  const person = extractText('essay-career.md', [
    '# From relay interlockings to the digital railway',
    '',
    'Paweł Zieliński',
    '',
    'I have studied transport engineering in Gliwice. For my master thesis I have built a model of braking curves in MATLAB.',
    '',
    'In the autumn of 2014 I started as junior signalling designer in a small design office in Katowice, Sygnal',
    'Projekt. Everything was drawn in AutoCAD. After one year they have made me signalling designer.',
    '',
    'Three years later I have moved to England. Penrose Rail Engineering in Derby has hired me as signalling design',
    'engineer. All documents go through ProjectWise. I stayed at Penrose until the spring of 2019.',
    '',
    'Since 2019 I am working at Corvid Rail Systems in Birmingham. I came as systems engineer, and since last year I',
    'am lead systems engineer. The requirements were in DOORS also, but in 2021 the company has decided to go to',
    'Polarion.',
  ]);

  it('names the author from the line under the title', () => {
    expect(person?.person.name).toBe('Paweł Zieliński');
  });

  it('cuts a job at each employer, however it is said to have taken the writer on', () => {
    expect(person?.jobs.map((j) => [j.company, j.title])).toEqual([
      ['Sygnal Projekt', 'Signalling Designer'],
      ['Penrose Rail Engineering', 'Signalling Design Engineer'],
      ['Corvid Rail Systems', 'Lead Systems Engineer'],
    ]);
  });

  it('counts "three years later" from the start of the job before, which ends it', () => {
    expect(person?.jobs.map((j) => [j.startDate, j.endDate])).toEqual([
      ['2014', '2017'],
      ['2017', '2019'],
      ['2019', 'present'],
    ]);
  });

  it('gives the first job nothing from a paragraph about the writer’s studies', () => {
    expect(person?.jobs[0]?.tools.map((t) => t.toolId)).toEqual(['autocad']);
  });

  it('reads a move given after "but" as a move between tools of one kind', () => {
    const corvid = person?.jobs[2];
    expect(corvid?.tools.map((t) => [t.toolId, t.stance])).toEqual(
      expect.arrayContaining([
        ['ibm-doors', 'migrated-from'],
        ['polarion', 'used'],
      ]),
    );
  });
});

describe('employers named in prose', () => {
  const company = (sentence: string) => findCompany([sentence], () => false, true);
  it.each([
    [
      'Penrose Rail Engineering in Derby has hired me as signalling design engineer.',
      'Penrose Rail Engineering',
    ],
    [
      'I started as a junior designer in a small design office in Katowice, Sygnal Projekt.',
      'Sygnal Projekt',
    ],
    [
      'Straight out of a microbiology degree, Millstone Brewery took me on as a laboratory technician.',
      'Millstone Brewery',
    ],
    ['I left Hopwell in April 2021 and registered Cask & Code Ltd that May.', 'Cask & Code Ltd'],
    ['In 2019 I set up my own consultancy, Brightline Analytics.', 'Brightline Analytics'],
    ['In 2014 I started as junior signalling designer at Penrose Signalling in Derby.', 'Penrose Signalling'],
    ['Since 2019 I have worked at Acme Freight as a data engineer.', 'Acme Freight'],
    ["I've been working for Borealis Bank since May.", 'Borealis Bank'],
    [
      'I was a research engineer in the atmospheric physics group at Larchfield University.',
      'Larchfield University',
    ],
    [
      'Ardmore and I parted on good terms at the end of 2021, and in January 2022 I registered as a sole trader, Ferrie Aerial Survey.',
      'Ferrie Aerial Survey',
    ],
    ['In 2015 I set up as a sole trader trading as Hallam Design.', 'Hallam Design'],
  ])('%s → %s', (sentence, name) => {
    expect(company(sentence)).toBe(name);
  });
  it.each([
    'I left in August 2017 for the Hopwell job.',
    'I started a podcast about brewing.',
    'I worked as hard as I could at Nets.',
    'I have worked for years at making things simple.',
    'I registered as a sole trader in 2019.',
  ])('names no employer: %s', (sentence) => {
    expect(company(sentence)).toBeNull();
  });
});

describe('one job told in a paragraph under the name', () => {
  it('is a job, not a profile, when it opens an employment at a named employer', () => {
    const person = extractText('one-job.md', [
      '# Ann Lee',
      '',
      'Since 2019 I have worked at Acme Freight as a data engineer, building pipelines in Airflow and dbt.',
      '',
      'Outside work I run and climb.',
    ]);
    expect(person?.jobs).toHaveLength(1);
    expect(person?.jobs[0]).toMatchObject({ company: 'Acme Freight', startDate: '2019', endDate: 'present' });
  });
});

describe('a career in undated chapters under one heading', () => {
  const lines = [
    '# Eilidh Farquharson',
    '',
    '## From the forecast bench to model code: my career in questions',
    '',
    '### The forecasting years',
    '',
    '**How did you get into forecasting?**',
    'Skerry Weather Ltd in Aberdeen took me on as a shift forecaster in June 2009. I rewrote the decoding in Python.',
    '',
    '### The people',
    '',
    '**Who was on the shift?**',
    'Four forecasters and a duty manager; we kept the rota in Excel.',
    '',
    '### The university years',
    '',
    '**What were you hired to do?**',
    'I was a research software engineer in the atmospheric physics group at Larchfield University, building WRF runs in Fortran.',
  ];
  it('reads each chapter placed in time as a job, and a chapter about something else as part of the one before', () => {
    const person = extractText('chapters.md', lines);
    expect(person?.jobs.map((j) => j.company)).toEqual(['Skerry Weather Ltd', 'Larchfield University']);
    expect(person?.jobs[0]?.tools.map((t) => t.toolId)).toContain('microsoft-excel');
  });
  it('leaves one employer’s story in themed chapters whole', () => {
    const person = extractText('themes.md', [
      '# Ann Lee',
      '',
      '## My work',
      '',
      '### The platform',
      '',
      'Since 2019 I have worked at Acme Freight as a data engineer, building pipelines in Airflow.',
      '',
      '### The failure',
      '',
      'A dbt model dropped a day of orders; we added tests in dbt.',
    ]);
    expect(person?.jobs).toHaveLength(1);
  });
});

describe('"That\'s their world" after a tool another part of the firm runs', () => {
  it('gives the tool of the sentence before to them, and leaves a sentence about something else alone', () => {
    const person = extractText('their-world.md', [
      '# Tomasz Wrenn',
      '',
      '## Fenwick Labels — Workflow Developer (2018 – now)',
      '',
      'The office runs Label Traxx as the MIS. That’s their world, and the link into it was a vendor job.',
      '',
      'I build the intake workflows in Enfocus Switch. That’s my world now.',
    ]);
    const job = person?.jobs[0];
    expect(job?.otherMentions.find((m) => m.toolId === 'label-traxx')?.stance).toBe('others');
    expect(job?.tools.map((t) => t.toolId)).toContain('enfocus-switch');
  });
});

describe('one employer’s story in chapters placed in time (second reading)', () => {
  it('is one job when only the first chapter starts one', () => {
    const person = extractText('one-firm-chapters.md', [
      '# Lee Chan',
      '',
      '## My story',
      '',
      '### The early years',
      '',
      'I joined Corvid Freight in 2014 as a planner and kept the loads in Excel.',
      '',
      '### The Brexit years',
      '',
      'Customs paperwork doubled; we moved the bookings into Descartes.',
      '',
      '### Now',
      '',
      'I run the planning office at Corvid, with Power BI for the weekly review.',
    ]);
    expect(person?.jobs).toHaveLength(1);
  });
  it('reads no employer from the people a consultant works with', () => {
    const sentence = 'Since 2020 I have worked with Amazon and eBay sellers as an independent consultant.';
    expect(findCompany([sentence], () => false, true)).toBeNull();
  });
});

describe('titles said in other Englishes', () => {
  it.each([
    ['After one year they have made me signalling designer.', 'Signalling Designer'],
    ['I came as systems engineer, and since last year I am lead systems engineer.', 'Lead Systems Engineer'],
    [
      'I work as a brewing software consultant: I choose and implement systems.',
      'Brewing Software Consultant',
    ],
  ])('%s → %s', (sentence, title) => {
    expect(titlesInProse([sentence]).latest).toBe(title);
  });
});

describe('a career told backwards in chapters', () => {
  const person = extractText('backwards.md', [
    '# Roz Pike — from the lab bench to brewery software',
    '',
    '## Now: Cask & Code, my own consultancy, out of Hebden Bridge (2021 – present)',
    '',
    'I left Hopwell in April 2021 and registered Cask & Code Ltd that May. I build Power BI reports for breweries.',
    '',
    '## Before that: the Hopwell brewery in Leeds (2017–2021)',
    '',
    'Hopwell Brewing Co. hired me in September 2017 as quality supervisor. We charted our trends in Minitab.',
    '',
    '## Where I started: the lab at Millstone in Burton (2012–2017)',
    '',
    'Straight out of a microbiology degree, Millstone Brewery took me on as a laboratory technician in June 2012.',
    'Results were processed in Chromeleon. I left in August 2017 for the Hopwell job.',
  ]);

  it('reads each dated chapter as a job at the employer its story names', () => {
    expect(person?.jobs.map((j) => [j.company, j.startDate?.slice(0, 4)])).toEqual([
      ['Cask & Code Ltd', '2021'],
      ['Hopwell Brewing Co.', '2017'],
      ['Millstone Brewery', '2012'],
    ]);
  });
});

describe('a sentence that says what became of the one tool before it', () => {
  const person = extractText('back-verdict.md', [
    '# Jo Bloggs',
    '',
    '## Acme Build — Project Manager (2019–2022)',
    '',
    '- Wrote the business case for Oracle Primavera Unifier as a cost system. It was shortlisted, demoed twice, and',
    '  shelved in the 2023 budget round.',
    '- Ran every programme in Primavera P6. It was the contractor’s standard.',
    '- Kept the snag list in Excel. That workbook was retired in 2021.',
    '- Built the dashboards in Power BI and Tableau. They were not renewed.',
  ]);
  const stances = Object.fromEntries(
    [...(person?.jobs[0]?.tools ?? []), ...(person?.jobs[0]?.otherMentions ?? [])].map((t) => [
      t.toolId,
      t.stance,
    ]),
  );
  it('reads "it was shortlisted … and shelved" as evaluated and "that workbook was retired" as left', () => {
    expect(stances['primavera-unifier']).toBe('evaluated');
    expect(stances['microsoft-excel']).toBe('migrated-from');
  });
  it('leaves a tool alone when the sentence after says nothing of its end, or when two tools came before', () => {
    expect(stances['oracle-primavera-p6']).toBe('used');
    expect(stances['power-bi']).toBe('used');
  });
});

describe('a list of the systems a person knows', () => {
  it('is a skills section, not a job ("CORE SYSTEMS", "Key platforms")', () => {
    for (const heading of ['CORE SYSTEMS', 'Key platforms', 'Tools & systems', 'Systems'])
      expect(headingKind(heading.toLowerCase())).toBe('skills');
  });
});

describe('"Neither was ours to touch"', () => {
  const person = extractText('neither-ours.md', [
    '# Jo Bloggs',
    '',
    '## Acme Pharma — Automation Engineer (2015–2019)',
    '',
    '- Planning and QA ran SAP ECC and the QC lab ran LabWare LIMS. Neither was ours to touch.',
    '- Batch reports came out of Syncade. It was our own system.',
  ]);
  it('gives every tool of the sentence before to someone else, and leaves a tool that "was ours"', () => {
    const job = person?.jobs[0];
    expect(job?.otherMentions.map((t) => [t.toolId, t.stance]).sort()).toEqual([
      ['labware-lims', 'others'],
      ['sap-erp', 'others'],
    ]);
    expect(job?.tools.map((t) => t.toolId)).toEqual(['emerson-syncade']);
  });
});

describe('sentences that name no employer or job start (second reading)', () => {
  const company = (sentence: string) => findCompany([sentence], () => false, true);
  it.each([
    'In my final year at university, Professor Hallam hired me as a research assistant.',
    'I worked for a bank in Frankfurt, Germany.',
    'In 2021 I registered for the CIPD Level 5 course.',
    'In March 2020 I set up Jenkins pipelines for the team.',
  ])('%s', (sentence) => {
    expect(company(sentence)).toBeNull();
  });
  it('still reads the employer left for after "I left early"', () => {
    expect(company('I left early for Bristol Water.')).toBe('Bristol Water');
  });
  it('keeps a tool used after the narrator graduated for the job', () => {
    const person = extractText('graduated.md', [
      '# How I got into analytics',
      '',
      'After I graduated I spent a summer building dashboards in Tableau.',
      '',
      'In 2017 I joined Wexford Analytics as a junior analyst. We reported in Excel.',
      '',
      'In 2019 I joined Corvid Health as an analyst. We reported in Power BI.',
    ]);
    expect(person?.jobs[0]?.tools.map((t) => t.toolId)).toContain('tableau');
  });
});

describe('a sentence after a tool that goes on about something else', () => {
  const person = extractText('back-verdict-other.md', [
    '# Jo Bloggs',
    '',
    '## Acme Data — Data Engineer (2016–2019)',
    '',
    'I rolled out Airflow to every data team. It was live by 2017 and the old batch jobs were retired.',
    '',
    'Built the booking app in React Native. This project was delivered in March, but the tablet version was dropped.',
  ]);
  it('does not judge the tool by the next clause', () => {
    const stances = Object.fromEntries(person?.jobs[0]?.tools.map((t) => [t.toolId, t.stance]) ?? []);
    expect(stances['apache-airflow']).toBe('used');
    expect(stances['react-native']).toBe('used');
  });
});

describe('how things were when the narrator arrived, and what they became', () => {
  const person = extractText('moved-on.md', [
    '# Jo Bloggs',
    '',
    '## Prairieline — Data Lead (2019–2024)',
    '',
    'When I arrived the pipelines were a tangle of cron jobs on a server under a desk. By late 2020 they ran in',
    'Airflow, in Docker. Initially we reported in Excel. Later we also used Python for the models.',
  ]);
  it('leaves the tool of the same kind the next sentence replaced, and no other', () => {
    const stances = Object.fromEntries(person?.jobs[0]?.tools.map((t) => [t.toolId, t.stance]) ?? []);
    expect(stances.cron).toBe('migrated-from');
    expect(stances['apache-airflow']).toBe('used');
    expect(stances['microsoft-excel']).toBe('used');
  });
});

describe('the end a narrator gives by staying', () => {
  it('reads "I stayed until the end of August 2015" as the job’s end', () => {
    const person = extractText('stayed-until.md', [
      '# Kai Olsen',
      '',
      '## Harmon Crop Consulting',
      '',
      '**Why did they hire you?**',
      'Dave Harmon took me on in May 2011 as a crop consultant. We kept the yield data in R.',
      '',
      '**How much did you lead?**',
      'Almost all doing. I stayed until the end of August 2015.',
    ]);
    expect(person?.jobs[0]).toMatchObject({ startDate: '2011-05', endDate: '2015-08' });
  });
});
