import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { readPosting } from '../../seed/match/posting.js';
import type { Taxonomy } from '../../seed/taxonomy/load.js';
import { ToolMatcher } from '../../seed/taxonomy/matcher.js';

/** The labelled job postings (written before the posting reader, by someone else): test/fixtures/postings. */
export const POSTINGS_DIR = join(import.meta.dirname, '../../test/fixtures/postings');

const labelsSchema = z.object({
  posting: z.string(),
  requirements: z.array(z.object({ tool: z.string(), priority: z.enum(['must', 'nice']), line: z.number() })),
  alternatives: z.array(z.array(z.string())).nullish(),
  unrecognised: z.array(z.string()).nullish(),
  incidental: z.array(z.string()).nullish(),
});

export interface PostingScore {
  name: string;
  /** Requirements found that the labels hold, of those found (incidental tools are neither right nor wrong). */
  found: number;
  correct: number;
  gold: number;
  /** Of the labelled requirements found, how many have the labelled priority. */
  priorityRight: number;
  /** Labelled unrecognised terms the reader reported (a misspelling counts when it is listed under its own words). */
  unrecognisedFound: number;
  unrecognisedGold: number;
  /** Labelled alternative sets whose found members share one group. */
  groupsRight: number;
  groupsGold: number;
  errors: string[];
}

/** Scores the posting reader on every labelled posting. */
export function scorePostings(taxonomy: Taxonomy, dir = POSTINGS_DIR): PostingScore[] {
  const matcher = new ToolMatcher(taxonomy);
  const files = readdirSync(dir).filter((f) => f.endsWith('.labels.yaml'));
  return files.map((file) => {
    const labels = labelsSchema.parse(parse(readFileSync(join(dir, file), 'utf8')));
    const posting = readPosting(readFileSync(join(dir, labels.posting), 'utf8'), taxonomy, matcher);
    const gold = new Map(labels.requirements.map((r) => [r.tool.toLowerCase(), r]));
    const incidental = new Set((labels.incidental ?? []).map((t) => t.toLowerCase()));
    const errors: string[] = [];
    let found = 0;
    let correct = 0;
    let priorityRight = 0;
    for (const r of posting.requirements) {
      const key = r.name.toLowerCase();
      if (incidental.has(key) && !gold.has(key)) continue;
      found++;
      const g = gold.get(key);
      if (!g) {
        errors.push(`phantom: ${r.name} (line ${r.line}, "${r.written}")`);
        continue;
      }
      correct++;
      if (g.priority === r.priority) priorityRight++;
      else
        errors.push(
          `priority: ${r.name} is ${g.priority}, read as ${r.priority} (${r.because}, line ${r.line})`,
        );
    }
    const names = new Set(posting.requirements.map((r) => r.name.toLowerCase()));
    for (const g of labels.requirements)
      if (!names.has(g.tool.toLowerCase())) errors.push(`missed: ${g.tool} (line ${g.line})`);
    const terms = posting.unrecognised.map((u) => u.term.toLowerCase());
    const unrecognised = labels.unrecognised ?? [];
    let unrecognisedFound = 0;
    for (const u of unrecognised) {
      if (terms.some((t) => t.includes(u.toLowerCase()) || u.toLowerCase().includes(t))) unrecognisedFound++;
      else errors.push(`unrecognised term not reported: ${u}`);
    }
    const groupOf = new Map(posting.requirements.map((r) => [r.name.toLowerCase(), r.group]));
    let groupsRight = 0;
    for (const set of labels.alternatives ?? []) {
      const groups = set.map((t) => groupOf.get(t.toLowerCase())).filter((g) => g !== undefined);
      if (groups.length >= 2 && groups[0] !== null && groups.every((g) => g === groups[0])) groupsRight++;
      else errors.push(`alternatives not grouped: ${set.join(' / ')}`);
    }
    return {
      name: labels.posting,
      found,
      correct,
      gold: labels.requirements.length,
      priorityRight,
      unrecognisedFound,
      unrecognisedGold: unrecognised.length,
      groupsRight,
      groupsGold: (labels.alternatives ?? []).length,
      errors,
    };
  });
}

export interface PostingTotals {
  precision: number;
  recall: number;
  priority: number;
  unrecognised: number;
  alternatives: number;
}

export function totalPostings(scores: readonly PostingScore[]): PostingTotals {
  const sum = (f: (s: PostingScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    precision: ratio(
      sum((s) => s.correct),
      sum((s) => s.found),
    ),
    recall: ratio(
      sum((s) => s.correct),
      sum((s) => s.gold),
    ),
    priority: ratio(
      sum((s) => s.priorityRight),
      sum((s) => s.correct),
    ),
    unrecognised: ratio(
      sum((s) => s.unrecognisedFound),
      sum((s) => s.unrecognisedGold),
    ),
    alternatives: ratio(
      sum((s) => s.groupsRight),
      sum((s) => s.groupsGold),
    ),
  };
}
