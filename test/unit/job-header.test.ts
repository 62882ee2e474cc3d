import { describe, expect, it } from 'vitest';
import { parseHeader } from '../../seed/structure/header.js';
import { extractText } from '../helpers/extract-text.js';

/** A job's header line: which field is the employer, which the title, when role words sit inside names. */
describe('a header field that ends like a company name is the employer, role word or not', () => {
  it.each([
    [
      'Marketing Assistant, Examiner Publications (2015 – 2018)',
      'Marketing Assistant',
      'Examiner Publications',
    ],
    [
      'Examiner Publications — Marketing Assistant (2015 – 2018)',
      'Marketing Assistant',
      'Examiner Publications',
    ],
    ['Author Solutions | Customer Service Rep | 2012–2014', 'Customer Service Rep', 'Author Solutions'],
    ['Registrar Corp, Compliance Analyst, 2019 – present', 'Compliance Analyst', 'Registrar Corp'],
    ['Translator Bureau Ltd — Project Manager (2010–2013)', 'Project Manager', 'Translator Bureau Ltd'],
    // The unlabelled field between the title and the employer is the title's group.
    [
      'Lead Engineer, Flight Software, Ostara Avionics GmbH (2016 – 2020)',
      'Lead Engineer, Flight Software',
      'Ostara Avionics GmbH',
    ],
    // A function of the company stays a title.
    ['Head of Media Group — Acme (2010 – 2012)', 'Head of Media Group', 'Acme'],
    ['Senior Developer, Acme Corp, Boston MA (2010 – 2012)', 'Senior Developer', 'Acme Corp'],
  ])('%s', (line, title, company) => {
    expect(parseHeader([line])).toMatchObject({ title, company });
  });
});

describe('a civil-service grade before the post is a pay band, not the title', () => {
  it('keeps the post', () => {
    expect(parseHeader(['Higher Executive Officer (HEO), Systems Developer']).title).toBe(
      'Systems Developer',
    );
    expect(parseHeader(['Senior Executive Officer (SEO), Data Architect (2019 – 2022)']).title).toBe(
      'Data Architect',
    );
  });
  it('keeps a grade that is the only title', () => {
    expect(parseHeader(['Executive Officer, Home Office (2010 – 2012)']).title).toBe('Executive Officer');
  });
});

describe('a sub-heading that lists the highlights of each role is a container, not a job', () => {
  it('reads the table of jobs and the role sub-headings under it', () => {
    const person = extractText('highlights.md', [
      '# Dana Oke',
      '',
      '## Experience',
      '',
      '| Dates | Employer | Role |',
      '|---|---|---|',
      '| 06/2021 – Present | Mercy Valley Health System, Dayton, OH | LIMS Analyst II |',
      '| 03/2016 – 05/2021 | Tri-County Reference Laboratories, Springfield, OH | Medical Laboratory Scientist |',
      '',
      '### Highlights by role',
      '',
      '#### LIMS Analyst II — Mercy Valley Health System',
      '',
      '- Sat on the panel that watched the STARLIMS and LabVantage demos; LabVantage went live in May 2024.',
      '',
      '#### Medical Laboratory Scientist — Tri-County Reference Laboratories',
      '',
      '- Ran QC in Excel.',
    ]);
    expect(person?.jobs.map((j) => j.company)).toEqual([
      'Mercy Valley Health System',
      'Tri-County Reference Laboratories',
    ]);
    const mercy = person?.jobs[0];
    expect(mercy?.tools.map((t) => t.toolId)).toContain('labvantage');
    expect(mercy?.otherMentions.map((m) => [m.toolId, m.stance])).toContainEqual(['starlims', 'evaluated']);
  });
});

