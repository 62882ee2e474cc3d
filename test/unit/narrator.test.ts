import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../seed/extract/documents.js';
import { narratorView } from '../../seed/extract/narrator.js';

describe('a career told in the third person', () => {
  it('is seen in the first person by the prose rules, when the person’s moves are told by name or pronoun', () => {
    const view = narratorView('Priya Raghunathan', [
      'Priya joined Northwind Logistics in March 2019 as an analytics engineer.',
      'Before Northwind, she spent three years at Castellan Freight.',
    ]);
    expect(view?.('Priya joined Northwind Logistics in March 2019.')).toBe(
      'I joined Northwind Logistics in March 2019.',
    );
    expect(view?.('Her first role was at Harrow Foods; she is still proud of it.')).toBe(
      'My first role was at Harrow Foods; I am still proud of it.',
    );
    expect(view?.("Priya's team publishes forty dashboards.")).toBe('my team publishes forty dashboards.');
  });

  it('leaves a first-person document, or one that names nobody, as it is', () => {
    expect(
      narratorView('Priya Raghunathan', [
        'I joined Northwind in 2019. I spent three years there. She joined later.',
        'I left in 2022.',
      ]),
    ).toBeUndefined();
    expect(narratorView(undefined, ['She joined Northwind in 2019.', 'She left in 2022.'])).toBeUndefined();
    expect(narratorView('Me', ['She joined Northwind in 2019.', 'She left in 2022.'])).toBeUndefined();
  });
});

describe('a career essay written straight under the person’s name', () => {
  const read = (name: string, lines: string[]) => {
    const file = join(tmpdir(), `${name}-${process.pid}.md`);
    writeFileSync(file, lines.join('\n'));
    try {
      return extractDocuments([file]).people[0];
    } finally {
      rmSync(file, { force: true });
    }
  };

  it('is one job per employment, in the third person or the first', () => {
    const third = read('third', [
      '# Priya Raghunathan',
      '',
      'Supply chain analytics lead · Snowflake · dbt',
      '',
      'Priya joined Northwind Logistics in March 2019 as an analytics engineer, and moved the reporting into Snowflake with dbt. In 2022 she was promoted to Supply Chain Analytics Lead, and she now runs a team of five.',
      '',
      'Before Northwind, Priya spent three years at Castellan Freight, from mid-2016 to February 2019, as a transport analyst, building Alteryx workflows over SQL Server.',
      '',
      'Her first role after university was as a graduate demand planner at Harrow & Vine Foods, which she joined in September 2014; she worked in Excel and VBA. She moved on in mid-2016.',
      '',
      'Priya holds an MSc from Lancaster University, where her dissertation modelled cross-docks in R.',
    ]);
    expect(third?.person.name).toBe('Priya Raghunathan');
    expect(third?.jobs.map((j) => [j.company, j.title, j.startDate, j.endDate])).toEqual([
      ['Northwind Logistics', 'Supply Chain Analytics Lead', '2019-03', 'present'],
      ['Castellan Freight', 'Transport Analyst', '2016', '2019-02'],
      ['Harrow & Vine Foods', 'Graduate Demand Planner', '2014-09', '2016'],
    ]);
    // The closing word on her degree is about her, not her first job.
    expect(third?.jobs[2]?.tools.map((t) => t.toolId)).not.toContain('r');
    // Evidence keeps the author's words.
    expect(third?.jobs[0]?.evidence.some((e) => e.text.startsWith('Priya joined Northwind'))).toBe(true);

    const first = read('first', [
      '# Tomas Berg',
      '',
      'In 2015 I joined Lumen Grid as a data engineer and built the meter pipelines on Kafka and Flink.',
      '',
      'Since 2020 I have been at Fjordline Energy as a staff engineer, running the platform on Kubernetes.',
    ]);
    expect(first?.jobs.map((j) => j.company)).toEqual(['Lumen Grid', 'Fjordline Energy']);
  });

  it('reads an essay with no headings at all: a start dated before its employer, a promotion, a break between jobs', () => {
    const essay = read('essay', [
      '# Twelve years of iPhone apps',
      '',
      "I'm Hannah Okafor, and I have spent my whole working life building apps for the iPhone.",
      '',
      'I started in September 2012 at Brightpath Health as a junior iOS developer. Everything was Objective-C and UIKit. By then I had been made lead iOS developer.',
      '',
      'In March 2017 I moved to Copperline, a banking app, as a senior iOS engineer, and moved us from RxSwift to Combine.',
      '',
      'After a couple of months off, I joined Tidewater Outdoors in September 2021 as a staff iOS engineer, writing SwiftUI.',
    ]);
    expect(essay?.jobs.map((j) => [j.company, j.title, j.startDate, j.endDate])).toEqual([
      ['Brightpath Health', 'Lead iOS Developer', '2012-09', '2017-03'],
      ['Copperline', 'Senior iOS Engineer', '2017-03', '2021-09'],
      ['Tidewater Outdoors', 'Staff iOS Engineer', '2021-09', null],
    ]);
  });

  it('is not a job when its paragraphs open no two employments (a profile above a skills list)', () => {
    const profile = read('profile', [
      '# Ana Lima',
      '',
      'Backend engineer who likes Go and Postgres.',
      '',
      'I have built payment services for eight years.',
      '',
      '## Skills',
      'Go, PostgreSQL, Kafka',
    ]);
    expect(profile?.jobs).toEqual([]);
    expect(profile?.claimed.map((c) => c.toolId)).toEqual(expect.arrayContaining(['go', 'postgresql']));
  });
});

