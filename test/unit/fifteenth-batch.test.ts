import { describe, expect, it } from 'vitest';
import { findCompany } from '../../seed/extract/company.js';
import { findDateRange } from '../../seed/structure/dates.js';
import { parseHeader } from '../../seed/structure/header.js';
import { asPersonName } from '../../seed/structure/names.js';
import { extractText } from '../helpers/extract-text.js';
import { stanceReader } from '../helpers/stance.js';

/**
 * Shapes and wordings of the fifteenth reviewer batch, and the gaps the last one left open.
 */
describe('the narrator administers a tool another party owns', () => {
  const stanceOf = stanceReader();
  it.each([
    ['HR owns Workday; I am its system administrator.', 'workday', 'used'],
    ['Finance owns NetSuite, but I was the admin for it.', 'netsuite', 'used'],
    ['The platform team runs Kubernetes and I administer it day to day.', 'kubernetes', 'used'],
    ['The vendor hosts Salesforce, and I was one of its power users.', 'salesforce', 'used'],
    // Without the narrator's hands on it, the owner's tool stays theirs.
    ['HR uses Workday.', 'workday', 'others'],
    ['The client ran SAP; I was the project lead.', 'sap-erp', 'others'],
    [
      'The agency built the site in WordPress; I was the admin of the Slack workspace.',
      'wordpress',
      'others',
    ],
  ])('"%s": %s is %s', (sentence, tool, stance) => {
    expect(stanceOf(sentence, tool)).toBe(stance);
  });
});

describe('an arrow after a version', () => {
  const stanceOf = stanceReader();
  it('reads "Exchange 2010 → M365" as a move and "Java 8 → Java 17" as an upgrade', () => {
    expect(stanceOf('- on-prem Exchange 2010 → M365, 2022', 'microsoft-exchange')).toBe('migrated-from');
    expect(stanceOf('- on-prem Exchange 2010 → M365, 2022', 'microsoft-365')).toBe('used');
    expect(stanceOf('- Jenkins 2 → GitHub Actions', 'jenkins')).toBe('migrated-from');
    expect(stanceOf('Java 8 → Java 17 upgrade', 'java')).toBe('used');
    expect(stanceOf('- Postgres 9.6 → Postgres 14, zero downtime', 'postgresql')).toBe('used');
  });
});

describe('a tool the narrator never ran', () => {
  const stanceOf = stanceReader();
  it('is not used; a tool that "never ran out of memory" is', () => {
    expect(stanceOf('I never ran Vulcan there; the planners did.', 'maptek-vulcan')).not.toBe('used');
    expect(stanceOf("We didn't run Kafka at all.", 'apache-kafka')).toBe('evaluated');
    expect(stanceOf('Our Kafka cluster never ran out of disk that year.', 'apache-kafka')).toBe('used');
  });
});

