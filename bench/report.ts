/**
 * Rebuilds bench/results/latest.md from several results files, when the scales were measured in separate runs
 * (L alone takes long): `npx tsx bench/report.ts <results.json | partial-results.json>...`. Later files win for a
 * scale measured twice; extraction and front-end numbers come from the last file that has them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../db/paths.js';
import { evaluateGoals } from './report/goals.js';
import { renderMarkdown } from './report/markdown.js';
import type { BenchResults, ScaleResult } from './types.js';

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write('Usage: npx tsx bench/report.ts <results.json | partial-results.json>...\n');
  process.exit(2);
}
let merged: BenchResults | undefined;
const scales = new Map<string, ScaleResult>();
const commands: string[] = [];
for (const file of files) {
  const data = JSON.parse(readFileSync(file, 'utf8')) as BenchResults | ScaleResult[];
  const list = Array.isArray(data) ? data : data.scales;
  for (const s of list) scales.set(s.scale, s);
  if (Array.isArray(data)) continue;
  commands.push(data.command);
  merged = merged
    ? {
        ...merged,
        ...data,
        extraction: data.extraction ?? merged.extraction,
        frontend: data.frontend ?? merged.frontend,
        errors: [...(merged.errors ?? []), ...(data.errors ?? [])],
      }
    : { ...data, errors: data.errors ?? [], loadAverageAtEnd: data.loadAverageAtEnd ?? Number.NaN };
}
if (!merged) throw new Error('at least one complete results file (not only partial-results.json) is needed');
merged.scales = (['S', 'M', 'L'] as const)
  .map((s) => scales.get(s))
  .filter((s): s is ScaleResult => Boolean(s));
merged.command = commands.join('` + `');
merged.goals = evaluateGoals(merged);
const out = join(packageRoot(), 'bench', 'results', 'latest.md');
writeFileSync(out, renderMarkdown(merged));
writeFileSync(join(packageRoot(), 'bench', 'results', 'merged.json'), `${JSON.stringify(merged, null, 2)}\n`);
process.stderr.write(`wrote ${out}\n`);
