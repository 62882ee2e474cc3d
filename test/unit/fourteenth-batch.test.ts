import { describe, expect, it } from 'vitest';
import { findCompany } from '../../seed/extract/company.js';
import { titlesInProse } from '../../seed/extract/job-title.js';
import { parseMarkdown } from '../../seed/parse/markdown.js';
import { findDateRange } from '../../seed/structure/dates.js';
import { isDescribedPlace, parseHeader } from '../../seed/structure/header.js';
import { headingKind } from '../../seed/structure/vocabulary.js';
import { extractText } from '../helpers/extract-text.js';
import { builtinMatcher, stanceReader } from '../helpers/stance.js';

/**
 * Shapes and wordings of the fourteenth reviewer batch: a lab manager's Q&A with bold questions under numbered
 * chapters, an HTML Experience table, a mining CV pasted from a PDF, MSP bullets with hashtags, a brag document, a
 * bilingual Montréal résumé, a personal site's timeline, a salon owner's numbered lists.
 */
describe('dates and headings of the fourteenth batch', () => {
  it('reads other arrows between dates, and two months of one year in French', () => {
    expect(findDateRange('2021 ⇢ now · Leeds (hybrid)')).toMatchObject({ start: '2021', end: 'present' });
    expect(findDateRange('Mar 2018 ⟶ Jun 2020')).toMatchObject({ start: '2018-03', end: '2020-06' });
    expect(findDateRange('Montréal · mai – août 2016')).toMatchObject({ start: '2016-05', end: '2016-08' });
    expect(findDateRange('May – August 2016')).toMatchObject({ start: '2016-05', end: '2016-08' });
  });

  it('files a career break, tickets and licences, a degree chapter and "Elsewhere" away from the jobs', () => {
    expect(headingKind('Career break')).toBe('interests');
    expect(headingKind('TICKETS & LICENCES')).toBe('certifications');
    expect(headingKind('PhD at Norrland University, in the variable-stars group (2011 → 2016)')).toBe(
      'education',
    );
    expect(headingKind('Elsewhere')).toBe('interests');
    expect(headingKind('SELECTED ACHIEVEMENTS')).toBe('job-part');
    // A job is not a degree: "Research Associate at …", "Senior Stylist — …".
    expect(headingKind('Research Associate at Norrland University')).toBeUndefined();
  });

  it('reads a numbered chapter, a roster line, a stylist and a bilingual title', () => {
    expect(parseHeader(['2. Somnalis, Leeds (2018 – 2021)']).company).toBe('Somnalis');
    expect(
      parseHeader(['Mine Geologist', 'Apr 2020 – Jun 2022 · 2 yrs 3 mos', '8/6 FIFO ex Perth']).company,
    ).toBe(undefined);
    expect(parseHeader(['Senior Stylist — Mane Street Hair, Didsbury'])).toMatchObject({
      title: 'Senior Stylist',
      company: 'Mane Street Hair',
    });
    expect(
      parseHeader([
        'Stagiaire, analyste-programmeuse / Programmer Analyst Intern — Coopérative Rivière-des-Prairies',
      ]),
    ).toMatchObject({ title: 'Programmer Analyst Intern', company: 'Coopérative Rivière-des-Prairies' });
    expect(
      parseHeader(['Conseillère principale / Senior Consultant — Groupe Conseil Boréalis inc.']).title,
    ).toBe('Senior Consultant');
    // Two English titles stay as written.
    expect(parseHeader(['Developer / Architect — Acme Corp']).title).toBe('Developer / Architect');
  });
});