describe('a job written as labelled fields', () => {
  it('reads a federal résumé: the title over Agency, Duty Station, From/To and the pay lines', () => {
    const person = extractText('federal.txt', [
      'JORDAN M. ELLERBY',
      'Arlington, VA 22201',
      "Veterans' Preference: 5-point",
      'Highest Grade Held: GS-0343-13 (04/2021 - Present)',
      '',
      'WORK EXPERIENCE',
      '',
      'MANAGEMENT AND PROGRAM ANALYST',
      'Agency: Department of Transportation',
      'Organization: Federal Transit Administration, Office of Budget',
      'Duty Station: 1200 New Jersey Ave SE, Washington, DC',
      'From: 04/2021  To: Present',
      'Hours per week: 40',
      'Series/Grade: GS-0343-13',
      'Supervisor: Ms. Ana Ruiz, Division Chief, (202) 555-0101',
      'May contact: Yes',
      '',
      'Duties, Accomplishments and Related Skills:',
      '- Built the grant obligation reports in Tableau from the SQL Server data mart.',
      '',
      'BUDGET ANALYST',
      'Employer: Calloway Federal Partners LLC (subcontractor)',
      'Agency Supported: Department of Energy',
      'From: 08/2016  To: 03/2021',
      'Hours per week: 40',
      '',
      '- Reconciled obligations in Excel and wrote VBA macros for the monthly close.',
    ]);
    expect(person?.jobs.map((j) => [j.company, j.title?.toLowerCase(), j.startDate, j.endDate])).toEqual([
      ['Federal Transit Administration', 'management and program analyst', '2021-04', 'present'],
      ['Calloway Federal Partners LLC', 'budget analyst', '2016-08', '2021-03'],
    ]);
  });

  it('reads Europass: dates and occupation over the duties, the employer after them', () => {
    const person = extractText('europass.md', [
      '# Curriculum Vitae',
      '',
      '## Personal information',
      '',
      '**Surname(s) / First name(s):** Okonkwo-Reyes, Adaeze',
      '',
      '## Desired employment / Occupational field',
      '',
      '**Laboratory Information Manager**',
      '',
      '## Work experience',
      '',
      '**Dates:** 02/2019 → present',
      '',
      '**Occupation or position held:** LIMS Administrator',
      '',
      '**Main activities and responsibilities:**',
      '',
      '- Configured LabWare LIMS workflows and wrote the instrument interfaces in Python.',
      '',
      '**Name and address of employer:** Meridian Water Testing Ltd, 4 Quay Street, Cork, Ireland',
      '',
      '**Type of business or sector:** Environmental laboratory',
      '',
      '---',
      '',
      '**Dates:** 09/2014 – 01/2019',
      '',
      '**Occupation or position held:** Analytical Chemist',
      '',
      '**Main activities and responsibilities:**',
      '',
      '- Ran the ICP-MS and reported results from Excel.',
      '',
      '**Name and address of employer:** Harlan Agri Labs, Kilkenny, Ireland',
    ]);
    expect(person?.person.name).toBe('Adaeze Okonkwo-Reyes');
    expect(person?.jobs.map((j) => [j.company, j.title, j.startDate, j.endDate])).toEqual([
      ['Meridian Water Testing Ltd', 'LIMS Administrator', '2019-02', 'present'],
      ['Harlan Agri Labs', 'Analytical Chemist', '2014-09', '2019-01'],
    ]);
  });
});

describe('a German CV pasted from a PDF', () => {
  it('reads semesters as dates, bilingual titles in English, legal forms, wrapped units and initials', () => {
    expect(findDateRange('WS 2008/09 - SS 2013')).toMatchObject({ start: '2008-10', end: '2013-04' });
    expect(parseHeader(['Chemielaborant / Laboratory Technician'])).toEqual({
      title: 'Laboratory Technician',
    });
    expect(parseHeader(['Softwareentwicklerin / Software Developer']).title).toBe('Software Developer');
    expect(parseHeader(['Sales / Marketing Manager']).title).toBe('Sales / Marketing Manager');
    expect(parseHeader(['Kanzlei Brandt & Partner mbB, Köln']).company).toBe('Kanzlei Brandt & Partner mbB');
    expect(
      parseHeader([
        'Technische Universität Dresden (TUD), Institut für Siedlungs- und',
        'Industriewasserwirtschaft',
      ]).company,
    ).toBe('Technische Universität Dresden');
    const person = extractText('lebenslauf.txt', [
      'Dr. Katrin Vogelsang',
      'Chemikerin | Analytik | Qualitätskontrolle',
      '',
      'PROFIL',
      'Analytische Chemikerin mit zehn Jahren Erfahrung in HPLC und LC-MS; Auswertungen in Empower und Python.',
      '',
      'BERUFSERFAHRUNG / PROFESSIONAL EXPERIENCE',
      '',
      'seit 03/2019',
      'Laborleiterin / Laboratory Manager',
      'Rheinkamp Analytik GmbH, Düsseldorf',
      '• Methodenentwicklung in Empower 3; Datenauswertung in Python',
      '',
      '10/2013 - 02/2019',
      'Wissenschaftliche Mitarbeiterin / Research Associate',
      'Bundesinstitut für Risikobewertung (BfR), Berlin',
      '• LC-MS-Methoden in MassHunter',
      '',
      'AUSBILDUNG / EDUCATION',
      '',
      'WS 2006/07 - SS 2013',
      'Diplomstudium Chemie',
      'Universität Leipzig',
    ]);
    expect(person?.jobs.map((j) => [j.company, j.title, j.startDate, j.endDate])).toEqual([
      ['Rheinkamp Analytik GmbH', 'Laboratory Manager', '2019-03', 'present'],
      ['Bundesinstitut für Risikobewertung', 'Research Associate', '2013-10', '2019-02'],
    ]);
  });
});

