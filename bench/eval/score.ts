import { companyKey } from '../../seed/extract/company.js';
import type { Job, PersonDocument } from '../../seed/model.js';
import type { ToolMatcher } from '../../seed/taxonomy/matcher.js';
import { type GoldDocument, type GoldJob, LABEL_STANCES, type LabelStance } from './labels.js';

/**
 * Scores what the seeder extracted from one labelled document against its labels, as a careful reader would
 * check it: jobs paired up by sequence alignment, then tools, stances, companies, titles and dates compared.
 */

/** The label names of stances, as the seeder names them. */
const STANCE_OF_LABEL: Record<LabelStance, string> = {
  used: 'used',
  migratedFrom: 'migrated-from',
  evaluated: 'evaluated',
  othersUse: 'others',
  planned: 'planned',
};

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface DocumentScore {
  name: string;
  style: string;
  field: string;
  goldJobs: number;
  extractedJobs: number;
  phantomJobs: string[];
  missedJobs: string[];
  tools: Counts;
  falsePositives: string[];
  falseNegatives: string[];
  companies: { right: number; total: number; wrong: string[] };
  titles: { right: number; total: number; wrong: string[] };
  dates: { right: number; total: number; wrong: string[] };
  stances: { right: number; total: number; wrong: string[] };
  person: boolean;
  /** Label names the taxonomy does not know (they count as misses). */
  unknownNames: string[];
}

const norm = (s: string | null | undefined) =>
  (s ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** "2019-03", "2019", "present" or null, from whatever the seeder wrote. */
export function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim().toLowerCase();
  if (/^(present|now|current|today|ongoing)$/.test(v)) return 'present';
  const ym = /^(\d{4})-(\d{1,2})/.exec(v);
  if (ym) return `${ym[1]}-${String(ym[2]).padStart(2, '0')}`;
  const y = /^(\d{4})$/.exec(v);
  return y ? (y[1] as string) : v;
}

/** What the seeder says of each tool of a job: its stance, by tool id. */
export function stancesOf(job: Job): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of job.tools) out.set(t.toolId, t.stance ?? 'used');
  for (const m of job.otherMentions ?? []) if (!out.has(m.toolId)) out.set(m.toolId, m.stance);
  return out;
}

function similarity(gold: GoldJob, job: Job, goldTools: Set<string>): number {
  let score = 0;
  const gk = gold.company ? companyKey(gold.company) : '';
  const ek = job.company ? companyKey(job.company) : '';
  if (gk && ek && (gk === ek || gk.startsWith(`${ek}-`) || ek.startsWith(`${gk}-`))) score += 3;
  if (gold.title && job.title && norm(gold.title) === norm(job.title)) score += 1;
  if (normaliseDate(gold.start) && normaliseDate(gold.start) === normaliseDate(job.startDate)) score += 1;
  const found = new Set(job.tools.map((t) => t.toolId));
  const shared = [...goldTools].filter((t) => found.has(t)).length;
  const union = new Set([...goldTools, ...found]).size;
  if (union > 0) score += (2 * shared) / union;
  return score;
}

/** Pairs gold and extracted jobs in order, maximising similarity (Needleman–Wunsch with free gaps). */
export function alignJobs(gold: GoldJob[], jobs: Job[], goldTools: Set<string>[]): [number, number][] {
  const n = gold.length;
  const m = jobs.length;
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = similarity(gold[i - 1] as GoldJob, jobs[j - 1] as Job, goldTools[i - 1] as Set<string>);
      const row = best[i] as number[];
      const prev = best[i - 1] as number[];
      row[j] = Math.max(prev[j] as number, row[j - 1] as number, s >= 1 ? (prev[j - 1] as number) + s : -1);
    }
  }
  const pairs: [number, number][] = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const here = (best[i] as number[])[j] as number;
    if (here === (best[i - 1] as number[])[j]) i--;
    else if (here === (best[i] as number[])[j - 1]) j--;
    else {
      pairs.unshift([i - 1, j - 1]);
      i--;
      j--;
    }
  }
  return pairs;
}

