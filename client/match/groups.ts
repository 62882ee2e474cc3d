import type { MatchStatus, Priority } from '../../contract/graphql.js';
import type { CoverageData, MatchData, RequirementData } from '../api/operations.js';
import { duration, formatDate } from '../time/dates.js';

/**
 * The order the panel lists statuses in: strongest proof first, so what can be said with evidence is read before
 * what cannot. Claimed-only comes right after evidenced because it is the claim a reviewer will ask about.
 */
export const STATUS_ORDER: readonly MatchStatus[] = [
  'EVIDENCED',
  'CLAIMED_ONLY',
  'MENTIONED',
  'ADJACENT',
  'MISSING',
];

/** How each status is named in the panel, and what it means in one line (shown under the group's heading). */
export const STATUS_TEXT: Record<MatchStatus, { label: string; hint: string }> = {
  EVIDENCED: { label: 'Evidenced', hint: 'A job’s text shows it used.' },
  CLAIMED_ONLY: {
    label: 'Claimed only',
    hint: 'A skills list claims it, but no job shows it used: the weakest claim a résumé makes.',
  },
  MENTIONED: {
    label: 'Mentioned',
    hint: 'Named in a job without being chosen there: evaluated, planned, replaced.',
  },
  ADJACENT: { label: 'Adjacent', hint: 'Not used, but a close substitute was.' },
  MISSING: { label: 'Missing', hint: 'Nothing in the graph shows it.' },
};

export const PRIORITY_TEXT: Record<Priority, string> = { MUST: 'must', NICE: 'nice' };

export interface StatusGroup {
  status: MatchStatus;
  requirements: RequirementData[];
}

/**
 * Requirements grouped by status in STATUS_ORDER, empty groups left out. Within a group the server's order stays
 * (must-haves first, then as the posting names them), so the list still reads like the posting.
 */
export function groupByStatus(requirements: readonly RequirementData[]): StatusGroup[] {
  return STATUS_ORDER.map((status) => ({
    status,
    requirements: requirements.filter((r) => r.status === status),
  })).filter((g) => g.requirements.length > 0);
}

/**
 * One priority's coverage in plain words: "3 of 4 evidenced; 1 missing". Null when the posting asks for none of that
 * priority. Alternatives ("Kafka or NATS") are counted once by the server, so these counts can be smaller than the
 * number of items listed.
 */
export function coverageText(c: CoverageData): string | null {
  if (c.total === 0) return null;
  const rest = [
    [c.claimedOnly, 'claimed only'],
    [c.mentioned, 'mentioned'],
    [c.adjacent, 'close substitute'],
    [c.missing, 'missing'],
  ]
    .filter(([n]) => Number(n) > 0)
    .map(([n, what]) => `${n} ${what}`);
  return `${c.evidenced} of ${c.total} evidenced${rest.length ? `; ${rest.join(', ')}` : ''}`;
}

/** Both priorities' coverage, must-haves first, leaving out a priority the posting does not use. */
export function coverageRows(summary: MatchData['summary']): { name: string; text: string }[] {
  const rows = [
    { name: 'Must-haves', text: coverageText(summary.must) },
    { name: 'Nice-to-haves', text: coverageText(summary.nice) },
  ];
  return rows.filter((row): row is { name: string; text: string } => row.text !== null);
}

/**
 * When a requirement was used, from its jobs' dates: "Last used: present · Mar 2021 – present (about 5 years)".
 * Null when it was not used or its jobs have no dates.
 */
export function recencyText(r: Pick<RequirementData, 'lastUsed' | 'firstUsed' | 'years'>): string | null {
  if (!r.lastUsed) return null;
  const last = `Last used: ${formatDate(r.lastUsed)}`;
  if (!r.firstUsed) return last;
  const span = `${formatDate(r.firstUsed)} – ${formatDate(r.lastUsed)}`;
  return `${last} · ${span}${r.years !== null && r.years > 0 ? ` (${duration(r.years)})` : ''}`;
}

/** "Truist Financial Corporation" or the job's label when it names no company; the job's title after it. */
export function jobLine(job: { label: string; title: string | null; company: string | null }): string {
  const where = job.company ?? job.label;
  return job.title ? `${where} — ${job.title}` : where;
}