describe('a whole career told as questions under the person’s name', () => {
  it('is one job for the employer the first answer describes, and one for each employer another answer moves to', () => {
    const file = join(tmpdir(), `questions-career-${process.pid}.md`);
    writeFileSync(
      file,
      [
        '# Career narrative — Priya Raman, PharmD',
        '',
        '### What do you do now?',
        '',
        'I’m the Pharmacy Informatics Manager at Willowbrook Regional Medical Center. We own the Willow build in Epic.',
        '',
        '### How did you get into pharmacy informatics?',
        '',
        'By accident. In July 2013 I joined Mercy Valley Hospital as a staff pharmacist. Mercy Valley ran Cerner PharmNet for order verification.',
        '',
        '### Why did you move?',
        '',
        'I left Mercy Valley in September 2017 and started at Willowbrook that October. We went live on Epic in June 2018.',
        '',
        '### Tell us about a production failure you handled.',
        '',
        'In March 2022 the order interface from Epic to Omnicell stopped delivering after an upgrade.',
      ].join('\n'),
    );
    try {
      const [person] = extractDocuments([file]).people;
      expect(person?.person.name).toBe('Priya Raman');
      expect(person?.jobs.map((j) => [j.company, j.title, j.startDate, j.endDate])).toEqual([
        ['Willowbrook Regional Medical Center', 'Pharmacy Informatics Manager', '2017-10', 'present'],
        ['Mercy Valley Hospital', 'Staff Pharmacist', '2013-07', '2017-09'],
      ]);
      expect(person?.jobs[0]?.tools.map((t) => t.toolId)).toEqual(expect.arrayContaining(['epic']));
      expect(person?.jobs[1]?.tools.map((t) => t.toolId)).toContain('cerner');
    } finally {
      rmSync(file, { force: true });
    }
  });

  it('starts with an answer that names no tool, and reads employers named the way people talk', () => {
    const file = join(tmpdir(), `questions-plain-${process.pid}.md`);
    writeFileSync(
      file,
      [
        '# Career story — Ada Obi, MPH',
        '',
        '### What is your job right now?',
        '',
        'I’m the Senior Epidemiologist at the Harlow County Health Department. There are three of us.',
        '',
        '### How did you get into epidemiology?',
        '',
        'Properly, that was the Ohio Department of Health, out of the Dayton office, where I worked as a field investigator from 2009 until 2012. Cases went into Excel.',
        '',
        '### And after that?',
        '',
        'A professor offered me a job as research coordinator on a cohort study at Kenton University’s School of Public Health in August 2012. We ran everything in Stata.',
        '',
        '### Why did you leave?',
        '',
        'I left Kenton in March 2016 and joined Harlow County in the spring of 2016. We use REDCap.',
      ].join('\n'),
    );
    try {
      const [person] = extractDocuments([file]).people;
      expect(person?.person.name).toBe('Ada Obi');
      expect(person?.jobs.map((j) => [j.company, j.title])).toEqual([
        ['Harlow County Health Department', 'Senior Epidemiologist'],
        ['Ohio Department of Health', 'Field Investigator'],
        ['Kenton University', 'Research Coordinator'],
      ]);
      expect(person?.jobs[2]?.tools.map((t) => t.toolId)).toContain('stata');
    } finally {
      rmSync(file, { force: true });
    }
  });

  it('divides an answer that moves to another employer, and gives a question that names an employer to it', () => {
    const file = join(tmpdir(), `questions-moves-${process.pid}.md`);
    writeFileSync(
      file,
      [
        '# Career narrative — Dee Banks',
        '',
        '### What do you do now?',
        '',
        'I’m Director of Supporter Data & CRM at Children’s Heart & Lung Foundation. We run Salesforce.',
        '',
        '### How did you end up in fundraising data?',
        '',
        'After college I spent eighteen months at Harbor Point Telefundraising, cleaning lists for the Five9 dialer.',
        '',
        'In January 2013 I left the phones for Great Lakes Literacy Project, as a development associate. My title changed to Database Manager in 2017.',
        '',
        '### What were the tools like at Great Lakes?',
        '',
        'Email went out through Constant Contact; donation forms fed Raiser’s Edge.',
        '',
        '### Tell us about the big migration.',
        '',
        'I was hired at Children’s Heart & Lung in March 2019, and our old CRM contract ended in June 2021.',
      ].join('\n'),
    );
    try {
      const [person] = extractDocuments([file]).people;
      expect(person?.jobs.map((j) => [j.company, j.title, j.startDate, j.endDate])).toEqual([
        ['Children’s Heart & Lung Foundation', 'Director of Supporter Data & CRM', '2019-03', 'present'],
        ['Harbor Point Telefundraising', null, null, null],
        ['Great Lakes Literacy Project', 'Database Manager', '2013-01', null],
      ]);
      expect(person?.jobs[2]?.tools.map((t) => t.toolId)).toEqual(
        expect.arrayContaining(['constant-contact', 'raisers-edge']),
      );
    } finally {
      rmSync(file, { force: true });
    }
  });
});