describe('a LinkedIn profile pasted as text', () => {
  it('keeps roles stacked under one company as that company’s, past its logo caption, place and work type', () => {
    const person = extractText('linkedin.txt', [
      'Kendra Oye',
      '',
      'Experience',
      'Northgate Mutual Insurance logo',
      'Northgate Mutual Insurance',
      'Full-time · 6 yrs 11 mos',
      'Hartford, Connecticut, United States',
      '',
      'Guidewire Developer',
      'Mar 2021 - Present · 3 yrs 9 mos',
      'Hybrid',
      'Configure Guidewire ClaimCenter in Gosu; reconcile reserves with SQL.',
      '',
      'Claims Operations Analyst',
      'Jan 2018 - Feb 2021 · 3 yrs 2 mos',
      '- Replaced 14 Excel workbooks with one Power BI model.',
      '',
      'Pioneer Valley Credit Union logo',
      'Pioneer Valley Credit Union',
      'Member Service Representative',
      'Part-time',
      'Sep 2012 - May 2015 · 2 yrs 9 mos',
      'Amherst, Massachusetts, United States',
      'Teller line and new accounts while at UMass.',
    ]);
    expect(person?.jobs.map((j) => [j.company, j.title, j.startDate, j.endDate])).toEqual([
      ['Northgate Mutual Insurance', 'Guidewire Developer', '2018-01', 'present'],
      ['Pioneer Valley Credit Union', 'Member Service Representative', '2012-09', '2015-05'],
    ]);
  });
});

describe('CVs written in German or in two languages', () => {
  it('reads "seit 03/2020", "bis heute", a legal form before its town, and bilingual section names', () => {
    const person = extractText('lebenslauf.txt', [
      'KATHARINA VOGEL',
      '',
      'BERUFSERFAHRUNG / PROFESSIONAL EXPERIENCE',
      '-----------------------------------------',
      '',
      'seit 03/2020',
      'Robert Bosch GmbH, Abstatt',
      'Validation Engineer ADAS',
      '  - Automated network tests in Vector CANoe; HIL regression on dSPACE benches.',
      '',
      '10/2022 – bis heute',
      'Hochschule Heilbronn',
      'Adjunct Lecturer (Lehrauftrag), part-time',
      '  - Students build CAN test setups in CANoe.',
      '',
      '04/2013 – 09/2014',
      'Lindner Elektronik GmbH, Esslingen am Neckar',
      'Werkstudent Diagnostics (10 h/week)',
      '  - Test reports maintained in Excel.',
      '',
      'AUSBILDUNG / EDUCATION',
      '----------------------',
      '',
      '10/2010 – 09/2014',
      'B.Eng. Fahrzeugtechnik, Hochschule Esslingen',
      '  - Thesis: CAN bus load measurement with CANoe.',
    ]);
    expect(person?.jobs.map((j) => [j.company, j.title, j.startDate, j.endDate])).toEqual([
      ['Robert Bosch GmbH', 'Validation Engineer ADAS', '2020-03', 'present'],
      ['Hochschule Heilbronn', 'Adjunct Lecturer', '2022-10', 'present'],
      ['Lindner Elektronik GmbH', 'Werkstudent Diagnostics', '2013-04', '2014-09'],
    ]);
  });

  it('dates a start written after "seit", "depuis", "desde" or "sinds"', () => {
    for (const line of ['seit 03/2020', 'depuis 03/2020', 'desde 03/2020', 'sinds 03/2020'])
      expect(parseHeader([`Acme GmbH — Engineer — ${line}`])).toMatchObject({
        start: '2020-03',
        end: 'present',
      });
  });
});

describe('a two-column table of labels under an employer heading', () => {
  it('gives that job its title and dates', () => {
    const person = extractText('kv-table.md', [
      '# Dan Oka',
      '',
      '## Experience',
      '',
      '### Northmere Retail Group plc',
      '',
      '| | |',
      '|---|---|',
      '| Role | FP&A Manager |',
      '| Period | 2022 – Present |',
      '| Location | London (hybrid) |',
      '',
      '- Went live on Anaplan for the FY24 budget.',
      '',
      '### Calder Software Ltd',
      '',
      '| | |',
      '|---|---|',
      '| Role | Senior FP&A Analyst |',
      '| Period | 2019 – 2022 |',
      '',
      '- Monthly packs in Power BI.',
    ]);
    expect(person?.jobs.map((j) => [j.company, j.title, j.startDate, j.endDate])).toEqual([
      ['Northmere Retail Group plc', 'FP&A Manager', '2022', 'present'],
      ['Calder Software Ltd', 'Senior FP&A Analyst', '2019', '2022'],
    ]);
  });

  it('starts a job at each table whose first label names the employer, under "Experience"', () => {
    const person = extractText('kv-table-jobs.md', [
      '# Farah Siddiqui',
      '',
      '## Experience',
      '',
      '| Company | Northgate Bank plc |',
      '|---|---|',
      '| Role | Financial Crime Data Analyst |',
      '| Dates | 04/2021 – present |',
      '',
      '- Query alert history with SQL in Hive.',
      '',
      '| Employer | Marsden Building Society |',
      '|---|---|',
      '| Role | KYC Officer |',
      '| Dates | June 2014 – August 2017 |',
      '',
      '- Kept the EDD tracker in Excel.',
      '',
      '## Education',
      '',
      '| Institution | University of Leeds |',
      '|---|---|',
      '| Degree | BSc Economics |',
    ]);
    expect(person?.jobs.map((j) => [j.company, j.title, j.startDate, j.endDate])).toEqual([
      ['Northgate Bank plc', 'Financial Crime Data Analyst', '2021-04', 'present'],
      ['Marsden Building Society', 'KYC Officer', '2014-06', '2017-08'],
    ]);
    expect(person?.jobs[1]?.tools.map((t) => t.toolId)).toEqual(['microsoft-excel']);
  });
});