describe('employers, titles and months in prose (fourteenth batch)', () => {
  it('names the employer of an advert answered, and the body a unit is part of', () => {
    expect(
      findCompany(
        [
          "I answered an advert for a lab manager in Prof. Adaeze Brennan's group, part of the School of Psychology at the University of Northbridge, and started in September 2014.",
        ],
        () => false,
        true,
      ),
    ).toBe('University of Northbridge');
    expect(
      findCompany(
        [
          'Since September 2021 I have been the research software engineer at the MEG facility of the Marlowe Institute for Human Neuroscience.',
        ],
        () => false,
        true,
      ),
    ).toBe('Marlowe Institute for Human Neuroscience');
    expect(
      findCompany(
        ['In September 2019 I joined the Northfield Sky Survey Data Centre as a Research Software Engineer.'],
        () => false,
        true,
      ),
    ).toBe('Northfield Sky Survey Data Centre');
    // "for" joins a name only after the bodies that are named for something.
    expect(findCompany(['I worked at Acme for Microsoft as a contractor.'], () => false, true)).toBe('Acme');
  });

  it('names, as hints below a stated move, the employer of work run there in a post and of years spent with it', () => {
    expect(
      findCompany(
        [
          'From September 2017 I ran the Estates helpdesk at Kingsmere as Estates Helpdesk Manager: nine people.',
        ],
        () => false,
      ),
    ).toBe('Kingsmere');
    expect(
      findCompany(
        [
          'Before that I spent four years, from 2013 to the summer of 2017, with Brannock, an outsourced FM provider.',
        ],
        () => false,
      ),
    ).toBe('Brannock');
    // Running something somewhere names no employer without the post held there.
    expect(findCompany(['I ran the workshop at Google Campus for students.'], () => false)).toBeNull();
  });

  it('reads the title of an advert answered, and one held since a year', () => {
    expect(
      titlesInProse([
        'I answered an advert for a lab manager in the psychology department and started that May.',
      ]).joinedAs,
    ).toBe('Lab Manager');
    expect(
      titlesInProse([
        "In 2019 I joined as an engineer, and since 2022 I've been its Senior Research Software Engineer.",
      ]).latest,
    ).toBe('Senior Research Software Engineer');
  });
});

