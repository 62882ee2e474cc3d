import { describe, expect, it } from 'vitest';
import { extractText } from '../helpers/extract-text.js';

/** A whole career told as questions and answers: which answers belong to which employer, and what each job is. */
describe('a career told as questions from its start', () => {
  const person = extractText('from-start.md', [
    '# Owen Castle: from the city desk to developer relations',
    '',
    '## Why did the Courier hire you?',
    '',
    'The Harrow Valley Courier took me on as a trainee reporter in September 2012. In 2016 the editor made me the',
    "paper's first data reporter, and I logged planning applications in Google Sheets.",
    '',
    '## What does a data reporter at a local paper actually do?',
    '',
    'Charts went into Datawrapper. Later I became the newsroom’s unofficial Arc trainer.',
    '',
    '## Why leave journalism?',
    '',
    'I left the Courier in March 2020, and in April 2020 I joined Quillmate, a start-up in Manchester, as its first',
    "developer advocate. I'm still at Quillmate.",
    '',
    '## What did you build?',
    '',
    'Starter templates in Next.js with one-click deploys to Vercel.',
    '',
    '## What went wrong?',
    '',
    'Our Next.js starter called a retired endpoint; now every starter runs nightly in GitHub Actions.',
  ]);

  it('gives the answers after a move forward to the new employer', () => {
    expect(person?.jobs.map((j) => j.company)).toEqual(['Harrow Valley Courier', 'Quillmate']);
    expect(person?.jobs[1]?.tools.map((t) => t.toolId)).toEqual(
      expect.arrayContaining(['nextjs', 'vercel', 'github-actions']),
    );
    expect(person?.jobs[0]?.tools.map((t) => t.toolId)).not.toContain('nextjs');
  });

  it('reads the employer who took the narrator on, titles said in passing, and the dates of a move', () => {
    expect(person?.jobs.map((j) => j.title)).toEqual(['Data Reporter', 'Developer Advocate']);
    expect(person?.jobs[0]?.startDate).toBe('2012-09');
    expect(person?.jobs[1]).toMatchObject({ startDate: '2020-04', endDate: 'present' });
  });
});

describe('a career told as questions from now', () => {
  it('brings the answers after an earlier job back to the job held now', () => {
    const person = extractText('from-now.md', [
      '# Dee Whit',
      '',
      '### What do you do now?',
      '',
      "I'm the Senior Epidemiologist at Marlow County Health Department. We run SAS.",
      '',
      '### How did you get into epidemiology?',
      '',
      'Before that I worked at Ridgeway University as a research coordinator, cleaning survey data in SPSS.',
      '',
      '### What tools does the county use?',
      '',
      'Stata for models and REDCap for case forms.',
      '',
      "### What's next?",
      '',
      'A new surveillance dashboard.',
    ]);
    expect(person?.jobs.map((j) => j.company)).toEqual([
      'Marlow County Health Department',
      'Ridgeway University',
    ]);
    expect(person?.jobs[0]?.tools.map((t) => t.toolId)).toEqual(expect.arrayContaining(['stata', 'redcap']));
  });
});

describe('a career essay whose paragraphs join employers part-way', () => {
  const person = extractText('essay-moves.md', [
    '# Morwenna Pascoe — from the front desk to practice systems',
    '',
    'I never meant to end up in IT. In the spring of 2014 I took a job as a receptionist at Monroe County',
    'Animal Clinic in Monroeville. The whole business lived in RxWorks, and I built the rota in Excel.',
    '',
    'One of our regulars was a ball python called, with no imagination at all, Python, who came in every few months.',
    '',
    'Eighteen months later a recruiter called about an assistant practice manager opening at Gulf Coast',
    'Veterinary Partners in Mobile. I said yes before she had finished the sentence. I moved the group’s',
    'bookkeeping into Xero and rolled out Microsoft 365. That was also the year I was made group practice manager.',
    '',
    'In the summer of 2021 I left Gulf Coast. Since 2021 I have been practice systems lead at Live Oak',
    'Veterinary Group. Last year our CFO asked whether we should move the dashboards to Tableau; I put together a',
    'comparison, and we stayed with Power BI. Next spring finance moves from Xero to Sage Intacct.',
  ]);

  it('is one job per employer, each from the paragraph that joins it', () => {
    expect(person?.jobs.map((j) => [j.company, j.title])).toEqual([
      ['Monroe County Animal Clinic', 'Receptionist'],
      ['Gulf Coast Veterinary Partners', 'Group Practice Manager'],
      ['Live Oak Veterinary Group', 'Practice Systems Lead'],
    ]);
    expect(person?.jobs[0]?.startDate).toBe('2014');
    expect(person?.jobs[2]?.endDate).toBe('present');
  });

  it('reads a pet called Python, a group that is the employer, a question about Tableau and next spring’s move', () => {
    expect(person?.jobs[0]?.tools.map((t) => t.toolId)).not.toContain('python');
    expect(person?.jobs[1]?.tools.map((t) => t.toolId)).toContain('xero');
    const live = person?.jobs[2]?.otherMentions.map((m) => [m.toolId, m.stance]);
    expect(live).toEqual(expect.arrayContaining([['tableau', 'evaluated']]));
    expect(live?.find(([id]) => id === 'sage-erp')?.[1]).toBe('planned');
  });
});