describe('a LinkedIn paste whose company and tenure lines run together', () => {
  it('keeps the company (a newspaper named with a role word), drops US-state and UK-nation place lines', () => {
    const person = extractText('linkedin-news.txt', [
      'Nia Ray',
      '',
      'Experience',
      'The Valley Examiner',
      'Full-time · 5 yrs',
      'Fresno, California, United States',
      '',
      'Data Reporter',
      'Jan 2021 - Present · 3 yrs',
      'Charts in Datawrapper.',
      '',
      'Night Reporter',
      'Jan 2019 - Dec 2020 · 2 yrs',
      'Council meetings.',
      '',
      'Mercy General',
      'Staff Nurse, ICU',
      'Jun 2015 - Dec 2018',
      'Bristol, England',
      'Charted in Epic.',
    ]);
    expect(person?.jobs.map((j) => [j.company, j.title, j.startDate, j.endDate])).toEqual([
      ['The Valley Examiner', 'Data Reporter', '2019-01', 'present'],
      ['Mercy General', 'Staff Nurse, ICU', '2015-06', '2018-12'],
    ]);
  });

  it('reads a retail department after the title as the title’s, and an allocator as a role', () => {
    expect(
      parseHeader(['Buyer, Homewares, Marlow & Finch — Leeds (June 2017 to February 2021)']),
    ).toMatchObject({
      title: 'Buyer, Homewares',
      company: 'Marlow & Finch',
    });
    expect(
      parseHeader([
        "Merchandise Allocator, Brindley's Department Stores — Sheffield (September 2013 to May 2017)",
      ]),
    ).toMatchObject({ title: 'Merchandise Allocator', company: "Brindley's Department Stores" });
  });
});

describe('known gaps of the last session', () => {
  it('reads dated job headings under "## Credits" as jobs', () => {
    const person = extractText('credits.md', [
      '# Jo Film',
      '',
      '## Credits',
      '',
      '### Editor — Northlight Pictures (2018 – 2021)',
      '',
      '- Cut two features in Avid Media Composer.',
      '',
      '### Assistant Editor — Brightside Films (2015 – 2018)',
      '',
      '- Synced dailies in DaVinci Resolve.',
    ]);
    expect(person?.jobs.map((j) => [j.company, j.title])).toEqual([
      ['Northlight Pictures', 'Editor'],
      ['Brightside Films', 'Assistant Editor'],
    ]);
  });

  it('divides a whole career told in one paragraph under "Career story — Name"', () => {
    const person = extractText('one-paragraph.md', [
      '# Career story — Priya Raman',
      '',
      'I joined Acme Health in 2015 as an analyst and built reports in Tableau. In 2019 I moved to Borealis Bank as a',
      'data engineer, where I wrote Spark jobs in Python.',
    ]);
    expect(person?.jobs.map((j) => [j.company, j.startDate])).toEqual([
      ['Acme Health', '2015'],
      ['Borealis Bank', '2019'],
    ]);
  });

  it('keeps one group’s companies in two countries as two employers, and a UK LLP with its short name as one', () => {
    const dell = extractText('dell.md', [
      '# Dana',
      '',
      '## Experience',
      '',
      '### Dell UK — Sales Engineer (2014 – 2016)',
      '',
      '- Demoed VMware.',
      '',
      '### Dell US — Solutions Architect (2016 – 2019)',
      '',
      '- Designed Kubernetes platforms.',
    ]);
    expect(dell?.jobs.map((j) => j.company)).toEqual(['Dell UK', 'Dell US']);
  });
});

