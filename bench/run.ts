/**
 * `npm run bench -- [--scale S|M|L|all] [--quick] [options]`: the Skillgraph benchmark. Starts its own Neo4j (or
 * uses NEO4J_URI with SKILLGRAPH_BENCH_WIPE=yes), generates the data, measures extraction, seeding, query latency
 * (three ways), throughput under load, rendering and memory, and writes bench/results/<timestamp>.json and
 * bench/results/latest.md. See bench/README.md.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { packageRoot } from '../db/paths.js';
import { runBench } from './bench.js';
import type { BenchOptions, Scale } from './types.js';

const USAGE = `Usage: npm run bench -- [--scale S|M|L|all] [--quick] [options]

  --scale S|M|L|all   Scales to measure, comma-separated or "all" (default: S)
  --quick             Light mode (also the default when only S runs): 50 requests per series, 1 s load tests,
                      a 0.5 MB extraction corpus, one render case; finishes in under a minute
  --requests N        Timed requests per operation and way (default 1000; light mode 50)
  --load-seconds N    Duration of each load test (default 5; light mode 1)
  --l-run-size N      People per loadPeople transaction at L (default 1000)
  --budget SECONDS    Longest one latency series may run before it is cut (default 30 at S and M, 20 at L)
  --skip LIST         Sections to skip: extraction,frontend,import,perrow,library,load
  --out DIR           Results folder (default bench/results)
  --profile-server    Write a CPU profile of the Skillgraph server per scale (bench/data/profiles)
`;

// The L scale holds 5,000 people's extracted documents and their seed rows in memory at once; Node's default heap
// limit is too small for that, so the bench re-runs itself with a larger one.
const HEAP_MB = 12_288;
if (getHeapStatistics().heap_size_limit < 8_000 * 1024 * 1024 && process.env.SKILLGRAPH_BENCH_CHILD !== '1') {
  const child = spawn(
    process.execPath,
    [
      `--max-old-space-size=${HEAP_MB}`,
      '--import',
      'tsx',
      join(packageRoot(), 'bench', 'run.ts'),
      ...process.argv.slice(2),
    ],
    { stdio: 'inherit', env: { ...process.env, SKILLGRAPH_BENCH_CHILD: '1' } },
  );
  // Ctrl-C reaches the child too (same process group); it stops its servers and exits, and so do we.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
} else {
  await main();
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: 'S' },
      quick: { type: 'boolean', default: false },
      requests: { type: 'string' },
      'load-seconds': { type: 'string' },
      'l-run-size': { type: 'string' },
      budget: { type: 'string' },
      skip: { type: 'string' },
      out: { type: 'string' },
      'profile-server': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const scales = (values.scale === 'all' ? 'S,M,L' : (values.scale ?? 'S'))
    .split(',')
    .map((s) => s.trim().toUpperCase());
  const unknown = scales.filter((s) => !['S', 'M', 'L'].includes(s));
  if (unknown.length > 0) throw new Error(`unknown scale ${unknown.join(', ')}\n\n${USAGE}`);
  const ordered = (['S', 'M', 'L'] as Scale[]).filter((s) => scales.includes(s));
  const quick = values.quick === true;
  const onlyS = ordered.length === 1 && ordered[0] === 'S';
  const int = (text: string | undefined, fallback: number, name: string) => {
    if (text === undefined) return fallback;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer`);
    return n;
  };
  const skip = new Set(
    (values.skip ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  const started = Date.now();
  const elapsed = () => `[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s]`;
  // A run of S alone is the quick end-to-end check (under a minute): fewer requests, a small extraction corpus, one
  // render case. --scale all (or M, L) measures every scale with the full request counts.
  const light = quick || onlyS;
  const options: BenchOptions = {
    scales: ordered,
    quick: light,
    requests: int(values.requests, light ? 50 : 1000, 'requests'),
    warmup: light ? 5 : 100,
    seriesBudgetSeconds: values.budget
      ? (() => {
          const b = int(values.budget, 20, 'budget');
          return { S: b, M: b, L: b };
        })()
      : light
        ? { S: 10, M: 10, L: 10 }
        : { S: 30, M: 30, L: 20 },
    loadSeconds: int(values['load-seconds'], light ? 1 : 5, 'load-seconds'),
    lPeoplePerRun: int(values['l-run-size'], 1000, 'l-run-size'),
    perRowSampleRows: light ? 100 : 3000,
    // The 20 MB corpus takes about a minute to measure.
    extractionBytes: light ? 500_000 : 20_000_000,
    skip,
    resultsDir: values.out ?? join(packageRoot(), 'bench', 'results'),
    profileServer: values['profile-server'] === true,
    // Elapsed time on every line: a long run shows where it is and where the minutes went.
    log: (line) => process.stderr.write(`${elapsed()} ${line}\n`),
  };
  const { results } = await runBench(options);
  process.stderr.write(`\nDone in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  for (const g of results.goals)
    process.stderr.write(`  ${g.met === null ? '·' : g.met ? '✓' : '✗'} ${g.goal}: ${g.measured}\n`);
}