describe('an employer in brackets after the title', () => {
  const companies = (header: string) =>
    extractText('brackets.md', [
      '# Priya Raman',
      'analyst · Leeds · priya@example.com',
      '',
      '## Experience',
      '',
      `**${header}**`,
      '- Built the weekly reports in Power BI from SQL Server.',
      '',
      '**Junior Analyst (Kellbrook Foods) 2012–2015**',
      '- Stock reports in Excel.',
    ])?.jobs.map((j) => j.company);
  it.each([
    ['Claims Analyst (Hartwell Mutual) 2019–2022', 'Hartwell Mutual'],
    ['Field Engineer (Siemens Energy, via agency) Mar 2017 – Jun 2019', 'Siemens Energy'],
  ])('"%s" names %s', (header, company) => {
    expect(companies(header)).toEqual([company, 'Kellbrook Foods']);
  });
  it.each([
    'Software Engineer (Payments) 2019–2022',
    'Developer (Java) 2018–2020',
    'QA Engineer (SDET) 2017–2019',
    'Analyst (London) 2016–2018',
    'Staff Nurse (Band 6) 2015–2019',
    'Project Manager (maternity cover) 2014–2015',
    'Data Analyst (RES) Jun 2016 – Mar 2019',
    'Staff Nurse (ICU) 2018–2021',
    'Teacher (KS2) 2014–2018',
    'Solicitor (Conveyancing) 2012–2016',
  ])('"%s" names no employer', (header) => {
    expect(companies(header)).toEqual([null, 'Kellbrook Foods']);
  });
});

describe('a review of the year', () => {
  it('is the job held now; its closing story tells the earlier jobs, and the current one again with its start', () => {
    const person = extractText('review.md', [
      '# Annual review 2024',
      '',
      '**Position:** Senior Dietitian',
      '**Organization:** Harrowgate Community Health Trust (three hospitals)',
      '**Review period:** April 2023 – March 2024',
      '',
      '## 1. What I delivered',
      '',
      'We moved the nutrition referrals off paper and into SystmOne in June, and I built the caseload dashboard in Power BI.',
      '',
      '## 2. Goals for next year',
      '',
      'Pilot Nutritics for menu analysis on two wards.',
      '',
      '## 3. Training',
      '',
      '- Completed the BDA advanced practice module.',
      '',
      '## How I got here',
      '',
      'After my degree I was hired in the autumn of 2012 as a dietitian at Larkspur Care Homes, writing menu plans in Excel. I left in May 2016.',
      '',
      '**Oakbridge Hospital NHS Trust.** From June 2016 until March 2020 I worked as a clinical dietitian on the renal unit, recording everything in Lorenzo.',
      '',
      'I started at Harrowgate in April 2020 as a Band 6 dietitian and was promoted in 2022.',
    ]);
    expect(person?.jobs.map((j) => [j.company, j.title, j.startDate, j.endDate])).toEqual([
      ['Harrowgate Community Health Trust', 'Senior Dietitian', '2020-04', 'present'],
      ['Larkspur Care Homes', 'Dietitian', '2012', '2016-05'],
      ['Oakbridge Hospital NHS Trust', 'Clinical Dietitian', '2016-06', '2020-03'],
    ]);
  });

  it('is only a review under a review title', () => {
    const person = extractText('resume.md', [
      '# Moira Kent',
      '',
      '## Performance engineering',
      '',
      '### Load Test Engineer — Brightwave Ltd (2019 – 2022)',
      '',
      '- Ran the JMeter suites.',
      '',
      '### How I got here',
      '',
      'I studied physics and taught myself Python.',
    ]);
    expect(person?.jobs.map((j) => j.company)).toEqual(['Brightwave Ltd']);
  });
});