describe('whole documents of the fourteenth batch', () => {
  it('reads an HTML Experience table with the sections per employer under it', () => {
    const person = extractText('html-table.md', [
      '# Sofia Marchetti',
      '',
      '## Experience',
      '',
      '<table>',
      '  <tr><th>Dates</th><th>Employer</th><th>Role</th></tr>',
      '  <tr><td>2019<br>– 2022</td><td><strong>Voyagr Travel Ltd</strong><br>Manchester</td><td>Software Developer<br>→ Senior Developer (2021)</td></tr>',
      '  <tr><td>Mar 2016 –<br>Jan 2019</td><td><strong>Bluewater Travel Group</strong><br>Bristol</td><td>Reservations Systems Analyst</td></tr>',
      '</table>',
      '',
      '#### Voyagr — flight search',
      '',
      '- Built the fare search in Kotlin on PostgreSQL.',
      '',
      '#### Bluewater',
      '',
      '- Reporting moved from Excel to Power BI.',
    ]);
    expect(person?.jobs.map((j) => [j.company, j.title, j.startDate, j.endDate])).toEqual([
      ['Voyagr Travel Ltd', 'Senior Developer', '2019', '2022'],
      ['Bluewater Travel Group', 'Reservations Systems Analyst', '2016-03', '2019-01'],
    ]);
  });

  it('keeps HTML that is not a table out of the text', () => {
    const nodes = parseMarkdown(
      '<p align="center">Hello</p>\n\n<table><tr><td>a &amp; b</td></tr></table>\n',
      'x.md',
    );
    expect(nodes.nodes.map((n) => (n.type === 'text' ? n.text : n.type))).toEqual(['a & b']);
  });

  it('reads bold questions under numbered chapters that describe the employer, and what comes next as planned', () => {
    const person = extractText('bold-questions.md', [
      '# Career narratives — Hanna Lindqvist',
      '',
      '## 1. The EEG lab (2014 – 2018)',
      '',
      '**Why were you hired?**',
      'I answered an advert for a lab manager in the School of Psychology at the University of Northbridge, and started in September 2014. Every paradigm ran in PsychoPy.',
      '',
      '## 2. Somnalis, Leeds (2018 – 2021)',
      '',
      '**What did you do?**',
      'I built the sleep-staging pipeline in Python.',
      '',
      '**What is next?**',
      'Moving the nightly checks to GitLab CI.',
    ]);
    expect(person?.jobs.map((j) => [j.company, j.title, j.startDate])).toEqual([
      ['University of Northbridge', 'Lab Manager', '2014-09'],
      ['Somnalis', null, '2018'],
    ]);
    expect(person?.jobs[1]?.otherMentions.map((m) => [m.toolId, m.stance])).toEqual([
      ['gitlab-ci', 'planned'],
    ]);
  });

  it('reads a timeline of dated paragraphs: a degree, then jobs whose employers the prose names', () => {
    const filler =
      'The work was long and the nights were cold, but the data were good and the people were kind.';
    const person = extractText('timeline.md', [
      '# About',
      '',
      "Hi, I'm **Tove Marrero**. I write Python for astronomers.",
      '',
      `**2011 → 2016** — PhD at Norrland University, in the variable-stars group. I rewrote the fitting on Astropy. ${filler}`,
      '',
      `**2016 → 2019** — postdoc in Chile. In October 2016 I arrived in Santiago as a Postdoctoral Fellow at the Centro Austral de Astrofísica (CAA). I calibrated data in CASA. ${filler}`,
      '',
      `**2019 → now** — research software engineering. In September 2019 I joined the Northfield Sky Survey Data Centre as a Research Software Engineer. We run on Kubernetes. ${filler}`,
    ]);
    expect(person?.person.name).toBe('Tove Marrero');
    expect(person?.jobs.map((j) => [j.company, j.title, j.startDate, j.endDate])).toEqual([
      ['Centro Austral de Astrofísica', 'Postdoctoral Fellow', '2016-10', '2019'],
      ['Northfield Sky Survey Data Centre', 'Research Software Engineer', '2019-09', 'present'],
    ]);
  });

  it('reads a company over its duration as the employer of the roles under it, across a page break', () => {
    const person = extractText('mining.txt', [
      'JESSICA HARTIGAN',
      '',
      'PROFESSIONAL EXPERIENCE',
      '',
      'NORTHWALL RESOURCES LIMITED – Tallering Operations, Murchison, WA',
      '4 yrs 5 mos',
      'Mine Geologist',
      'Apr 2020 – Jun 2022 · 2 yrs 3 mos',
      '8/6 FIFO ex Perth',
      '• Daily reconciliation in Surpac.',
      '',
      'Page 1 of 2',
      '',
      'Graduate Geologist',
      'Feb 2018 – Mar 2020 · 2 yrs 2 mos',
      '8/6 FIFO ex Perth',
      '• Logged core into acQuire.',
      '',
      'TICKETS & LICENCES',
      "WA Class C driver's licence  ·  Senior First Aid",
    ]);
    expect(person?.jobs.map((j) => [j.company, j.title, j.startDate, j.endDate])).toEqual([
      ['Northwall Resources Limited', 'Mine Geologist', '2018-02', '2022-06'],
    ]);
  });

  it('reads a hashtag that repeats a tool with the bullet, not as a use of its own', () => {
    const person = extractText('hashtags.md', [
      '# Aisha Bello',
      '',
      '### Northgate IT Solutions · 2nd Line Engineer',
      '2021 – now',
      '',
      '- one agency’s Macs: handed enrolment to their own Jamf Pro admin, I look after the rest #jamf',
      '- Intune for 30+ tenants #intune #m365',
    ]);
    const job = person?.jobs[0];
    expect(job?.tools.map((t) => t.toolId)).toContain('microsoft-intune');
    expect(job?.tools.map((t) => t.toolId)).not.toContain('jamf');
    expect(job?.otherMentions.map((m) => [m.toolId, m.stance])).toEqual([['jamf', 'others']]);
  });

  it('cuts paragraphs told backwards, "Before that I spent …", at each employer', () => {
    const person = extractText('before-that.md', [
      '# Siobhan Carrick',
      '',
      'From September 2017 until I left in February 2022 I ran the Estates helpdesk at Kingsmere as Estates Helpdesk Manager. The estate ran on Archibus.',
      '',
      'Before that I spent four years, from 2013 to the summer of 2017, with Brannock, an outsourced FM provider. Our side of it was an Access database.',
    ]);
    expect(person?.jobs.map((j) => [j.company, j.title])).toEqual([
      ['Kingsmere', 'Estates Helpdesk Manager'],
      ['Brannock', null],
    ]);
  });

  it('leaves a dated career break out of the jobs, and refines a year from "joined Aug \'21"', () => {
    const person = extractText('msp.md', [
      '# Aisha Bello',
      '',
      '## Work',
      '',
      '### Northgate IT Solutions · 2nd Line Engineer',
      '2021 ⇢ now · Leeds (hybrid)',
      '',
      "- joined Aug '21 on 1st line #promoted",
      '- Intune for 30+ tenants #intune',
      '',
      '### Career break',
      'Jul 2020 ⇢ Aug 2021',
      '',
      '- kept my hand in with a home lab: Hyper-V host, pfSense box #homelab',
    ]);
    expect(person?.jobs.map((j) => [j.company, j.startDate, j.endDate])).toEqual([
      ['Northgate IT Solutions', '2021-08', 'present'],
    ]);
  });
});