describe('an employer line over a role line with the same start', () => {
  it('keeps the role as the title', () => {
    expect(
      parseHeader(['Halcyon Chips Ltd. — 2018 → present', 'Staff Verification Engineer · 2018 – present']),
    ).toMatchObject({ company: 'Halcyon Chips Ltd.', title: 'Staff Verification Engineer', start: '2018' });
    // A later role is still the latest title (a promotion).
    expect(
      parseHeader([
        'Halcyon Chips Ltd. — 2018 → present',
        'Engineer · 2018 – 2020',
        'Staff Engineer · 2020 – present',
      ]),
    ).toMatchObject({ title: 'Staff Engineer', end: 'present' });
  });
});

describe('a unit of the employer in a header ("School of Psychology")', () => {
  it.each([
    ['UNIVERSITY OF LEEDS, School of Psychology          Oct 2015 – Aug 2018', 'UNIVERSITY OF LEEDS'],
    ['Research Fellow, School of Psychology, University of Leeds (2015 – 2018)', 'University of Leeds'],
    ['Analyst, Department of Health, Wellington (2019 – 2021)', undefined],
  ])('%s', (line, company) => {
    const header = parseHeader([line]);
    if (company) expect(header.company).toBe(company);
    else expect(header.company).not.toMatch(/^Department of/);
  });

  it('reads a range left open at the end of its field as running to now ("· 2019–")', () => {
    expect(parseHeader(['**Corliss Health Partners** — Columbus, OH · 2019–'])).toMatchObject({
      company: 'Corliss Health Partners',
      start: '2019',
      end: 'present',
    });
  });

  it('reads a terse month/two-digit-year range ("11/20–pres.")', () => {
    expect(parseHeader(['Harbourline Radio — Senior Broadcast Engineer — 11/20–pres.'])).toMatchObject({
      company: 'Harbourline Radio',
      start: '2020-11',
      end: 'present',
    });
  });

  it.each([
    [
      "Customs Broker\n**Dunmore's Freight Services Ltd, Felixstowe**\n2017 — 2021",
      'Customs Broker',
      "Dunmore's Freight Services Ltd",
    ],
    ['Insurance Brokers Ltd — Account Executive — 2019–2021', 'Account Executive', 'Insurance Brokers Ltd'],
    ['Air Traffic Controller | NATS | 2015–2020', 'Air Traffic Controller', 'NATS'],
  ])('reads brokers, executives and controllers as roles: %s', (lines, title, company) => {
    expect(parseHeader(lines.split('\n'))).toMatchObject({ title, company });
  });

  it('keeps a unit named alone as the employer', () => {
    expect(parseHeader(['Lecturer, School of Computing (2015 – 2018)']).company).toBe('School of Computing');
  });
});

/** A LinkedIn role pasted as text, as the profile lays it out. */
const LINKEDIN_ROLE = [
  'Aoife Brennan',
  '',
  'Experience',
  '',
  'Bramwell Tate',
  'Senior Cost Manager',
  'Jan 2019 - Present · 5 yrs',
  'Leeds, England',
  'Cost plans in CostX from the architect’s models.',
];

describe('a LinkedIn role and volunteering pasted as text', () => {
  it('reads a volunteering role’s cause line ("Environment") as no part of a job', () => {
    const person = extractText('linkedin-volunteering.txt', [
      ...LINKEDIN_ROLE,
      '',
      'Volunteering',
      'Treasurer',
      'Meanwood Valley Urban Farm',
      'Mar 2020 - Present · 5 yrs',
      'Environment',
      "I keep the farm's accounts in Xero and present the quarterly figures to the trustees.",
    ]);
    expect(person?.jobs.map((j) => j.company)).toEqual(['Bramwell Tate']);
    expect(person?.jobs.flatMap((j) => j.tools.map((t) => t.toolId))).not.toContain('xero');
  });

  it('reads the "Skills: A · B" line under a role as skills listed, not tools the job used', () => {
    const person = extractText('linkedin-skills-line.txt', [
      ...LINKEDIN_ROLE,
      'Skills: CostX · Power BI · Cost Planning · Bluebeam Revu · NRM 1',
    ]);
    const tools = person?.jobs[0]?.tools.map((t) => t.toolId) ?? [];
    expect(tools).toContain('costx');
    expect(tools).not.toContain('bluebeam-revu');
    expect(tools).not.toContain('power-bi');
  });
});