describe('a career told as questions under the person’s name', () => {
  it('finds each employer however the answer names it, and drops the answers before the first job', () => {
    const person = extractText('questions.md', [
      '# Tomasz Wierzbicki, CPA',
      '',
      '*Bookkeeper for six years, payroll software support since 2019.*',
      '',
      '### How did you get into bookkeeping?',
      '',
      'My aunt ran a bakery and I did her books in Excel at sixteen.',
      '',
      '### What was your first real job?',
      '',
      'Freelance bookkeeper. From March 2013 I took assignments from Ledgerline Staffing, an agency in Leeds, mostly in Sage 50.',
      '',
      '### Why the council?',
      '',
      'In May 2016 I was appointed as an accounts assistant for the Harrowby District Council, on the payments desk. I left Sage 50 for Oracle E-Business Suite there.',
      '',
      '### What made you move into software?',
      '',
      'Paystream Software, a company in York that sells payroll software to small firms, was looking for support people who knew payroll. They hired me in June 2019 as a support analyst.',
    ]);
    expect(person?.jobs.map((j) => [j.company, j.startDate])).toEqual([
      ['Ledgerline Staffing', '2013-03'],
      ['Harrowby District Council', '2016-05'],
      ['Paystream Software', '2019-06'],
    ]);
    expect(person?.jobs[1]?.title).toBe('Accounts Assistant');
  });
});

describe('an essay with thematic headings', () => {
  it('goes on with the job before a theme that names no employer, title or date', () => {
    const person = extractText('essay.md', [
      '# From the kitchen to the database',
      '',
      '*Ines Duarte · Porto*',
      '',
      '## Learning the line',
      '',
      'That is how I ended up at Casa Ribeira, a family restaurant in Porto, in May 2012. They hired me as a line cook, and the orders came through Toast.',
      '',
      '## Why I started writing code',
      '',
      'Night classes in Python got me through an interview at Mesa Analytics, a startup that sells booking data to restaurants. I started there in March 2017 as a data analyst.',
      '',
      '## Making the numbers agree',
      '',
      'Our pipelines run in Airflow and load into PostgreSQL; the dashboards are Metabase.',
    ]);
    expect(person?.jobs.map((j) => [j.company, j.startDate])).toEqual([
      ['Casa Ribeira', '2012-05'],
      ['Mesa Analytics', '2017-03'],
    ]);
    expect(person?.jobs[1]?.tools.map((t) => t.toolId)).toEqual(
      expect.arrayContaining(['apache-airflow', 'postgresql', 'metabase']),
    );
  });

  it('reads "ended up at" as a job only when the place is described or dated', () => {
    expect(findCompany(['I ended up at Heathrow at 3am with no phone.'], () => false)).toBeNull();
    expect(findCompany(['In 2014 I ended up at Boots in Nottingham, as a pharmacist.'], () => false)).toBe(
      'Boots',
    );
    expect(
      findCompany(['I ended up with Covid in March 2020 and was off for six weeks.'], () => false),
    ).toBeNull();
    expect(findCompany(['I ended up at A&E as a patient after a fall.'], () => false)).toBeNull();
    expect(findCompany(['I ended up at Heathrow in 2019 after a cancelled flight.'], () => false)).toBeNull();
    expect(findCompany(['I ended up at Boots in 2014 as a pharmacist.'], () => false)).toBe('Boots');
  });
});

