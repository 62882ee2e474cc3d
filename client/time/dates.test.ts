import { describe, expect, it } from 'vitest';
import { duration, formatDate, jobSpan, toolWhen } from './dates.js';

const NOW = new Date(2025, 6, 1);

describe('job dates', () => {
  it('reads the three forms the API gives, and writes them for people', () => {
    expect(formatDate('2021-03')).toBe('Mar 2021');
    expect(formatDate('2017')).toBe('2017');
    expect(formatDate('present')).toBe('present');
    expect(formatDate(null)).toBe('');
  });

  it('places a span from the start of its first period to the end of its last', () => {
    expect(jobSpan('2017', '2021', NOW)).toMatchObject({
      from: 2017,
      to: 2022,
      fromText: '2017',
      toText: '2021',
    });
    const month = jobSpan('2021-03', '2021-08', NOW);
    expect(month?.from).toBeCloseTo(2021 + 2 / 12);
    expect(month?.to).toBeCloseTo(2021 + 8 / 12);
  });

  it('runs an ongoing job to today, and a job known by its start alone for that period', () => {
    const ongoing = jobSpan('2021-03', 'present', NOW);
    expect(ongoing?.ongoing).toBe(true);
    expect(ongoing?.to).toBeCloseTo(2025.5, 1);
    expect(ongoing?.toText).toBe('present');
    expect(jobSpan('2019', null, NOW)).toMatchObject({ from: 2019, to: 2020, toText: '2019' });
  });

  it('has no span without a usable start', () => {
    expect(jobSpan(null, '2020', NOW)).toBeNull();
    expect(jobSpan('spring', '2020', NOW)).toBeNull();
    expect(jobSpan('2019-13', '2020', NOW)).toBeNull();
  });

  it('says how long in the unit a person would use', () => {
    expect(duration(0.4)).toBe('5 months');
    expect(duration(1)).toBe('1 year');
    expect(duration(4.3)).toBe('about 4 years');
    expect(duration(5)).toBe('5 years');
  });
});

describe('when a tool was used', () => {
  const job = (id: string, company: string, startDate: string | null, endDate: string | null) => ({
    id,
    company: { name: company },
    startDate,
    endDate,
  });

  it('is last used in the job that ends last, over the span from the first start', () => {
    const when = toolWhen(
      [job('job:1', 'Petra Labs', '2017', '2021'), job('job:2', 'Wadi Freight', '2021-03', 'present')],
      NOW,
    );
    expect(when?.last).toMatchObject({ jobId: 'job:2', company: 'Wadi Freight', text: 'now', ongoing: true });
    expect(when?.span).toMatchObject({ fromText: '2017', toText: 'present' });
    expect(when?.undated).toBe(0);
  });

  it('counts the jobs without dates, and has nothing to say when no job has dates', () => {
    const when = toolWhen(
      [job('job:1', 'Petra Labs', '2017', '2021'), job('job:2', 'Acme', null, null)],
      NOW,
    );
    expect(when?.last.text).toBe('2021');
    expect(when?.undated).toBe(1);
    expect(toolWhen([job('job:2', 'Acme', null, null)], NOW)).toBeNull();
  });
});