describe('a career told as questions from now, with a short name for the employer and an answer about plans', () => {
  const person = extractText('teacher.md', [
    '# Rebecca Ade',
    '',
    '## What do you do now?',
    '',
    "I'm a Product Manager at Brightpath Learning. I run sprint reviews in Jira and watch usage in Amplitude.",
    '',
    '## How did you get here?',
    '',
    'I joined Brightpath in March 2021 as an Associate Product Manager.',
    '',
    '## What did you do before that?',
    '',
    'I taught math at Holloway Park High School. I was hired as a math teacher in August 2012 and left in',
    'February 2021. In 2015 the whole building moved to Google Classroom.',
    '',
    'The rival high school across town, Westfield, ran Moodle and liked to remind us of it.',
    '',
    "## What's next?",
    '',
    'A Moodle integration. Several of the districts we talk to run Moodle.',
  ]);

  it('keeps the short name with the full one and gives the school its own job', () => {
    expect(person?.jobs.map((j) => [j.company, j.title])).toEqual([
      ['Brightpath Learning', 'Product Manager'],
      ['Holloway Park High School', 'Math Teacher'],
    ]);
    expect(person?.jobs[0]?.tools.map((t) => t.toolId)).toEqual(
      expect.arrayContaining(['jira', 'amplitude']),
    );
  });

  it('reads the answer to "What’s next?" as plans, and a rival school’s tool as theirs', () => {
    const stances = (i: number) => person?.jobs[i]?.otherMentions.map((m) => [m.toolId, m.stance]);
    expect(stances(0)).toContainEqual(['moodle', 'planned']);
    expect(person?.jobs[1]?.tools.map((t) => t.toolId)).not.toContain('moodle');
  });
});

describe('a story told in chapters whose titles name no employer', () => {
  const person = extractText('chapters.md', [
    '# From the bedside to the build room',
    '',
    '## The night shift years',
    '',
    'I finished nursing school in May 2008, and that June I started as a staff nurse on 5 West, the',
    'medical-surgical unit at Mercy Ridge Medical Center in Dayton. Mercy Ridge charted in Meditech.',
    '',
    '## Going live',
    '',
    "I left Mercy Ridge at the end of 2014, and in January 2015 I started at St. Aldric's Hospital in Columbus as a",
    'clinical informatics nurse. Nurses lived in PowerChart until we went live on Epic.',
    '',
    'Go-lives are addictive. I left St. Aldric’s at the end of February 2018, and in March I started at Harbor Point',
    'Regional in Toledo as a clinical informatics analyst. Harbor Point had been on Epic since 2014.',
    '',
    '## Where I am now',
    '',
    "I'm still at Harbor Point. Since April 2021 I've been Clinical Informatics Manager, leading four analysts.",
    'I still write SQL most weeks.',
  ]);

  it('is one job per employer the story joins, a chapter that carries on at one employer joining it', () => {
    expect(person?.jobs.map((j) => [j.company, j.title, j.startDate])).toEqual([
      ['Mercy Ridge Medical Center', 'Staff Nurse', '2008-06'],
      ["St. Aldric's Hospital", 'Clinical Informatics Nurse', '2015-01'],
      ['Harbor Point Regional', 'Clinical Informatics Manager', '2018-03'],
    ]);
    expect(person?.jobs[2]?.endDate).toBe('present');
    expect(person?.jobs[0]?.endDate).toBe('2014-12');
  });
});

describe('a career told as questions, with employers named the way people talk', () => {
  const person = extractText('solar.md', [
    '# Callum Ren',
    '',
    '## How did you end up in solar?',
    '',
    'In March 2015 I joined Sunbright Renewables in Perth as an apprentice installer. By 2017 they made me lead',
    'installer. Every system was registered in Enphase Enlighten before we left site.',
    '',
    '## Why monitoring?',
    '',
    'In August 2019 I started at Kelpie Energy Services in Stirling as a monitoring technician. I spent my first',
    'months with SMA Sunny Portal and a shared Excel workbook open. My last day at Kelpie was 28 January 2022.',
    '',
    '## What do you do now?',
    '',
    'A recruiter sent me an advert from Tidewatt, a Glasgow start-up, and I joined them in February 2022 as a',
    'software developer. The backend is Python with FastAPI and the data lives in TimescaleDB.',
    '',
    "## What's next?",
    '',
    'Rust for the gateway firmware.',
  ]);

  it('names "them" the employer the sentence named, and a tool spent months with is no employer', () => {
    expect(person?.jobs.map((j) => [j.company, j.title])).toEqual([
      ['Sunbright Renewables', 'Lead Installer'],
      ['Kelpie Energy Services', 'Monitoring Technician'],
      ['Tidewatt', 'Software Developer'],
    ]);
    expect(person?.jobs[2]?.tools.map((t) => t.toolId)).toEqual(
      expect.arrayContaining(['python', 'fastapi']),
    );
  });

  it('ends a job on its last day, and holds the one that answers "What do you do now?"', () => {
    expect(person?.jobs[1]?.endDate).toBe('2022-01');
    expect(person?.jobs[2]).toMatchObject({ startDate: '2022-02', endDate: 'present' });
  });
});

describe('questions under a heading that names only the years', () => {
  const person = extractText('outsourcer-years.md', [
    '# Aisha Malik',
    '',
    '## Pennine Water — Workforce Planning Analyst (2013–2017)',
    '',
    '### Who was on the team?',
    '',
    'Me, my manager Gill, and from 2015 a second analyst, Ravi. There was no sales force to speak of — nobody',
    'chooses their water company. We planned in Excel.',
    '',
    '## The outsourcer years (2017–2020)',
    '',
    '### Why were you hired?',
    '',
    'In June 2017 Calder Contact Solutions, a BPO in Leeds with 1,400 seats across eleven clients, took me on',
    'as Senior Workforce Manager. Forecasts moved into Calabrio.',
  ]);

  it('reads no job from an answer that mentions a year, and the employer that took the narrator on', () => {
    expect(person?.jobs.map((j) => [j.company, j.startDate, j.endDate])).toEqual([
      ['Pennine Water', '2013', '2017'],
      ['Calder Contact Solutions', '2017-06', '2020'],
    ]);
  });
});
