import type {
  AdjacentTool,
  KnownTool,
  MatchJob,
  MatchStatus,
  MatchUsage,
  Priority,
  Requirement,
} from '../../contract/graphql.js';
import type { PostingRequirement } from '../../seed/index.js';
import { bestEvidence } from './evidence.js';
import { byRecency, spanOf } from './recency.js';
import type { JobRow, Profile, UsedRow } from './rows.js';

/**
 * Statuses from strongest to weakest: a group of alternatives takes its best member's. A mention outranks a
 * substitute: having evaluated Pulsar says more about Pulsar than having used Kafka does (both are shown).
 */
export const STATUS_ORDER: MatchStatus[] = ['EVIDENCED', 'CLAIMED_ONLY', 'MENTIONED', 'ADJACENT', 'MISSING'];

/** What the judge needs to know about tools beyond the graph: the taxonomy's view of any tool. */
export interface ToolInfo {
  byId(id: string): KnownTool | null;
  /** A category's display name, by graph id ("category:streaming"). */
  categoryName(id: string): string | null;
}

const MOST_ADJACENT = 3;
/** Stewards of many unrelated projects: sharing one says nothing about two tools being alike. */
const FOUNDATIONS =
  /^(?:apache|the apache software foundation|apache software foundation|cncf|linux foundation|eclipse foundation|openjs foundation|python software foundation|community|open source)$/i;

const toJob = (j: JobRow): MatchJob => ({
  id: j.id,
  label: j.label,
  title: j.title,
  company: j.company,
  startDate: j.startDate,
  endDate: j.endDate,
});