describe('a header whose fields are marked by pictographs', () => {
  it('reads 🏢 company, 👔 title and 📅 dates, and leaves the 🛠 tools line out of the header', () => {
    expect(
      parseHeader([
        '🏢 **Lumen Dental Group** (6 practices)',
        '👔 Receptionist → Practice Coordinator → IT & Systems Lead',
        "📅 '16 – '21",
        '🛠 Dentrix · Weave · Microsoft 365',
      ]),
    ).toEqual({ company: 'Lumen Dental Group', title: 'IT & Systems Lead', start: '2016', end: '2021' });
    expect(
      parseHeader(['Harbourside Vets, Bristol — Practice Manager', 'Stack: RxWorks, Xero']),
    ).toMatchObject({
      company: 'Harbourside Vets',
      title: 'Practice Manager',
    });
  });
});

describe('plans under a heading that says so', () => {
  const usedAndOther = (lines: string[]) => {
    const job = extractText('plans.md', lines)?.jobs[0];
    return {
      used: job?.tools.map((t) => t.toolId).sort(),
      planned: job?.otherMentions
        .filter((m) => m.stance === 'planned')
        .map((m) => m.toolId)
        .sort(),
    };
  };
  it('reads "## Goals for next year" and a bold "Next year" line as plans, until the next heading', () => {
    const read = usedAndOther([
      '# Self-assessment 2024',
      '',
      '**Position:** Data Analyst',
      '**Organization:** Fenwick Housing Association',
      '',
      '## What I did',
      '',
      'Rebuilt the rent arrears report in Power BI.',
      '',
      '## Goals for next year',
      '',
      '1. **Automate the void-property feed.** Learn enough Python to pull it from the housing system nightly.',
      '2. **Tidy the warehouse.** Stand up a warehouse (Snowflake preferred) for the arrears tables.',
      '',
      '**Next year (agreed with Priya)**',
      '',
      '- dbt for the transformations.',
      '',
      '**What shipped**',
      '',
      '- The tenancy dashboards in Tableau.',
    ]);
    expect(read.planned).toEqual(expect.arrayContaining(['python', 'snowflake', 'dbt']));
    expect(read.used).toEqual(['power-bi', 'tableau']);
  });
});

describe('stance wordings of the fifteenth batch', () => {
  const stanceOf = stanceReader();
  it.each([
    [
      'Privileged accounts are vaulted in CyberArk, which is operated by the Security Operations Center.',
      'cyberark',
      'others',
    ],
    ['Our Oracle databases were hosted by the data centre in Slough.', 'oracle-database', 'used'],
    [
      'Worked tickets in BMC Remedy until the district was moved to the Army’s ServiceNow instance in 2017.',
      'bmc-remedy',
      'migrated-from',
    ],
    [
      'Worked tickets in BMC Remedy until the district was moved to the Army’s ServiceNow instance in 2017.',
      'servicenow',
      'used',
    ],
    ["Replaced the medical center's VBScript logon scripts with PowerShell.", 'vbscript', 'migrated-from'],
    [
      'Threw out the inherited hand-written Makefiles in favour of CMake presets.',
      'gnu-make',
      'migrated-from',
    ],
    ['Threw out the inherited hand-written Makefiles in favour of CMake presets.', 'cmake', 'used'],
    ['The device group drives its qubits with QCoDeS and an in-house sequencer.', 'qcodes', 'others'],
    ['Our data team drives everything with Airflow.', 'apache-airflow', 'used'],
    ['It speaks OSC to anything that will listen and talks to the PLCs over Modbus TCP.', 'modbus', 'used'],
    ['We will move the PLC links to Modbus TCP next year.', 'modbus', 'planned'],
    ["Sound ran on QLab, and that was Dev's territory.", 'qlab', 'others'],
    [
      'Touring designers who arrived with a grandMA2 of their own I mostly just fed power to.',
      'grandma-console',
      'others',
    ],
    ["Kafka was the platform team's baby.", 'apache-kafka', 'others'],
    ["We ran Jira, and it was my team's baby.", 'jira', 'used'],
    ["Jira was the team's choice.", 'jira', 'used'],
    ['- next FY: Databricks for the CMS data (budget approved, nothing built yet)', 'databricks', 'planned'],
    [
      '- O&M contractor runs work orders in their Maximo; we get a CSV export every Monday',
      'ibm-maximo',
      'others',
    ],
    ['Our linguists work directly in their Smartling workspace.', 'smartling', 'used'],
    [
      '- inherited the workbook, Excel + ~4k lines of VBA; rebuilt it in Python on SQL Server',
      'vba',
      'migrated-from',
    ],
    [
      '- inherited the workbook, Excel + ~4k lines of VBA; rebuilt it in Python on SQL Server',
      'python',
      'used',
    ],
    ['- energy yield team did pre-construction in windPRO; I only sent them data', 'windpro', 'others'],
    [
      "- owners' CPA lives in QuickBooks Online, I just make sure the MarginEdge export lands",
      'quickbooks',
      'others',
    ],
    [
      "- owners' CPA lives in QuickBooks Online, I just make sure the MarginEdge export lands",
      'marginedge',
      'used',
    ],
    ['- spa ran its own Book4Time (separate vendor), I just kept their network up', 'book4time', 'others'],
    ['The app has its own Postgres database.', 'postgresql', 'used'],
    ['Each site ran its own Access database.', 'microsoft-access', 'used'],
    ['- moved all 4 cafés off Square onto Lightspeed in 2015', 'square-pos', 'migrated-from'],
  ])('"%s": %s is %s', (sentence, tool, stance) => {
    expect(stanceOf(sentence, tool)).toBe(stance);
  });
});

