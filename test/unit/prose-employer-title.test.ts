import { describe, expect, it } from 'vitest';
import { findCompany } from '../../seed/extract/company.js';
import { unshout } from '../../seed/extract/job.js';
import { heldSince } from '../../seed/extract/job-dates.js';
import { titlesInProse } from '../../seed/extract/job-title.js';
import { proseDates } from '../../seed/structure/dates.js';
import { parseHeader } from '../../seed/structure/header.js';
import { headingKind } from '../../seed/structure/vocabulary.js';

// Ways people name their employer and title in narrative prose, from several fields. Written from how career
// write-ups phrase it, not from the corpus: each sentence alone must be enough, because a narrative may say it once.
const noTools = () => false;

describe('the employer named once in prose', () => {
  it.each([
    ['Northwind Freight hired me as a senior backend engineer in March 2018.', 'Northwind Freight'],
    ['The dispatch system kept failing, so Northwind Freight brought me on in 2018.', 'Northwind Freight'],
    ['I spent three years with Quayside Energy building meter ingestion.', 'Quayside Energy'],
    ['In May 2015 I left Brightmoor and joined Kestrel Lift as its second engineer.', 'Kestrel Lift'],
    ['I was the first platform engineer at Harbor Analytics, and the team grew to six.', 'Harbor Analytics'],
    ['My employer at the time, Bluegate Insurance, needed a claims pipeline.', 'Bluegate Insurance'],
    ['I was recruited by Kestrel Labs to lead the firmware group.', 'Kestrel Labs'],
    ['I was a QA lead at Verdant Bank for two years.', 'Verdant Bank'],
    ['I joined the Lisbon office of Meridian Health as a clinical analyst.', 'Meridian Health'],
    ['I consulted for Arbor Foods on their ERP rollout.', 'Arbor Foods'],
    ['Working for Tidewater Games, I shipped two titles.', 'Tidewater Games'],
    ['My job at Copperline Media was to build the ad server.', 'Copperline Media'],
    ['As the lead mobile developer at Fennel Health, I owned both apps.', 'Fennel Health'],
    ["I spent four years at St. Mary's Hospital as an interface analyst.", "St. Mary's Hospital"],
    [
      'Brightline Energy needed a data platform, so they brought me in as lead engineer.',
      'Brightline Energy',
    ],
    ['Since 2021 I have been a staff engineer at Pellmell Games.', 'Pellmell Games'],
    [
      'That was the Pennsylvania Department of Health, out of the Allentown office, where I worked as a DIS.',
      'Pennsylvania Department of Health',
    ],
    [
      'A recruiter sent me an advert from Tidewatt, a Glasgow start-up, and I joined them in 2022.',
      'Tidewatt',
    ],
    [
      'That June I started as a staff nurse on 5 West, the surgical unit at Mercy Ridge Medical Center.',
      'Mercy Ridge Medical Center',
    ],
  ])('%s', (sentence, company) => {
    expect(findCompany([sentence], noTools)).toBe(company);
  });

  it('does not take a previous employer, a product or a generic noun for the employer', () => {
    expect(findCompany(['Before Copperline Media, I worked in retail.'], noTools)).toBeNull();
    expect(findCompany(['The company hired me to fix the billing system.'], noTools)).toBeNull();
    expect(findCompany(['I was a big part of the rewrite in Go.'], noTools)).toBeNull();
    expect(findCompany(['They hired me as a data engineer.'], noTools)).toBeNull();
    expect(findCompany(['Management wanted weekly reports.'], noTools)).toBeNull();
    expect(
      findCompany(
        ['That was the Summer of Love, and the beach club where I worked as a lifeguard paid cash.'],
        noTools,
      ),
    ).toBeNull();
    expect(
      findCompany(['I spent my first months with SMA Sunny Portal open in three tabs.'], noTools),
    ).toBeNull();
  });
});