describe('stances of the fourteenth batch', () => {
  const stanceOf = stanceReader(builtinMatcher());
  it.each([
    ['The fMRI people down the corridor lived in Excel and were welcome to it.', 'microsoft-excel', 'others'],
    ['Our own app team, who wrote Kotlin and Swift, used my scoring API.', 'kotlin', 'others'],
    ['The statistics core prefers R, so the pipeline ends in tidy CSVs.', 'r', 'others'],
    [
      'Grade shells built in Leapfrog Geo and passed to the consultants, who ran the model in Vulcan.',
      'maptek-vulcan',
      'others',
    ],
    [
      'Mine planning engineers scheduled the pit stages in Deswik; I supplied the ore outlines.',
      'deswik',
      'others',
    ],
    [
      'The exploration manager kept the regional GIS in ArcGIS – I exported my maps to him.',
      'arcgis',
      'others',
    ],
    [
      'Finance reconcile our daily settlement files in SAP S/4HANA; I own the export.',
      'sap-s4hana',
      'others',
    ],
    ['Once a candidate signs, HR take over in HiBob.', 'hibob', 'others'],
    ['Partner with the CRM team, who send our guides out through Klaviyo.', 'klaviyo', 'others'],
    [
      'Consolidated keyword research on Ahrefs and let the Semrush subscription lapse in 2023.',
      'semrush',
      'migrated-from',
    ],
    ['Synced policies from a system which the core IT team maintains in COBOL.', 'cobol', 'others'],
  ])('%s', (sentence, tool, stance) => {
    expect(stanceOf(sentence, tool)).toBe(stance);
  });
  it.each([
    [
      'Grade shells built in Leapfrog Geo and passed to the consultants, who ran the model in Vulcan.',
      'seequent-leapfrog',
    ],
    ['Built SSIS packages from a system which the core IT team maintains in COBOL.', 'ssis'],
    ['Built SSIS packages; I consumed their extracts and never touched the mainframe.', 'ssis'],
    ['Our people lived in Excel.', 'microsoft-excel'],
    ['I trained 40 people in Excel.', 'microsoft-excel'],
    ['I designed the pit stages in Deswik.', 'deswik'],
    ['As manager I kept the rota in Excel.', 'microsoft-excel'],
    ['Configured HR’s Workday tenant as the HRIS analyst.', 'workday'],
    ['I built HR dashboards in Power BI.', 'power-bi'],
    ['I reconciled the accounts in Xero.', 'xero'],
    ['Wrote the consumers reading Kafka topics #kafka', 'apache-kafka'],
  ])('leaves the narrator’s own use alone: %s', (sentence, tool) => {
    expect(stanceOf(sentence, tool)).toBe('used');
  });
  it('still reads a tool never opened as not used', () => {
    expect(stanceOf('Devs built them in Unity; I never opened the editor', 'unity')).not.toBe('used');
  });
});