export function scoreDocument(
  gold: GoldDocument,
  person: PersonDocument | undefined,
  matcher: ToolMatcher,
): DocumentScore {
  const unknownNames = new Set<string>();
  const resolve = (names: string[]) => {
    const ids = new Set<string>();
    for (const name of names) {
      const id = matcher.lookupExact(name);
      if (id) ids.add(id);
      else unknownNames.add(name);
    }
    return ids;
  };
  const jobs = person?.jobs ?? [];
  const goldUsed = gold.jobs.map((g) => resolve(g.used));
  const goldStances = gold.jobs.map((g) => {
    const map = new Map<string, string>();
    for (const stance of LABEL_STANCES)
      for (const id of resolve(g[stance])) map.set(id, STANCE_OF_LABEL[stance]);
    return map;
  });
  const pairs = alignJobs(gold.jobs, jobs, goldUsed);
  const pairedGold = new Set(pairs.map(([g]) => g));
  const pairedJobs = new Set(pairs.map(([, j]) => j));
  const label = (j: Job) => `${j.title ?? '?'} at ${j.company ?? '?'} (line ${j.line})`;
  const score: DocumentScore = {
    name: gold.name,
    style: gold.style,
    field: gold.field,
    goldJobs: gold.jobs.length,
    extractedJobs: jobs.length,
    phantomJobs: jobs.filter((_, j) => !pairedJobs.has(j)).map(label),
    missedJobs: gold.jobs
      .filter((_, g) => !pairedGold.has(g))
      .map((g) => `${g.title ?? '?'} at ${g.company ?? '?'}`),
    tools: { tp: 0, fp: 0, fn: 0 },
    falsePositives: [],
    falseNegatives: [],
    companies: { right: 0, total: gold.jobs.length, wrong: [] },
    titles: { right: 0, total: 0, wrong: [] },
    dates: { right: 0, total: 0, wrong: [] },
    stances: { right: 0, total: 0, wrong: [] },
    person: norm(person?.person.name) === norm(gold.person),
    unknownNames: [],
  };
  const usedOf = (job: Job) =>
    new Set(job.tools.filter((t) => (t.stance ?? 'used') === 'used').map((t) => t.toolId));
  // Tools of phantom jobs are false positives; tools of missed jobs are misses.
  for (const [j, job] of jobs.entries()) {
    if (pairedJobs.has(j)) continue;
    for (const id of usedOf(job)) {
      score.tools.fp += 1;
      score.falsePositives.push(`${id} (phantom job ${label(job)})`);
    }
  }
  for (const [g, goldJob] of gold.jobs.entries()) {
    const expected = goldUsed[g] as Set<string>;
    const job = pairs.find(([pg]) => pg === g)?.[1];
    const found = job === undefined ? new Set<string>() : usedOf(jobs[job] as Job);
    const where = goldJob.company ?? goldJob.title ?? `job ${g + 1}`;
    for (const id of found) {
      if (expected.has(id)) score.tools.tp += 1;
      else {
        score.tools.fp += 1;
        score.falsePositives.push(`${id} (${where})`);
      }
    }
    for (const id of expected) {
      if (!found.has(id)) {
        score.tools.fn += 1;
        score.falseNegatives.push(`${id} (${where})`);
      }
    }
    // Names no tool answers to are misses too.
    for (const name of goldJob.used)
      if (!matcher.lookupExact(name)) {
        score.tools.fn += 1;
        score.falseNegatives.push(`"${name}" (not in the taxonomy; ${where})`);
      }
    const extracted = job === undefined ? undefined : (jobs[job] as Job);
    if (extracted && goldJob.company && companyKey(goldJob.company) === companyKey(extracted.company ?? ''))
      score.companies.right += 1;
    else
      score.companies.wrong.push(
        `${goldJob.company} ≠ ${extracted ? (extracted.company ?? '(none)') : '(no job)'}`,
      );
    if (goldJob.title) {
      score.titles.total += 1;
      if (extracted && norm(goldJob.title) === norm(extracted.title)) score.titles.right += 1;
      else score.titles.wrong.push(`${goldJob.title} ≠ ${extracted?.title ?? '(none)'}`);
    }
    for (const [which, goldDate, value] of [
      ['start', goldJob.start, extracted?.startDate],
      ['end', goldJob.end, extracted?.endDate],
    ] as const) {
      score.dates.total += 1;
      if (normaliseDate(goldDate) === normaliseDate(value)) score.dates.right += 1;
      else score.dates.wrong.push(`${where} ${which}: ${goldDate ?? 'none'} ≠ ${value ?? 'none'}`);
    }
    const predicted = extracted ? stancesOf(extracted) : new Map<string, string>();
    for (const [id, stance] of goldStances[g] as Map<string, string>) {
      score.stances.total += 1;
      const got = predicted.get(id) ?? 'absent';
      if (got === stance) score.stances.right += 1;
      else score.stances.wrong.push(`${id} in ${where}: ${stance} ≠ ${got}`);
    }
  }
  score.unknownNames = [...unknownNames].sort();
  return score;
}

export const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function precisionRecall(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