const STANCE_WORDS: Record<string, string> = {
  EVALUATED: 'evaluated',
  OTHERS: "named as someone else's",
  PLANNED: 'planned',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const where = (j: MatchJob) => j.company ?? j.label;

/** A person's profile, indexed for judging many requirements. */
class Index {
  readonly jobs: Map<string, JobRow>;
  readonly usedBy = new Map<string, UsedRow[]>();

  constructor(readonly profile: Profile) {
    this.jobs = new Map(profile.jobs.map((j) => [j.id, j]));
    for (const u of profile.used) {
      const list = this.usedBy.get(u.tool) ?? [];
      list.push(u);
      this.usedBy.set(u.tool, list);
    }
  }

  /** The jobs behind some rows, most recent first, each once. */
  jobsOf(rows: readonly { job: string }[]): JobRow[] {
    const ids = [...new Set(rows.map((r) => r.job))];
    return ids
      .map((id) => this.jobs.get(id))
      .filter((j): j is JobRow => Boolean(j))
      .sort((a, b) => byRecency(a, b));
  }
}

function usagesOf(
  index: Index,
  rows: readonly { job: string; stance: MatchUsage['stance']; evidence: MatchUsage['evidence'] }[],
): MatchUsage[] {
  return index.jobsOf(rows).map((job) => {
    const mine = rows.filter((r) => r.job === job.id);
    return {
      job: toJob(job),
      stance: mine[0]?.stance ?? 'USED',
      evidence: bestEvidence(mine.flatMap((r) => r.evidence)),
    };
  });
}

/**
 * Tools the person used in the requirement's category, the closest first: same vendor, then most jobs, then most
 * recent. "No Pulsar, but Kafka at Truist and Pfizer."
 */
function adjacentTo(req: PostingRequirement, index: Index, tools: ToolInfo): AdjacentTool[] {
  const category = `category:${req.categoryId}`;
  const vendor = req.vendor && !FOUNDATIONS.test(req.vendor) ? req.vendor : null;
  const wanted = req.toolId;
  const byTool = new Map<string, UsedRow[]>();
  for (const [tool, rows] of index.usedBy) {
    if (tool === wanted || rows[0]?.category !== category) continue;
    byTool.set(tool, rows);
  }
  const categoryName = tools.categoryName(category) ?? req.category ?? 'the same category';
  return [...byTool.entries()]
    .map(([tool, rows]) => ({
      tool,
      rows,
      jobs: index.jobsOf(rows),
      sameVendor: vendor !== null && rows[0]?.vendor === vendor,
    }))
    .sort(
      (a, b) =>
        Number(b.sameVendor) - Number(a.sameVendor) ||
        b.jobs.length - a.jobs.length ||
        byRecency(a.jobs[0] as JobRow, b.jobs[0] as JobRow) ||
        (a.rows[0]?.name ?? '').localeCompare(b.rows[0]?.name ?? ''),
    )
    .slice(0, MOST_ADJACENT)
    .map(({ tool, rows, jobs, sameVendor }) => ({
      tool: tools.byId(tool) ?? {
        id: tool,
        name: rows[0]?.name ?? tool,
        aliases: [],
        category: categoryName,
      },
      reason: `${sameVendor ? 'same vendor and ' : ''}same category as ${req.name}: ${categoryName}`,
      jobs: jobs.map(toJob),
    }));
}

function explain(
  status: MatchStatus,
  r: Pick<Requirement, 'usages' | 'mentions' | 'adjacent' | 'claims' | 'lastUsed'>,
): string {
  switch (status) {
    case 'EVIDENCED': {
      const latest = r.usages[0]?.job;
      const n = r.usages.length;
      // Without dates there is no "most recently": the jobs are named in document order instead.
      if (latest && (latest.startDate || latest.endDate))
        return `Used in ${plural(n, 'job')}, most recently at ${where(latest)}${r.lastUsed ? ` (until ${r.lastUsed})` : ''}.`;
      const names = r.usages.map((u) => where(u.job));
      return `Used in ${plural(n, 'job')}: ${names.slice(0, 3).join(', ')}${n > 3 ? `, and ${n - 3} more` : ''}.`;
    }
    case 'CLAIMED_ONLY':
      return `Claimed in ${r.claims[0]?.section ?? 'a skills list'}, but no job's text shows it used: reviewers discount such claims, so say where you used it.`;
    case 'ADJACENT': {
      // The two closest, so an even choice is shown as one: "Amazon Kinesis (...) and Apache Kafka (...) were".
      const [a, b] = r.adjacent;
      if (!a) return 'Not used.';
      const used = (x: AdjacentTool) => `${x.tool.name} (${x.jobs.map(where).join(', ')})`;
      // What the two share: the category always, the vendor only when both have it.
      const shared = a.reason === b?.reason ? a.reason : a.reason.replace(/^same vendor and /, '');
      return b
        ? `Not used, but ${used(a)} and ${used(b)} were: ${shared}.`
        : `Not used, but ${used(a)} was: ${a.reason}.`;
    }
    case 'MENTIONED': {
      const moved = r.usages[0];
      if (moved) return `In use at ${where(moved.job)} until the job moved away from it.`;
      const m = r.mentions[0];
      return m
        ? `Not used: ${STANCE_WORDS[m.stance] ?? 'mentioned'} at ${where(m.job)}.`
        : 'Mentioned, not used.';
    }
    default:
      return 'Nothing in the graph shows it.';
  }
}

const priorityOf = (p: PostingRequirement['priority']): Priority => (p === 'must' ? 'MUST' : 'NICE');

/** Judges each requirement against the person's profile (null: an empty graph, where everything is missing). */
export function judge(
  requirements: readonly PostingRequirement[],
  profile: Profile | null,
  tools: ToolInfo,
): Requirement[] {
  const index = profile ? new Index(profile) : undefined;
  const judged = requirements.map((req) => {
    const used = index?.usedBy.get(req.toolId) ?? [];
    const usages = index ? usagesOf(index, used) : [];
    const mentions = index
      ? usagesOf(
          index,
          index.profile.mentioned.filter((m) => m.tool === req.toolId),
        )
      : [];
    const claims = profile?.claimed.find((c) => c.tool === req.toolId)?.evidence ?? [];
    const claimed = Boolean(profile?.claimed.some((c) => c.tool === req.toolId));
    const adjacent =
      index && !usages.some((u) => u.stance !== 'MIGRATED_FROM') ? adjacentTo(req, index, tools) : [];
    // A job that moved off a tool ran it, but did not choose it: that counts as a mention, with its sentences shown.
    const chosen = usages.some((u) => u.stance !== 'MIGRATED_FROM');
    const status: MatchStatus = chosen
      ? 'EVIDENCED'
      : claimed
        ? 'CLAIMED_ONLY'
        : mentions.length || usages.length
          ? 'MENTIONED'
          : adjacent.length
            ? 'ADJACENT'
            : 'MISSING';
    const span = spanOf(usages.map((u) => u.job));
    const parts = { usages, mentions, adjacent, claims, lastUsed: span.last };
    return {
      tool: tools.byId(req.toolId) ?? { id: req.toolId, name: req.name, aliases: [], category: req.category },
      priority: priorityOf(req.priority),
      because: req.because,
      status,
      explanation: explain(status, parts),
      sentence: req.sentence,
      line: req.line,
      section: req.section,
      written: req.written,
      group: req.group,
      jobCount: usages.length,
      firstUsed: span.first,
      years: span.years,
      ...parts,
    };
  });
  // Must-haves first, each priority in the posting's order.
  return judged.sort((a, b) =>
    a.priority === b.priority ? a.line - b.line : a.priority === 'MUST' ? -1 : 1,
  );
}