describe('the person named with titles and letters', () => {
  it('leaves out German degrees before the name and letters after a front-matter name', () => {
    expect(asPersonName('DI Dr.-Ing. Florian Aigner')).toBe('Florian Aigner');
    expect(asPersonName('Dipl.-Ing. Katrin Vogel')).toBe('Katrin Vogel');
    expect(
      extractText('fm.md', [
        '---',
        'name: Joanna Okafor ACA CFE',
        '---',
        '',
        '## Experience',
        '',
        '### Analyst — Brightwell LLP (2019 – 2022)',
        '',
        '- Audits in IDEA and Excel.',
      ])?.person.name,
    ).toBe('Joanna Okafor');
    expect(
      extractText('review.md', [
        '# Self-assessment 2024',
        '',
        '**Employee:** Rosalind ("Roz") Achterberg',
        '**Position:** Analyst',
        '**Organization:** Northlake Health',
        '',
        '## What I did',
        '',
        'Rebuilt the asset report in Power BI.',
      ])?.person.name,
    ).toBe('Rosalind Achterberg');
  });
});

describe('stances in German', () => {
  const stanceOf = stanceReader();
  it.each([
    [
      '2022 TUFLOW an einem Testgebiet gegen HEC-RAS gerechnet: gute Ergebnisse, Umstieg nicht weiterverfolgt',
      'tuflow',
      'evaluated',
    ],
    [
      'Versionierung der Skripte in GitLab ist beschlossen, Einführung im nächsten Geschäftsjahr',
      'gitlab',
      'planned',
    ],
    ['Umstellung des Teams von ArcGIS Desktop auf QGIS 2017', 'arcgis', 'migrated-from'],
    ['Umstellung des Teams von ArcGIS Desktop auf QGIS 2017', 'qgis', 'used'],
    ['die älteren MATLAB-Skripte der Arbeitsgruppe habe ich nach R portiert', 'matlab', 'migrated-from'],
    [
      'die LARSIM-Modelle werden von den Vorhersagezentralen der Länder betrieben, nicht von uns',
      'larsim',
      'others',
    ],
    ['Auswertungen täglich in R und Python', 'python', 'used'],
  ])('"%s": %s is %s', (sentence, tool, stance) => {
    expect(stanceOf(sentence, tool)).toBe(stance);
  });
});

