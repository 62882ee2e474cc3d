import type { MatchStatus, Priority } from '../../contract/graphql.js';
import type { CoverageData, MatchData, RequirementData } from '../api/operations.js';

// Builders of match answers for the unit tests of client/match/: the shape the API answers, with only what a test
// names filled in.

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

export function requirement(
  name: string,
  status: MatchStatus,
  options: { priority?: Priority; category?: string | null; jobs?: string[] } = {},
): RequirementData {
  return {
    tool: { id: `tool:${slug(name)}`, name, aliases: [], category: options.category ?? null },
    priority: options.priority ?? 'MUST',
    because: 'under Requirements',
    status,
    explanation: '',
    sentence: `${name} in production`,
    line: 3,
    section: 'Requirements',
    written: name,
    group: null,
    jobCount: options.jobs?.length ?? 0,
    lastUsed: null,
    firstUsed: null,
    years: null,
    usages: (options.jobs ?? []).map((id) => ({
      stance: 'USED',
      job: { id, label: id, title: null, company: null, startDate: null, endDate: null },
      evidence: [],
    })),
    claims: [],
    mentions: [],
    adjacent: [],
  };
}

export function coverage(counts: Partial<CoverageData>): CoverageData {
  return { total: 0, evidenced: 0, claimedOnly: 0, adjacent: 0, mentioned: 0, missing: 0, ...counts };
}

export function match(requirements: RequirementData[]): MatchData {
  return {
    person: { id: 'person:me', name: 'Me' },
    requirements,
    unrecognised: [],
    summary: { must: coverage({}), nice: coverage({}), text: '' },
    markdown: '# Match\n',
  };
}