describe('the title named in prose', () => {
  it.each([
    ["I was brought in as the team's first SRE to stabilise releases.", 'SRE'],
    ['I was hired to be the lead Android developer.', 'Lead Android Developer'],
    ['I was hired to lead the data team as Head of Data.', 'Head of Data'],
    ['I was the tech lead for the payments squad.', 'Tech Lead'],
    ['I was a QA lead at Verdant Bank for two years.', 'QA Lead'],
    ['In my role as Clinical Systems Analyst, I owned the interfaces.', 'Clinical Systems Analyst'],
    ['As a senior QA engineer I owned the regression suite.', 'Senior QA Engineer'],
    ['I worked as an embedded software engineer on the meter firmware.', 'Embedded Software Engineer'],
    // The nearest "as" after the verb, not a later one ("… as inconsistent between languages").
    [
      'They took me on as a Technical Writer because the manuals were flagged as inconsistent.',
      'Technical Writer',
    ],
    ['A professor offered me a job as research coordinator on the HEARTH study.', 'Research Coordinator'],
    [
      'I’m Director of Supporter Data & CRM at Children’s Heart & Lung Foundation.',
      'Director of Supporter Data & CRM',
    ],
  ])('joined as: %s', (sentence, title) => {
    expect(titlesInProse([sentence]).joinedAs).toBe(title);
  });

  it.each([
    ['My role was Staff Data Scientist on the pricing team.', 'Staff Data Scientist'],
    ['I held the title of Senior Statistician.', 'Senior Statistician'],
    ['Title: Senior Firmware Engineer', 'Senior Firmware Engineer'],
    ['**Role:** Lead Integration Analyst', 'Lead Integration Analyst'],
    ['I came in as a contractor and was converted to a full-time Staff Engineer.', 'Staff Engineer'],
    ['I started as a junior analyst and left as a senior analyst.', 'Senior Analyst'],
    ['I was promoted to Engineering Manager in 2021.', 'Engineering Manager'],
    ['That same year I was made navigation lead, which meant more reviews.', 'Navigation Lead'],
    ['In 2019 I was appointed Chief Pharmacist.', 'Chief Pharmacist'],
    ['In 2012 they made me a Junior Technical Author.', 'Junior Technical Author'],
    ['My title changed to Database Manager that year.', 'Database Manager'],
  ])('latest: %s', (sentence, title) => {
    expect(titlesInProse([sentence]).latest).toBe(title);
  });

  it('cuts the title where the prose goes on, and takes nothing that is not a role', () => {
    expect(titlesInProse(['I was hired as a firmware engineer to lead the meter rewrite.']).joinedAs).toBe(
      'Firmware Engineer',
    );
    expect(titlesInProse(['I was a big part of the team at the hospital.'])).toEqual({});
    expect(titlesInProse(['I was promoted to Engineering Manager in 2021.']).joinedAs).toBeUndefined();
    expect(titlesInProse(['As a result, the team shipped weekly.'])).toEqual({});
    expect(titlesInProse(['My role was to keep the pipelines green.'])).toEqual({});
    expect(titlesInProse(['I was made aware of the outage at midnight.'])).toEqual({});
    expect(titlesInProse(['I was named in two patents on the gripper.'])).toEqual({});
  });
});

