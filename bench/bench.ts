import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../db/paths.js';
import { loadTaxonomy } from '../seed/taxonomy/load.js';
import { type Config, loadConfig } from '../server/config.js';
import { CHROMIUM } from '../test/helpers/chromium.js';
import { ensureDataset } from './generate/dataset.js';
import { machineSpec } from './lib/machine.js';
import { now, round } from './lib/stats.js';
import { contractFields } from './measure/capture.js';
import { type ExtractionResult, measureExtraction } from './measure/extraction.js';
import { FRONTEND_CASES, measureFrontend } from './measure/frontend.js';
import { operations, type ScaleArguments } from './measure/operations.js';
import { measureStyles } from './measure/styles.js';
import { BenchNeo4j } from './neo4j/instance.js';
import { evaluateGoals } from './report/goals.js';
import { renderMarkdown } from './report/markdown.js';
import { runScale } from './scale.js';
import type { ServerProcess } from './servers/process.js';
import { DATA_DIR, HEAP, PAGE_CACHE } from './settings.js';
import type { BenchOptions, BenchResults, ScaleResult } from './types.js';

/** Runs the whole benchmark and writes bench/results/<timestamp>.json and latest.md. */
export async function runBench(
  options: BenchOptions,
): Promise<{ results: BenchResults; json: string; markdown: string }> {
  const { log } = options;
  const started = now();
  const startedAt = new Date().toISOString();
  const config: Config = loadConfig();
  const taxonomy = loadTaxonomy();
  mkdirSync(DATA_DIR, { recursive: true });

  const missing = contractFields().filter(
    (f) => !operations(placeholderArguments()).some((o) => o.field === f),
  );
  if (missing.length > 0) throw new Error(`no benchmark operation for Query.${missing.join(', Query.')}`);

  log(
    `Neo4j: ${config.neo4j.uri ? `external ${config.neo4j.uri}` : `own throwaway server (heap ${HEAP}, page cache ${PAGE_CACHE})`}`,
  );
  const bench = await BenchNeo4j.provide({ config, heap: HEAP, pageCache: PAGE_CACHE, log });
  const onExit = () => bench.stopSync();
  process.on('exit', onExit);
  const servers = new Set<ServerProcess>();
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) return;
    interrupted = true;
    log(`${signal}: stopping the servers and Neo4j`);
    void Promise.allSettled([...servers].map((s) => s.stop(5_000)))
      .then(() => bench.stop())
      .finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    const neo4jVersion = await bench.version();
    const machine = machineSpec(neo4jVersion, config.local.javaHome);
    log(
      `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB, Node ${machine.node}, Neo4j ${neo4jVersion}`,
    );

    let extraction: ExtractionResult | undefined;
    let extractionSkipped: string | undefined;
    if (options.skip.has('extraction')) extractionSkipped = 'skipped (--skip extraction)';
    else {
      const mb = options.extractionBytes / 1e6;
      log(`Extraction throughput on a ${mb} MB corpus of generated narratives`);
      const corpus = ensureDataset(
        {
          name: `extract-${mb}mb`,
          people: 6400,
          jobsPerPerson: 6,
          seed: 20,
          targetBytes: options.extractionBytes,
        },
        DATA_DIR,
        taxonomy,
      );
      extraction = await measureExtraction({
        corpus,
        taxonomy,
        loadTaxonomy: () => loadTaxonomy(),
        workDir: join(DATA_DIR, 'profiles'),
        log,
      });
      const styleBytes = options.quick ? 0.5e6 : 5e6;
      log(`Extraction by input style, one ${styleBytes / 1e6} MB document each`);
      extraction.styles = await measureStyles({ bytes: styleBytes, workDir: join(DATA_DIR, 'styles'), log });
    }

    const scales: ScaleResult[] = [];
    const errors: string[] = [];
    // An external database (NEO4J_URI) may hold anything; the bench's own server starts empty.
    if (!bench.local) await bench.reset();
    let first = true;
    for (const scale of options.scales) {
      if (!first) {
        log('Emptying the database');
        await bench.reset();
      }
      first = false;
      try {
        scales.push(await runScale(scale, { options, config, taxonomy, bench, servers }));
      } catch (error) {
        // One scale failing (a timeout at L, say) must not lose the others' numbers.
        const message = `scale ${scale} failed: ${(error as Error).stack ?? String(error)}`;
        errors.push(message.slice(0, 4000));
        log(message);
      }
      writeFileSync(join(DATA_DIR, 'partial-results.json'), JSON.stringify(scales, null, 2));
    }

    let frontend: BenchResults['frontend'];
    let frontendSkipped: string | undefined;
    const clientDir = join(packageRoot(), 'dist', 'client');
    if (options.skip.has('frontend')) frontendSkipped = 'skipped (--skip frontend)';
    else if (!existsSync(join(clientDir, 'bench.html')))
      frontendSkipped = 'dist/client/bench.html is missing: run `npm run build:client` first';
    else if (!existsSync(CHROMIUM)) frontendSkipped = `${CHROMIUM} is not installed`;
    else {
      log('Front end: first render, layout and frame times in headless Chromium');
      const cases = options.quick ? FRONTEND_CASES.slice(0, 1) : FRONTEND_CASES;
      mkdirSync(join(DATA_DIR, 'profiles'), { recursive: true });
      frontend = await measureFrontend({
        clientDir,
        cases,
        frames: options.quick ? 30 : 120,
        ...(options.quick ? {} : { trace: join(DATA_DIR, 'profiles', 'frontend-goal-trace.json') }),
        log,
      });
    }

    const finishedAt = new Date().toISOString();
    const results: BenchResults = {
      version: 1,
      startedAt,
      finishedAt,
      wallSeconds: round((now() - started) / 1000, 1),
      command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
      options: {
        scales: options.scales,
        quick: options.quick,
        requests: options.requests,
        warmup: options.warmup,
        seriesBudgetSeconds: options.seriesBudgetSeconds,
        loadSeconds: options.loadSeconds,
        lPeoplePerRun: options.lPeoplePerRun,
        skipped: [...options.skip],
      },
      machine,
      loadAverageAtEnd: Math.round((loadavg()[0] ?? 0) * 100) / 100,
      neo4j: { external: !bench.local, heap: HEAP, pageCache: PAGE_CACHE, uri: bench.uri },
      ...(extraction ? { extraction } : { extractionSkipped }),
      scales,
      ...(frontend ? { frontend } : { frontendSkipped }),
      goals: [],
      errors,
    };
    results.goals = evaluateGoals(results);
    mkdirSync(options.resultsDir, { recursive: true });
    const stamp = startedAt.replace(/[:.]/g, '-');
    const json = join(options.resultsDir, `${stamp}.json`);
    writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
    const markdown = join(options.resultsDir, 'latest.md');
    writeFileSync(markdown, renderMarkdown(results));
    log(`Results: ${json}\n         ${markdown}`);
    return { results, json, markdown };
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    for (const s of servers) await s.stop(5_000).catch(() => {});
    await bench.stop();
    process.off('exit', onExit);
  }
}

function placeholderArguments(): ScaleArguments {
  const tool = { id: 'tool:x', name: 'X', jobs: 1 };
  const person = { id: 'person:x', name: 'X' };
  return {
    popularTool: tool,
    midTool: tool,
    person,
    otherPerson: person,
    job: { id: 'job:x:1', label: 'X' },
    company: { id: 'company:x', name: 'X', jobs: 1 },
    category: { id: 'category:x', name: 'X' },
    challenge: { id: 'challenge:x:1:1' },
    incident: { id: 'incident:x:1:1' },
    tools: 1,
    jobs: 1,
    spread: ['X'],
  };
}

export { SPECS } from './settings.js';