describe('what the second reading of the session narrowed', () => {
  it("reads no employer in a press interview, a juror's oath, an internal lead role or a day of the week", () => {
    expect(
      findCompany(
        [
          'I had an interview at Google in 2015 that went nowhere. A friend introduced me to a shop called Brightpath Analytics, and I started there in May 2016.',
        ],
        () => false,
      ),
    ).not.toBe('Google');
    expect(findCompany(['I was sworn in as a juror for the Crown Court in 2017.'], () => false)).toBeNull();
    expect(findCompany(['I was appointed as lead for Safeguarding in 2020.'], () => false)).toBeNull();
    expect(
      findCompany(['I took shifts from December to February on the surgical ward.'], () => false),
    ).toBeNull();
    expect(
      findCompany(['I took work from Legal Aid clients as well as private ones.'], () => false),
    ).toBeNull();
    expect(parseHeader(['Statistical Programmer SAS', 'Quintiles, 2014 – 2018'])).toMatchObject({
      company: 'Quintiles',
    });
    expect(asPersonName('Di Wu')).toBe('Di Wu');
  });
  it('keeps a review title to a review, and a bold theme to a theme', () => {
    const resume = extractText('appraisals.md', [
      '# Building a performance review system for a care home group',
      '## HR Advisor, Maple Care Homes, 2014 – 2018',
      'I kept the staff records in Breathe HR and ran appraisals on paper.',
      '## HR Manager, Oakdene Care Group, 2018 – 2023',
      'I moved appraisals into BambooHR and reported on them in Excel.',
    ]);
    expect(resume?.jobs.map((j) => j.company)).toEqual(['Maple Care Homes', 'Oakdene Care Group']);
    const themes = extractText('themes.md', [
      '# Fiona Walsh',
      '',
      'I have been a nurse for fifteen years. I joined Kingsbridge General Hospital in 2016 as a ward manager.',
      '',
      '**Patient Safety.** In 2019 I led the rollout of electronic observations on Nervecentre across the ward.',
      '',
      '**Rostering.** From 2020 I moved our rota from paper into Allocate HealthRoster.',
    ]);
    expect(themes?.jobs.map((j) => j.company)).toEqual(['Kingsbridge General Hospital']);
  });
  it("reads past work under a past year's objectives as used, and keeps the narrator's verdicts", () => {
    const stanceOf = stanceReader();
    expect(stanceOf('We never ran out of disk on Kafka in four years.', 'apache-kafka')).toBe('used');
    expect(stanceOf('We evaluated Tableau and Looker; I ran them side by side for a month.', 'tableau')).toBe(
      'evaluated',
    );
    expect(stanceOf("We moved the ledger into Xero, which is everyone's responsibility now.", 'xero')).toBe(
      'used',
    );
    const review = extractText('objectives.md', [
      '# Self-assessment 2023',
      '',
      '**Position:** Charge Nurse',
      "**Organization:** St Luke's Hospital",
      '',
      '## 1. Objectives for 2023',
      '',
      'Rolled out barcode scanning on Ward 4 and moved our handover sheet into Epic.',
    ]);
    expect(review?.jobs[0]?.tools.map((t) => t.toolId)).toContain('epic');
  });
});

describe('owners and plans the clause rules cannot see whole', () => {
  const stanceOf = stanceReader();
  it.each([
    [
      'Alerts come out of NICE Actimize, which Group Financial Crime Technology configures and owns.',
      'nice-actimize',
      'others',
    ],
    ['We moved to Snowflake, which we configure and own.', 'snowflake', 'used'],
    [
      "I'm on the design group for the Quantexa rollout, currently pencilled in for 2025.",
      'quantexa',
      'planned',
    ],
    ['The e-disclosure team processed the collections in Nuix before anything reached us.', 'nuix', 'others'],
    ["Android was an agency's React Native app; I reviewed their builds.", 'react-native', 'others'],
  ])('"%s": %s is %s', (sentence, tool, stance) => {
    expect(stanceOf(sentence, tool)).toBe(stance);
  });
});