describe('a job heading in the common résumé shapes', () => {
  it.each([
    ['Analyst, Acme Paper (2019 – 2021)', 'Acme Paper', 'Analyst', '2019'],
    ['Technician, Kelso Labs, 2012-2015', 'Kelso Labs', 'Technician', '2012'],
    ['Acme Paper (2019–2021): Senior Analyst', 'Acme Paper', 'Senior Analyst', '2019'],
    ['Senior Developer, Acme Corp, Boston MA, 2019 – 2021', 'Acme Corp', 'Senior Developer', '2019'],
    [
      'Cartwheel Commerce, Amsterdam — Backend Engineer — 2018–2020',
      'Cartwheel Commerce',
      'Backend Engineer',
      '2018',
    ],
    ['Acme Paper — Senior Analyst (Mar 2019 – Jun 2021)', 'Acme Paper', 'Senior Analyst', '2019-03'],
    // Titles of other fields, told from the company by their role word.
    [
      'Senior Bioinformatician · Meridian Genomics · 2021–2023',
      'Meridian Genomics',
      'Senior Bioinformatician',
      '2021',
    ],
    ['Clinical Pharmacist — Riverside Health — 2016–2019', 'Riverside Health', 'Clinical Pharmacist', '2016'],
    ['Epidemiologist, Moorland Observatory, 2014–2016', 'Moorland Observatory', 'Epidemiologist', '2014'],
  ])('%s', (line, company, title, start) => {
    expect(parseHeader([line])).toMatchObject({ company, title, start });
  });

  it.each([
    [
      ['Senior Financial Analyst, FP&A', 'Harborline Logistics Inc. - Chicago, IL', 'Apr 2020 - Present'],
      'Harborline Logistics Inc.',
      'Senior Financial Analyst, FP&A',
    ],
    [
      ['Senior Scientist, Analytical Development', 'Calloway Biologics, Cambridge MA', '2019 - 2022'],
      'Calloway Biologics',
      'Senior Scientist, Analytical Development',
    ],
    // Alone, what follows the title's comma is the employer, even a name like a department's.
    [['Data Engineer, Acme Research (2019 – 2021)'], 'Acme Research', 'Data Engineer'],
  ])('a department after the title is part of it when the employer is named: %s', (lines, company, title) => {
    expect(parseHeader(lines)).toMatchObject({ company, title });
  });

  it('reads a Europass entry: labelled occupation and employer, the department and notes dropped', () => {
    expect(
      parseHeader([
        '03/2019 – Present',
        'Occupation or position held: Senior GIS Specialist',
        'Employer: Gemeente Eemstad, Department of Spatial Planning, Eemstad (NL)',
        'Type of business or sector: Public administration',
      ]),
    ).toMatchObject({
      company: 'Gemeente Eemstad',
      title: 'Senior GIS Specialist',
      start: '2019-03',
      end: 'present',
    });
    expect(
      parseHeader([
        '2013-07 → 2013-12',
        'Employer: Waterschap Eemvallei (regional water authority), Leeuwarden (NL)',
      ]),
    ).toMatchObject({ company: 'Waterschap Eemvallei', start: '2013-07', end: '2013-12' });
    for (const heading of [
      'JOB APPLIED FOR',
      'PERSONAL SKILLS',
      'Digital skills',
      'Mother tongue(s)',
      'ADDITIONAL INFORMATION',
    ])
      expect(headingKind(heading)).toBeDefined();
  });

  it('reads "(current)" in a heading as a job still held, without inventing its start', () => {
    expect(parseHeader(['Narrative 1 — Co-op survival game (current)'])).toMatchObject({ end: 'present' });
    expect(parseHeader(['Narrative 1 — Co-op survival game (current)']).start).toBeUndefined();
    expect(parseHeader(['Acme — Data Engineer (currently remote)']).end).toBeUndefined();
  });

  it('reads a consultant\'s "Contract engagements" as an experience section, but not a bare "Engagements"', () => {
    for (const heading of ['Contract engagements', 'Client assignments', 'Permanent roles'])
      expect(headingKind(heading)).toBe('experience');
    expect(headingKind('Engagements')).toBeUndefined();
    // An interim contractor's list of jobs; credits, gear and a community section are not jobs.
    expect(headingKind('Contracts')).toBe('experience');
    expect(headingKind('Selected credits')).toBe('projects');
    expect(headingKind('Gear I own')).toBe('interests');
    expect(headingKind('Papers & talks')).toBe('publications');
    expect(headingKind('A bit about me')).toBe('summary');
  });

  it.each([
    ['Freelance Editor — Blackbird Edit — 09/16 - 03/19', '2016-09', '2019-03'],
    ['**Mereside Events Ltd** — Salesforce Admin — Sept 19 → Aug 20', '2019-09', '2020-08'],
    ["**DV intern** · Pellucid Semiconductor · May–Aug '12", '2012-05', '2012-08'],
    ['Analyst — Foo Labs — 06/21 – present', '2021-06', 'present'],
  ])('reads a range with two-digit years: %s', (line, start, end) => {
    expect(parseHeader([line])).toMatchObject({ start, end });
  });

  it('dates a season and a year after a preposition in prose', () => {
    expect(
      proseDates('from spring 2015 until the summer of 2019, and in 2012 they made me lead.').map(
        (d) => d.date,
      ),
    ).toEqual(['2015', '2019', '2012']);
  });

  it('does not read days of a month or version numbers as two-digit years', () => {
    expect(parseHeader(['Workshop — Sept 19 - Oct 3'])).not.toHaveProperty('start');
    expect(parseHeader(['Upgrade — version 2.10 - 3.11'])).not.toHaveProperty('start');
    // Found by review: only a header's last field is a two-digit range.
    expect(parseHeader(['Exhibition Sept 19 - Oct 23'])).not.toHaveProperty('start');
    expect(parseHeader(['Conference trip 3/15 - 3/22 for 40 staff'])).not.toHaveProperty('start');
    expect(parseHeader(['Pain scores 3/10 - 6/10'])).not.toHaveProperty('start');
  });

  it('keeps titles joined by "&" as titles, and partners joined by "and" in one firm', () => {
    expect(parseHeader(['Designer & Developer, Pixelworks Ltd (2018 – 2021)'])).toMatchObject({
      title: 'Designer & Developer',
      company: 'Pixelworks Ltd',
    });
    expect(parseHeader(['Employer: Cravath, Swaine and Moore LLP'])).toMatchObject({
      company: 'Cravath, Swaine and Moore LLP',
    });
  });

  it('spells out an employer written as initials with its name in brackets', () => {
    expect(
      parseHeader(['NLT (Northline Translations), Geneva', 'Translator · 2016-09 → 2019-08']),
    ).toMatchObject({
      company: 'Northline Translations',
      title: 'Translator',
    });
    expect(parseHeader(['QA Engineer (SDET) — Acme (2019–2020)'])).toMatchObject({
      title: 'QA Engineer',
      company: 'Acme',
    });
  });

  it('reads two months of one year as a range', () => {
    expect(parseHeader(['**Northpoint Energy** — Data Engineering Intern — Jun–Sep 2020'])).toMatchObject({
      company: 'Northpoint Energy',
      start: '2020-06',
      end: '2020-09',
    });
  });

  it.each([
    ['Senior Eng @ Foo Labs (2019-22)', 'Senior Engineer', '2019', '2022'],
    ["Senior Eng @ Foo Labs ('19–'22)", 'Senior Engineer', '2019', '2022'],
    ['Foo Labs — Senior Eng — Q1 2019 – Q3 2022', 'Senior Engineer', '2019-01', '2022-09'],
    ['Foo Labs — SWE II — 2018–2021', 'Software Engineer II', '2018', '2021'],
    // A year and a month, not a range.
    ['Foo Labs — Engineer — 2019-03', 'Engineer', '2019-03', '2019-03'],
  ])('short forms: %s', (line, title, start, end) => {
    expect(parseHeader([line])).toMatchObject({ company: 'Foo Labs', title, start, end });
  });

  it('reads an academic CV: a Research Positions section, a PhD candidate', () => {
    for (const heading of ['Research Positions', 'Academic Appointments', 'Clinical Experience'])
      expect(headingKind(heading.toLowerCase()) ?? headingKind(heading), heading).toBe('experience');
    expect(
      parseHeader(['PhD Candidate, European Molecular Biology Laboratory (EMBL), Heidelberg — 2015–2020']),
    ).toMatchObject({
      company: 'European Molecular Biology Laboratory',
      title: 'PhD Candidate',
      start: '2015',
    });
  });

  it('reads labelled lines: Company, Role, Dates', () => {
    expect(
      parseHeader(['Company: Lumen Grid', 'Role: Senior Data Engineer', 'Dates: May 2019 – Aug 2022']),
    ).toEqual({
      company: 'Lumen Grid',
      title: 'Senior Data Engineer',
      start: '2019-05',
      end: '2022-08',
    });
  });

  it('keeps a labelled title line whole', () => {
    expect(parseHeader(['Role: Senior Engineer']).company).toBeUndefined();
  });
});

