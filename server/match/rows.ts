import type { Evidence, MatchJob, Stance } from '../../contract/graphql.js';

/** A person the query found. */
export interface PersonRow {
  id: string;
  name: string;
}

export interface JobRow extends MatchJob {
  ordinal: number;
}

/** One job's use of one tool; `evidence` only for the tools the posting names. */
export interface UsedRow {
  job: string;
  tool: string;
  name: string;
  vendor: string | null;
  category: string | null;
  stance: Stance;
  evidence: Evidence[];
}

export interface MentionRow {
  job: string;
  tool: string;
  stance: Stance;
  evidence: Evidence[];
}

export interface ClaimRow {
  tool: string;
  evidence: Evidence[];
}

/** One person's tools, as cypher/queries/match.cypher reads them. */
export interface Profile {
  jobs: JobRow[];
  used: UsedRow[];
  mentioned: MentionRow[];
  claimed: ClaimRow[];
}

export interface MatchRows {
  /** Up to 11 people: the one asked for, or everyone (more than one means the question must name one). */
  people: PersonRow[];
  profile: Profile | null;
}

/** The graph stores stances as the seeder writes them ("migrated-from"); the API spells them as its enum. */
export const stanceOf = (value: unknown): Stance =>
  (typeof value === 'string' ? value : 'used').toUpperCase().replace(/-/g, '_') as Stance;

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Types the query's row at the data-access edge (numbers are plain already: Database.read converts them). */
export function toMatchRows(row: Record<string, unknown> | undefined): MatchRows {
  const people = ((row?.people as PersonRow[] | undefined) ?? []).map((p) => ({ id: p.id, name: p.name }));
  const raw = row?.profile as Record<string, unknown[]> | null | undefined;
  if (!raw) return { people, profile: null };
  const jobs = (raw.jobs as Record<string, unknown>[]).map((j) => ({
    id: String(j.id),
    label: String(j.label ?? j.id),
    title: text(j.title),
    company: text(j.company),
    startDate: text(j.startDate),
    endDate: text(j.endDate),
    ordinal: Number(j.ordinal ?? 0),
  }));
  const used = (raw.used as Record<string, unknown>[]).map((u) => ({
    job: String(u.job),
    tool: String(u.tool),
    name: String(u.name),
    vendor: text(u.vendor),
    category: text(u.category),
    stance: stanceOf(u.stance),
    evidence: u.evidence as Evidence[],
  }));
  const mentioned = (raw.mentioned as Record<string, unknown>[]).map((m) => ({
    job: String(m.job),
    tool: String(m.tool),
    stance: stanceOf(m.stance),
    evidence: m.evidence as Evidence[],
  }));
  const claimed = (raw.claimed as Record<string, unknown>[]).map((c) => ({
    tool: String(c.tool),
    evidence: c.evidence as Evidence[],
  }));
  return { people, profile: { jobs, used, mentioned, claimed } };
}