describe('what the fourteenth batch’s readings must leave alone (second reading)', () => {
  const stanceOf = stanceReader(builtinMatcher());

  it('keeps names that end in a capitalised noun, jobs named like degrees or breaks, and employers named like roles', () => {
    expect(isDescribedPlace('The Walt Disney Company')).toBe(false);
    expect(isDescribedPlace('The Body Shop')).toBe(false);
    expect(isDescribedPlace('The EEG lab')).toBe(true);
    expect(headingKind('PhD Researcher at Acme Labs (2018–2021)')).toBeUndefined();
    expect(headingKind('MBA Intern at Deloitte (2017)')).toBeUndefined();
    expect(headingKind('Career Break Coach at Women Returners (2015–2019)')).toBeUndefined();
    expect(parseHeader(['Registered Nurse — Steward Health Care']).company).toBe('Steward Health Care');
    expect(parseHeader(['Software Engineer — Tailor Brands']).company).toBe('Tailor Brands');
    expect(parseHeader(['FIFO Camp Services — Cook']).company).toBe('FIFO Camp Services');
  });

  it('names no employer from a post applied for and not taken, a town or a team', () => {
    expect(
      findCompany(['In 2021 I applied for a job at Google but decided to stay.'], () => false, true),
    ).toBeNull();
    expect(findCompany(['I worked at Tesco distribution centre at Daventry.'], () => false)).toBe('Tesco');
    expect(findCompany(['I joined the Data Science Team at Monzo in 2019.'], () => false)).toBe('Monzo');
  });

  it('keeps a job heading’s own title and dated paragraphs inside a job', () => {
    const person = extractText('kept.md', [
      '# Jo Park',
      '',
      '## Experience',
      '',
      '### iOS Lead — Monzo (2016 – 2023)',
      '',
      'I joined as a junior iOS developer and built the card screens in Swift.',
      '',
      '2016 – 2019 — Led the payments squad. We rebuilt the card controls in SwiftUI and shipped them to four million customers over two long years of work.',
      '',
      '2019 – 2023 — Led the platform group. We moved the app to modular packages and cut build times in half, which took most of those four years of effort.',
    ]);
    expect(person?.jobs.map((j) => [j.company, j.title])).toEqual([['Monzo', 'iOS Lead']]);
  });

  it('lets only the answer to a bold question be about plans', () => {
    const person = extractText('next.md', [
      '# Sam Lee',
      '',
      '## Acme Corp — Platform Engineer (2019 – 2023)',
      '',
      '**What’s next?**',
      'We are moving to Terraform Cloud.',
      '',
      'Day to day I run our estate with Datadog and PagerDuty.',
    ]);
    const job = person?.jobs[0];
    expect(job?.tools.map((t) => t.toolId)).toEqual(expect.arrayContaining(['datadog', 'pagerduty']));
  });

  it.each([
    ['Vendor invoices reconciled in SAP', 'sap-erp'],
    ['I set up Slack for 3 offices and 200 people use it daily', 'slack'],
    ['Kitchen manager kept stock in MarketMan and ordered daily', 'marketman'],
    ['Our manager kept us on Jira', 'jira'],
    ['The M7 core ran Zephyr and I wrote the drivers for it', 'zephyr'],
    ['The data team preferred Snowflake, so I built our models there in dbt', 'snowflake'],
    ['I moved into the analytics team, who wrote everything in dbt', 'dbt'],
    ['So we never let the Adobe Creative Cloud licences lapse', 'adobe-creative-cloud'],
  ])('leaves the narrator’s own use alone: %s', (sentence, tool) => {
    expect(stanceOf(sentence, tool)).toBe('used');
  });

  it('still reads a tool not used among objects never touched', () => {
    expect(stanceOf('I didn’t use the mainframe or COBOL at all', 'cobol')).not.toBe('used');
  });
});

describe('Microsoft names an MSP technician writes (fourteenth batch)', () => {
  const matcher = builtinMatcher();
  const ids = (sentence: string) => matcher.matchSentence(sentence).map((m) => m.toolId);
  it('reads Exchange by its version, and Conditional Access as no database', () => {
    expect(ids('on-prem Exchange 2010 → Office 365 for 6 clients')).toContain('microsoft-exchange');
    expect(ids('Migrated 40 mailboxes off Exchange 2016 to Exchange Online.')).toEqual([
      'microsoft-exchange',
      'microsoft-exchange',
    ]);
    expect(ids('M365 tenant admin — licences, Conditional Access, MFA rollouts, Intune')).not.toContain(
      'microsoft-access',
    );
    expect(ids('Built the stock database in Excel and Access with VBA')).toContain('microsoft-access');
  });
});