describe('header shapes found by the second round of reviewers’ documents', () => {
  it('keeps a firm named after its partners whole, and a department after a title', () => {
    expect(parseHeader(['Recruitment Coordinator, Parker, Lowe & Finch LLP (2010–2011)'])).toMatchObject({
      title: 'Recruitment Coordinator',
      company: 'Parker, Lowe & Finch LLP',
      start: '2010',
    });
    expect(parseHeader(['Lumenfield Technologies — Director, People Systems'])).toMatchObject({
      title: 'Director, People Systems',
      company: 'Lumenfield Technologies',
    });
    // A place after the comma is still a place.
    expect(parseHeader(['Cartwheel Commerce, Amsterdam — Data Engineer'])).toMatchObject({
      company: 'Cartwheel Commerce',
      title: 'Data Engineer',
    });
  });

  it('reads a dot-leader line, a desk after a title, and a "(now part of …)" note', () => {
    expect(
      parseHeader([
        'Actuarial Manager, Model Development ........................ 2021–Present',
        'Lothian Mutual Assurance, Edinburgh',
      ]),
    ).toMatchObject({
      title: 'Actuarial Manager, Model Development',
      company: 'Lothian Mutual Assurance',
      start: '2021',
    });
    expect(parseHeader(['Quantitative Developer, Rates — Kestrel Point Capital'])).toMatchObject({
      title: 'Quantitative Developer, Rates',
      company: 'Kestrel Point Capital',
    });
    expect(
      parseHeader([
        'Caledonia Life plc (now part of Phoenix Group), Edinburgh',
        'Senior Actuarial Analyst, 2018–2021',
      ]).company,
    ).toBe('Caledonia Life plc');
  });

  it.each([
    ['QA Automation Lead · mar. 2022 – actualidad', '2022-03', 'present'],
    ['Senior QA · ene 2019 – dic 2021', '2019-01', '2021-12'],
    ['Konstrukteur · Mär 2015 – Okt 2017', '2015-03', '2017-10'],
    ['Ingénieur · févr. 2012 – août 2014', '2012-02', '2014-08'],
    ['Analista · set 2016 – out 2018', '2016-09', '2018-10'],
  ])('reads the month names of other languages: %s', (line, start, end) => {
    const header = parseHeader([line]);
    expect([header.start, header.end]).toEqual([start, end]);
  });

  it('reads a table row flattened into labelled cells, with titles and their years in one cell', () => {
    expect(
      parseHeader([
        'Period: 2014 - 2018\tEmployer: Ughelli Oilfield Services Ltd., Warri\tPosition: Graduate Engineer (2014 - 2016); Production Engineer (2016 - 2018)',
      ]),
    ).toEqual({
      start: '2014',
      end: '2018',
      company: 'Ughelli Oilfield Services Ltd.',
      title: 'Production Engineer',
    });
  });

  it('reads two dated title lines under one employer as a promotion: the latest title, from the earliest start', () => {
    for (const lines of [
      [
        'Pixel & Pine Ltd, Sheffield',
        'Web Developer · Jun 2013 – Feb 2015',
        'Junior Web Developer · Sep 2011 – May 2013',
      ],
      [
        'Pixel & Pine Ltd',
        'Junior Web Developer · Sep 2011 – May 2013',
        'Web Developer · Jun 2013 – Feb 2015',
      ],
    ])
      expect(parseHeader(lines)).toEqual({
        company: 'Pixel & Pine Ltd',
        title: 'Web Developer',
        start: '2011-09',
        end: '2015-02',
      });
  });

  it.each([
    ['Publications (selected, of 14)', 'publications'],
    ['Teaching', 'publications'],
    ['Grants and Allocations', 'publications'],
    ['Postdoctoral Research', 'experience'],
    ['Experience (oldest first)', 'experience'],
    ['Experience at a glance', 'experience'],
    ['Education & Military Training', 'education'],
    ['PROFESSIONAL QUALIFICATIONS & MEMBERSHIPS', 'certifications'],
    ['Further Training', 'certifications'],
    ['Professional Memberships', 'awards'],
  ])('knows the section "%s"', (heading, kind) => {
    expect(headingKind(heading)).toBe(kind);
  });
});