describe('a Europass CV pasted as text', () => {
  const person = extractText('europass.txt', [
    'Curriculum Vitae                                                        Europass',
    '',
    'PERSONAL INFORMATION        Giulia Bertolini',
    '                            Sex Female | Date of birth 14/03/1988 | Nationality Italian',
    '',
    'JOB APPLIED FOR             Quality Engineering Manager',
    '',
    'WORK EXPERIENCE',
    '',
    '01/02/2020 – Current        Senior Quality Engineer',
    '                            Bellavista Biomedical S.p.A., Mirandola, Italy',
    '                            Main activities and responsibilities',
    '                            ▪ Sampling plans in Minitab for the blow-moulding lines.',
    '                            Business or sector  Manufacture of medical devices',
    '',
    '© European Union, 2002-2020 | europass.cedefop.europa.eu                    Page 1 / 3',
    '',
    'Curriculum Vitae                                              Giulia Bertolini',
    '',
    '15/09/2015 – 31/01/2020     Quality Engineer',
    '                            Orthotek S.r.l., Bologna, Italy',
    '                            ▪ Studi di capacità con JMP; reportistica mensile in Excel.',
  ]);

  it('reads the name beside its label, and no job from the personal details or the job applied for', () => {
    expect(person?.person.name).toBe('Giulia Bertolini');
    expect(person?.jobs.map((j) => j.title)).toEqual(['Senior Quality Engineer', 'Quality Engineer']);
  });

  it('reads day-first dates, the employer line under the title, past the form’s labels and page furniture', () => {
    expect(person?.jobs.map((j) => [j.company, j.startDate, j.endDate])).toEqual([
      ['Bellavista Biomedical S.p.A', '2020-02', 'present'],
      ['Orthotek S.r.l', '2015-09', '2020-01'],
    ]);
    expect(person?.jobs[1]?.tools.map((t) => t.toolId)).toEqual(
      expect.arrayContaining(['jmp', 'microsoft-excel']),
    );
  });
});

describe('titles with a grade word or a note cut off', () => {
  it('drops "full" before a post, and a bracketed note a comma cut off', () => {
    const person = extractText('title-notes.md', [
      '# Tamsin Holt',
      '',
      '## Northmark Grid (2014 – 2018)',
      '',
      'In 2016 I was made a full protection engineer. Settings were calculated in PowerFactory.',
      '',
      '## Digital Archivist (maternity cover, 12 months) — Kestrel Moor Mining Museum (2015 – 2016)',
      '',
      '- Catalogued the collection in PastPerfect.',
    ]);
    expect(person?.jobs.map((j) => j.title)).toEqual(['Protection Engineer', 'Digital Archivist']);
  });

  it('takes the second of two titles given at once, not a verb after "and now"', () => {
    const person = extractText('title-then.md', [
      '# Tamsin Holt',
      '',
      '## Harrowgate Pictures (2013 – 2018)',
      '',
      'Harrowgate made me a production assistant in 2015 and production coordinator the year after. Schedules in',
      'Movie Magic Scheduling.',
      '',
      '## Brightline Health (2020 – present)',
      '',
      'I was promoted to Lead Product Designer in March 2023 and now lead a team of four designers in Figma.',
    ]);
    expect(person?.jobs.map((j) => j.title)).toEqual(['Production Coordinator', 'Lead Product Designer']);
  });

  it('keeps "full stack" in a title', () => {
    const person = extractText('title-full-stack.md', [
      '# Sam Lee',
      '',
      '## Acme Cloud (2019 – 2022)',
      '',
      'In 2020 I was made a full stack developer and moved the frontend to React.',
    ]);
    expect(person?.jobs[0]?.title?.toLowerCase()).toBe('full stack developer');
  });
});
