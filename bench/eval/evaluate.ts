import { join } from 'node:path';
import { packageRoot } from '../../db/paths.js';
import { SeedError } from '../../seed/errors.js';
import { extractDocuments } from '../../seed/extract/documents.js';
import { loadTaxonomy, type Taxonomy } from '../../seed/taxonomy/load.js';
import { ToolMatcher } from '../../seed/taxonomy/matcher.js';
import { readCorpus } from './labels.js';
import { type Counts, type DocumentScore, precisionRecall, ratio, scoreDocument } from './score.js';

export const CORPORA = {
  dev: join(packageRoot(), 'test', 'corpus', 'dev'),
  'held-out': join(packageRoot(), 'test', 'corpus', 'held-out'),
} as const;

export interface Summary {
  documents: number;
  goldJobs: number;
  phantomJobs: number;
  missedJobs: number;
  tools: Counts;
  precision: number;
  recall: number;
  f1: number;
  companies: number;
  titles: number;
  dates: number;
  stances: number;
  people: number;
}

/** Adds up document scores into one line of the report. */
export function summarise(scores: DocumentScore[]): Summary {
  const sum = (f: (s: DocumentScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const tools = { tp: sum((s) => s.tools.tp), fp: sum((s) => s.tools.fp), fn: sum((s) => s.tools.fn) };
  return {
    documents: scores.length,
    goldJobs: sum((s) => s.goldJobs),
    phantomJobs: sum((s) => s.phantomJobs.length),
    missedJobs: sum((s) => s.missedJobs.length),
    tools,
    ...precisionRecall(tools),
    companies: ratio(
      sum((s) => s.companies.right),
      sum((s) => s.companies.total),
    ),
    titles: ratio(
      sum((s) => s.titles.right),
      sum((s) => s.titles.total),
    ),
    dates: ratio(
      sum((s) => s.dates.right),
      sum((s) => s.dates.total),
    ),
    stances: ratio(
      sum((s) => s.stances.right),
      sum((s) => s.stances.total),
    ),
    people: ratio(scores.filter((s) => s.person).length, scores.length),
  };
}

/** Extracts every document of a corpus on its own (as a new user would seed it) and scores it. */
export function evaluateCorpus(dir: string, taxonomy: Taxonomy = loadTaxonomy()): DocumentScore[] {
  const matcher = new ToolMatcher(taxonomy);
  return readCorpus(dir).map((gold) => {
    let person: ReturnType<typeof extractDocuments>['people'][number] | undefined;
    try {
      person = extractDocuments([gold.file], { taxonomy }).people[0];
    } catch (error) {
      // A document the seeder refuses scores as nothing found.
      if (!(error instanceof SeedError)) throw error;
    }
    return scoreDocument(gold, person, matcher);
  });
}

/** Scores grouped by document style, plus an "all" line. */
export function byStyle(scores: DocumentScore[]): [string, Summary][] {
  const styles = [...new Set(scores.map((s) => s.style))].sort();
  return [
    ...styles.map(
      (style) => [style, summarise(scores.filter((s) => s.style === style))] as [string, Summary],
    ),
    ['all', summarise(scores)],
  ];
}