describe('a company a header writes in capitals', () => {
  it('is written as a reader would, keeping initials', () => {
    expect(unshout('NORTHSTAR MEDICAL DEVICES')).toBe('Northstar Medical Devices');
    expect(unshout('BNP PARIBAS')).toBe('BNP Paribas');
    expect(unshout('IBM')).toBe('IBM');
    expect(unshout('ETSY Inc.')).toBe('ETSY Inc.');
  });
});

// Found by review: each of these was read wrongly by an earlier version of the rules above.
describe('ordinary sentences the prose rules must leave alone', () => {
  const isTool = (name: string) => ['Python', 'Kafka', 'Terraform and AWS', 'Airflow'].includes(name);
  it.each([
    ['At Initech, I worked closely with Marketing.', 'Initech'],
    ['At Initech I worked daily with Python.', 'Initech'],
    ['As an engineer at Initech I built APIs.', 'Initech'],
    ['Then Initech hired me.', 'Initech'],
    ['I worked mostly with Terraform and AWS.', null],
    ['I spent two years working with Kafka.', null],
    ['Our VP brought me in to fix billing.', null],
    ['Sales wanted better forecasts, so they asked me to build a model.', null],
  ])('%s', (sentence, company) => {
    expect(findCompany([sentence], isTool)).toBe(company);
  });

  it('takes no title from an infinitive or from something else that ended or was converted', () => {
    expect(titlesInProse(['My role was to support the data engineers.'])).toEqual({});
    expect(titlesInProse(['The scripts were converted to support Python 3.'])).toEqual({});
    expect(titlesInProse(['The pilot ended as a lead generation tool.'])).toEqual({});
  });

  it('reads no range or year from counts', () => {
    expect(parseHeader(['Scaled the platform in 2019 to 30 countries.']).end).not.toBe('2030');
    expect(parseHeader(['Grew the team in 2020 - 25 engineers']).end).not.toBe('2025');
  });

  it('keeps the city out of the company beside another field, and a labelled line to its value', () => {
    expect(parseHeader(['Senior Engineer, Berlin | Initech | 2019 – 2021']).company).toBe('Initech');
    expect(parseHeader(['Software Engineer, Boston, MA', 'Initech', '2019 – 2021']).company).toBe('Initech');
    expect(parseHeader(['Role: Senior Engineer — Initech — 2019 – 2021'])).toMatchObject({
      title: 'Senior Engineer',
      company: 'Initech',
    });
    expect(parseHeader(['Dates: 2019 – 2021', 'Initech — Senior Engineer']).company).toBe('Initech');
  });

  it('keeps one-word acronyms in capitals', () => {
    expect(unshout('KPMG')).toBe('KPMG');
    expect(unshout('HSBC')).toBe('HSBC');
  });
});

describe("'I've been' as well as 'I have been'", () => {
  it('names the employer, the title and a current job, and not any use of a tool since a year', () => {
    const sentence = "Since 2021 I've been a staff engineer at Globex.";
    expect(findCompany([sentence], () => false)).toBe('Globex');
    expect(titlesInProse([sentence]).joinedAs).toBe('Staff Engineer');
    expect(heldSince([sentence])).toBe(true);
    expect(heldSince(['I have been using Python since 2015.'])).toBe(false);
  });
});
