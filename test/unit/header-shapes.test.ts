import { describe, expect, it } from 'vitest';
import { findDateRange } from '../../seed/structure/dates.js';
import { parseHeader } from '../../seed/structure/header.js';

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
