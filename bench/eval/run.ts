/**
 * `npm run eval`: how well the seeder reads career documents it was not written for. For each annotated corpus
 * (test/corpus/dev, and the held-out set that is never tuned against) and each document style it prints precision,
 * recall and F1 of the tools each job used, phantom and missed jobs, and the accuracy of companies, titles, dates,
 * tool stances and the person's name. `--details` lists every error; `--dir FOLDER` scores another labelled folder.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadTaxonomy } from '../../seed/taxonomy/load.js';
import { byStyle, CORPORA, evaluateCorpus, type Summary } from './evaluate.js';

const { values } = parseArgs({
  options: { details: { type: 'boolean' }, corpus: { type: 'string' }, dir: { type: 'string' } },
});
const pct = (x: number) => x.toFixed(3);

function table(rows: [string, Summary][]): string {
  const head =
    '| style | docs | jobs | phantom | missed | tool P | tool R | tool F1 | company | title | dates | stance | person |';
  const lines = [head, `|${' --- |'.repeat(13)}`];
  for (const [style, s] of rows) {
    lines.push(
      `| ${style} | ${s.documents} | ${s.goldJobs} | ${s.phantomJobs} | ${s.missedJobs} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} | ${pct(s.companies)} | ${pct(s.titles)} | ${pct(s.dates)} | ${pct(s.stances)} | ${pct(s.people)} |`,
    );
  }
  return lines.join('\n');
}

const taxonomy = loadTaxonomy();
const started = Date.now();
// --dir scores any folder of labelled documents (your own, labelled by test/corpus/README.md) instead of ours.
const corpora: Record<string, string> = values.dir ? { [values.dir]: resolve(values.dir) } : CORPORA;
for (const [name, dir] of Object.entries(corpora)) {
  if (values.corpus && values.corpus !== name) continue;
  const scores = evaluateCorpus(dir, taxonomy);
  process.stdout.write(`\n## ${name} (${scores.length} documents)\n\n${table(byStyle(scores))}\n`);
  if (values.details && name !== 'held-out') {
    for (const s of scores) {
      const problems = [
        ...s.phantomJobs.map((j) => `phantom job: ${j}`),
        ...s.missedJobs.map((j) => `missed job: ${j}`),
        ...s.falsePositives.map((t) => `false positive: ${t}`),
        ...s.falseNegatives.map((t) => `miss: ${t}`),
        ...s.companies.wrong.map((t) => `company: ${t}`),
        ...s.titles.wrong.map((t) => `title: ${t}`),
        ...s.dates.wrong.map((t) => `date: ${t}`),
        ...s.stances.wrong.map((t) => `stance: ${t}`),
        ...(s.person ? [] : ['person name wrong']),
      ];
      if (problems.length)
        process.stdout.write(`\n${s.name}\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
    }
  }
}
process.stdout.write(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
