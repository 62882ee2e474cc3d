/**
 * Copies the headline sections of bench/results/latest.md into docs/performance.md (between the `bench:start` and
 * `bench:end` markers), so the documentation shows the latest run rather than numbers typed by hand:
 * `npm run bench:readme` after a full `npm run bench -- --scale all`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../db/paths.js';

/** The latest.md sections docs/performance.md carries, in this order; the rest stays in latest.md. */
const SECTIONS = [
  'Machine',
  'Goals',
  'Seeding',
  'Query latency',
  'Against the Neo4j GraphQL Library',
  'Throughput under concurrency',
  'Front end',
  'What dominates each cost',
];
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** The body of each `## ` section of a Markdown document, by heading. */
export function sections(markdown: string): Map<string, string> {
  const out = new Map<string, string>();
  const parts = markdown.split(/^## /m).slice(1);
  for (const part of parts) {
    const newline = part.indexOf('\n');
    out.set(part.slice(0, newline).trim(), part.slice(newline + 1).trim());
  }
  return out;
}

/** The page with the block between the markers replaced by the chosen sections of `latest`, at the same level. */
export function withBenchSections(readme: string, latest: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`the page has no ${START} … ${END} block`);
  const found = sections(latest);
  const missing = SECTIONS.filter((s) => !found.has(s));
  if (missing.length) throw new Error(`bench/results/latest.md has no section ${missing.join(', ')}`);
  const body = SECTIONS.map((s) => {
    // Seeding's step breakdown and the trace tables stay in latest.md: the first table is the headline.
    const text = found.get(s) as string;
    const trimmed = s === 'Seeding' || s === 'Front end' ? firstTable(text) : text;
    return `## ${s}\n\n${trimmed}`;
  }).join('\n\n');
  return `${readme.slice(0, start + START.length)}\n${body}\n${readme.slice(end)}`;
}

/** A section's text up to and including its first table (the lines before it are its caption). */
function firstTable(text: string): string {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  if (first < 0) return text;
  let last = first;
  while (last + 1 < lines.length && lines[last + 1]?.startsWith('|')) last++;
  return lines.slice(0, last + 1).join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = packageRoot();
  const page = join(root, 'docs', 'performance.md');
  const latest = readFileSync(join(root, 'bench', 'results', 'latest.md'), 'utf8');
  writeFileSync(page, withBenchSections(readFileSync(page, 'utf8'), latest));
  process.stderr.write('docs/performance.md: updated from bench/results/latest.md\n');
}
