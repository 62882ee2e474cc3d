import { describe, expect, it } from 'vitest';
import { findDateRange } from '../../seed/structure/dates.js';
import { isJobHeaderLine, parseHeader } from '../../seed/structure/header.js';

/** Job lines of the twelfth reviewer batch: slashed years, a title with its function, LinkedIn's employer line. */
describe('job header shapes', () => {
  it('reads two years with a slash as a range, and leaves a financial year alone', () => {
    expect(findDateRange('Larkspur Health (Series C) — 2022/now')).toMatchObject({
      start: '2022',
      end: 'present',
    });
    expect(findDateRange('Quayside Software (Series B) — 2019/2022')).toMatchObject({
      start: '2019',
      end: '2022',
    });
    expect(findDateRange('FY2019/20 budget')).toBeUndefined();
    expect(findDateRange('2019/2018')).toBeUndefined();
  });

  it('keeps the function a title names after its comma ("Director, Revenue Operations")', () => {
    expect(parseHeader(['Larkspur Health — 2022/now', '*Director, Revenue Operations*'])).toMatchObject({
      company: 'Larkspur Health',
      title: 'Director, Revenue Operations',
    });
    expect(
      parseHeader([
        'Quayside Software — 2019/2022',
        '*Sales Ops Manager → Senior Manager, Revenue Operations (2021)*',
      ]).title,
    ).toBe('Senior Manager, Revenue Operations');
  });

  it('takes the name before LinkedIn’s employment type for the employer, even one that reads like a discipline', () => {
    expect(
      parseHeader([
        'Graduate Automation Engineer',
        'Tiernan Engineering · Full-time',
        'Sep 2013 - Feb 2015 · 1 yr 6 mos',
        'Dublin, Ireland',
      ]),
    ).toMatchObject({
      company: 'Tiernan Engineering',
      title: 'Graduate Automation Engineer',
      start: '2013-09',
    });
  });

  it('takes the employer in brackets after a site ("Milton FC (Cedarline Grocers)")', () => {
    expect(parseHeader(['**2019–2022 · WMS Systems Lead · Milton FC (Cedarline Grocers)**'])).toMatchObject({
      company: 'Cedarline Grocers',
      title: 'WMS Systems Lead',
    });
    expect(
      parseHeader([
        '**2022–now · WMS Implementation Consultant · Remote + client sites (Northbeam Supply Chain Partners)**',
      ]).company,
    ).toBe('Northbeam Supply Chain Partners');
    expect(parseHeader(['**2019–2022 · Data Engineer · Voltbike (Berlin)**']).company).toBe('Voltbike');
  });
});

describe('header shapes the new readings must leave alone (second reading)', () => {
  it('keeps a town in brackets after a site as a note, and a firm whose name is a function', () => {
    expect(parseHeader(['Warehouse Operative | Amazon FC (Dartford) | 2019 – 2021']).company).toBe(
      'Amazon FC',
    );
    expect(parseHeader(['Valuation Analyst, Brand Finance, London, 2018 – 2020']).company).toBe(
      'Brand Finance',
    );
  });
  it('reads no range in a product version or a financial year', () => {
    expect(findDateRange('Windows Server 2008/2012')).toBeUndefined();
    expect(findDateRange('FY2019/2020')).toBeUndefined();
  });
});

describe('a date range a converter wrapped after its dash', () => {
  it('is read across the two lines', () => {
    expect(
      parseHeader(['Owner’s Representative | Brackenridge University | Sep 2022 --', 'Present']),
    ).toMatchObject({
      company: 'Brackenridge University',
      start: '2022-09',
      end: 'present',
    });
    expect(
      parseHeader(['Site Engineer | Corrigan & Doyle Contractors Ltd | Sept 2013 --', 'Jan 2018']).end,
    ).toBe('2018-01');
  });
});

