import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Job } from '../../seed/model.js';

export interface GoldJob {
  company: string;
  title?: string;
  leadPercent?: number;
  codePercent?: number;
  teamSize?: number;
  tools: string[];
  notTools?: string[];
}

export interface Score {
  truePositives: number;
  falsePositives: { job: string; tool: string }[];
  falseNegatives: { job: string; tool: string }[];
  precision: number;
  recall: number;
}

export function readGold<T>(file: string): T {
  return parse(readFileSync(file, 'utf8')) as T;
}

/** Precision and recall of tool extraction over jobs, paired with their gold in order. */
export function scoreTools(jobs: Job[], gold: GoldJob[]): Score {
  let tp = 0;
  const fp: Score['falsePositives'] = [];
  const fn: Score['falseNegatives'] = [];
  gold.forEach((g, i) => {
    const found = new Set((jobs[i]?.tools ?? []).map((t) => t.toolId));
    const expected = new Set(g.tools);
    for (const t of found) {
      if (expected.has(t)) tp += 1;
      else fp.push({ job: g.company, tool: t });
    }
    for (const t of expected) if (!found.has(t)) fn.push({ job: g.company, tool: t });
  });
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp.length === 0 ? 1 : tp / (tp + fp.length),
    recall: tp + fn.length === 0 ? 1 : tp / (tp + fn.length),
  };
}
