import { describe, expect, it } from 'vitest';
import type { MatchStatus } from '../../contract/graphql.js';
import { coverageRows, coverageText, groupByStatus, jobLine, recencyText } from './groups.js';
import { coverage, requirement } from './test-match.js';

describe('groupByStatus', () => {
  it('lists statuses strongest proof first, leaves empty groups out and keeps the posting order within one', () => {
    const statuses: MatchStatus[] = ['MISSING', 'EVIDENCED', 'ADJACENT', 'EVIDENCED', 'CLAIMED_ONLY'];
    const reqs = statuses.map((status, i) => requirement(`Tool ${i}`, status));
    const groups = groupByStatus(reqs);
    expect(groups.map((g) => g.status)).toEqual(['EVIDENCED', 'CLAIMED_ONLY', 'ADJACENT', 'MISSING']);
    expect(groups[0]?.requirements.map((r) => r.tool.name)).toEqual(['Tool 1', 'Tool 3']);
  });

  it('is empty for a posting that names no known tool', () => {
    expect(groupByStatus([])).toEqual([]);
  });
});

describe('coverage in words', () => {
  it('says how many of each priority are evidenced, and what the rest are', () => {
    expect(coverageText(coverage({ total: 4, evidenced: 3, missing: 1 }))).toBe(
      '3 of 4 evidenced; 1 missing',
    );
    expect(coverageText(coverage({ total: 3, evidenced: 0, adjacent: 1, claimedOnly: 2 }))).toBe(
      '0 of 3 evidenced; 2 claimed only, 1 close substitute',
    );
    expect(coverageText(coverage({ total: 2, evidenced: 2 }))).toBe('2 of 2 evidenced');
  });

  it('leaves out a priority the posting does not use', () => {
    expect(
      coverageRows({ must: coverage({ total: 1, evidenced: 1 }), nice: coverage({ total: 0 }), text: '' }),
    ).toEqual([{ name: 'Must-haves', text: '1 of 1 evidenced' }]);
  });
});

describe('recencyText', () => {
  it('gives the last use and the span of years from dated jobs', () => {
    expect(recencyText({ lastUsed: 'present', firstUsed: '2021-03', years: 4.7 })).toBe(
      'Last used: present · Mar 2021 – present (about 5 years)',
    );
    expect(recencyText({ lastUsed: '2019', firstUsed: '2019', years: 0 })).toBe(
      'Last used: 2019 · 2019 – 2019',
    );
  });

  it('is null when the jobs have no dates', () => {
    expect(recencyText({ lastUsed: null, firstUsed: null, years: null })).toBeNull();
  });
});

describe('jobLine', () => {
  it('names the company and the title, or the job when it names no company', () => {
    expect(jobLine({ label: 'Job 1', title: 'Data Engineer', company: 'Pfizer' })).toBe(
      'Pfizer — Data Engineer',
    );
    expect(jobLine({ label: 'Job 1', title: null, company: null })).toBe('Job 1');
  });
});