/** Job lines of the thirteenth reviewer batch: functions and segments after a title's comma, LinkedIn's role groups. */
describe('a title with its function, segment or desk after the comma', () => {
  it.each([
    [
      'Sr Scientist II, Analytical | Tyrell Therapeutics | Q3 2019 – Q1 2022',
      'Senior Scientist II, Analytical',
    ],
    [
      'Quantitative Developer, Short-Term Power          Eichwald Energiehandel GmbH          Oct 2021 – date',
      'Quantitative Developer, Short-Term Power',
    ],
    [
      'Associate Scientist, Medicinal Chemistry — Quillon Therapeutics, Cambridge MA (2014–2019)',
      'Associate Scientist, Medicinal Chemistry',
    ],
  ])('%s → %s, when another field names the employer', (line, title) => {
    expect(parseHeader([line]).title).toBe(title);
  });

  it('reads two role lines under a heading that names only the employer as one job (a promotion)', () => {
    const header = parseHeader([
      'Brightwave HR (Boulder, CO)',
      'Senior Manager, CS Operations — Aug 2020 – Mar 2022',
      'Customer Success Manager, Mid-Market — Jan 2019 – Jul 2020',
    ]);
    expect(header).toMatchObject({ company: 'Brightwave HR', title: 'Senior Manager, CS Operations' });
  });

  it('still reads a company after the comma when it is the only name ("Analyst, Northwind Power")', () => {
    expect(parseHeader(['Analyst, Northwind Power — 2019 – 2021'])).toMatchObject({
      title: 'Analyst',
      company: 'Northwind Power',
    });
    expect(parseHeader(['Data Engineer, Acme Corp — 2019 – 2021']).company).toBe('Acme Corp');
  });
});

describe('notes and units around an employer (thirteenth batch)', () => {
  it('takes the institution a department belongs to as the employer', () => {
    expect(
      parseHeader([
        '2016 - 2019     Postdoctoral Research Associate, Department of Meteorology,',
        'University of Reading',
      ]).company,
    ).toBe('University of Reading');
    expect(parseHeader(['Lecturer — Department of History (2010 – 2014)']).company).toBe(
      'Department of History',
    );
  });

  it('drops a count of what the employer has and a duration left alone in brackets', () => {
    expect(
      parseHeader(['*Aire Valley Learning Trust (7 schools), Shipley* | Sept 2021 – present']).company,
    ).toBe('Aire Valley Learning Trust');
    expect(parseHeader(['Engineer — Acme (3 months, 2022)']).company).toBe('Acme');
  });
});

describe('terse bullet job lines (thirteenth batch)', () => {
  it('reads an arrow to nothing as a range still open, and the terms of a post before its employer', () => {
    expect(parseHeader(['**Accessibility Lead** — Harrowgate Building Society — 2022→'])).toMatchObject({
      start: '2022',
      end: 'present',
    });
    expect(isJobHeaderLine('Contract · Ashby Vale District Council · 6 mo, 2019')).toBe(true);
    expect(isJobHeaderLine('Award · Royal Society · 2019')).toBe(false);
  });
});

describe('shapes the thirteenth batch’s readings must leave alone (second reading)', () => {
  it.each([
    ['Field Engineer | Pacific Gas | Oakland, CA | 2015 – 2019', 'Field Engineer', 'Pacific Gas'],
    [
      'Control Room Operator | Atlantic Power | Hopewell, VA | 2015 – 2019',
      'Control Room Operator',
      'Atlantic Power',
    ],
    ['Management Trainee | Enterprise | Leeds, UK | 2015 – 2019', 'Management Trainee', 'Enterprise'],
  ])('%s keeps its employer', (line, title, company) => {
    expect(parseHeader([line])).toMatchObject({ title, company });
  });
  it('reads employment types before the employer, and no note inside a job as a job line', () => {
    expect(parseHeader(['Locum · Royal Free Hospital · 3 mos, 2021']).company).toBe('Royal Free Hospital');
    expect(parseHeader(['Temp · Office Angels · 2018']).company).toBe('Office Angels');
    expect(isJobHeaderLine('Fixed-term · extended twice · 2017')).toBe(false);
  });
});
