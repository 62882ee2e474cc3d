import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../db/paths.js';
import { extractDocuments } from '../seed/extract/documents.js';
import { graphFromRows } from '../seed/load/graph-model.js';
import { buildRows } from '../seed/load/rows.js';
import type { PersonDocument } from '../seed/model.js';
import { BUNDLED_NARRATIVES } from '../seed/paths.js';
import { loadTaxonomy, type Taxonomy } from '../seed/taxonomy/load.js';
import { type Config, loadConfig } from '../server/config.js';
import { CHROMIUM } from '../test/helpers/chromium.js';
import { type Dataset, ensureDataset } from './generate/dataset.js';
import { type MachineSpec, machineSpec } from './lib/machine.js';
import { now, round } from './lib/stats.js';
import { type CapturedQuery, captureCypher, contractFields } from './measure/capture.js';
import { type LoadResult, loadTest } from './measure/concurrency.js';
import { type ExtractionResult, measureExtraction } from './measure/extraction.js';
import {
  FRONTEND_CASES,
  type FrontendResult,
  measureFrontend,
  type TraceSummary,
} from './measure/frontend.js';
import {
  benchDriver,
  driverOnce,
  httpOnce,
  type Series,
  type SeriesOptions,
  series,
} from './measure/latency.js';
import { libraryOperations } from './measure/library-operations.js';
import { findArguments, type Operation, operations, type ScaleArguments } from './measure/operations.js';
import { profileQuery, type QueryProfile } from './measure/profile.js';
import {
  type LoaderResult,
  measureLoader,
  measurePerRowMerge,
  type PerRowResult,
} from './measure/seeding.js';
import { measureStyles } from './measure/styles.js';
import { type AdminImportResult, adminImport } from './neo4j/admin-import.js';
import { BenchNeo4j } from './neo4j/instance.js';
import { evaluateGoals, type Goal } from './report/goals.js';
import { renderMarkdown } from './report/markdown.js';
import { type ServerProcess, startNodeServer } from './servers/process.js';

export type Scale = 'S' | 'M' | 'L';

export interface BenchOptions {
  scales: Scale[];
  /** CI smoke: fewer requests, shorter load tests, small extraction corpus, one front-end case. */
  quick: boolean;
  /** Timed requests per operation and way (after warm-up). */
  requests: number;
  warmup: number;
  /** Longest one latency series may run before it is cut (then it has fewer requests; the results say so). */
  seriesBudgetSeconds: Record<Scale, number>;
  loadSeconds: number;
  /** People per loadPeople call (one transaction each) at L; S and M load in one call. */
  lPeoplePerRun: number;
  perRowSampleRows: number;
  extractionBytes: number;
  skip: Set<string>;
  /** Where <timestamp>.json and latest.md go. */
  resultsDir: string;
  /** Writes a CPU profile of the Skillgraph server during the latency runs (bench/data/profiles). */
  profileServer: boolean;
  log: (line: string) => void;
}

export interface QueryResult {
  name: string;
  field: string;
  variables: Record<string, unknown>;
  note?: string;
  http: Series;
  driver: Series;
  /** GraphQL over HTTP vs the same Cypher through the driver, at the median. */
  overheadP50: number;
  cypher: string;
  profile?: QueryProfile;
  /** The same query with a proposed change to Skillgraph's Cypher (outside bench/), through the driver. */
  proposed?: { change: string; driver: Series; dbHits?: number };
}

/**
 * A change the bench proposes for server/graphql/projection/templates.ts (Usage.evidence): start the evidence
 * pattern at the job (a few sentences each) and test MENTIONS with Expand(Into), instead of letting the planner
 * expand every sentence that mentions the tool once per job (13 M db hits for the most popular tool at M).
 */
const EVIDENCE_PATTERN = /MATCH \((\w+)\)-\[:HAS_EVIDENCE\]->\((\w+):Evidence\)-\[:MENTIONS\]->\((\w+)\)/g;
const EVIDENCE_FIX =
  'Usage.evidence: MATCH (@job)-[:HAS_EVIDENCE]->(@e:Evidence) WHERE (@e)-[:MENTIONS]->(@tool) instead of one pattern ending at the tool';

export interface LibraryResult {
  name: string;
  comparesTo: string;
  note: string;
  http: Series;
  /** Skillgraph's median divided by the library's: below 1 means Skillgraph is faster. */
  ratioP50?: number;
}

export interface ScaleResult {
  scale: Scale;
  data: {
    source: string;
    files: number;
    bytes: number;
    people: number;
    jobs: number;
    generatedSeconds: number;
    extractSeconds: number;
    extractMbPerSecond: number;
  };
  graph: { nodes: number; relationships: number };
  seeding: {
    loader: LoaderResult;
    perRow?: PerRowResult;
    adminImport?: AdminImportResult;
    adminImportError?: string;
    /** Our loader's time over neo4j-admin import's (import alone, and import plus building the indexes). */
    ratioToImport?: number;
    ratioToImportWithIndexes?: number;
    /** Per-row MERGE (extrapolated) over our loader. */
    speedupOverPerRow?: number;
  };
  arguments?: ScaleArguments;
  queries: QueryResult[];
  library: LibraryResult[];
  libraryError?: string;
  load: LoadResult[];
  memory: {
    serverRssMb: { afterStart?: number; afterLatency?: number; afterLoad?: number };
    neo4jHeapMb: { afterSeed?: number; afterLatency?: number; afterLoad?: number; max?: number };
  };
  serverProfile?: string;
}

export interface BenchResults {
  version: 1;
  startedAt: string;
  finishedAt: string;
  wallSeconds: number;
  command: string;
  options: Pick<
    BenchOptions,
    'scales' | 'quick' | 'requests' | 'warmup' | 'seriesBudgetSeconds' | 'loadSeconds' | 'lPeoplePerRun'
  > & { skipped: string[] };
  machine: MachineSpec;
  /** 1-minute load average when the run ended (see machine.loadAverageAtStart). */
  loadAverageAtEnd: number;
  neo4j: { external: boolean; heap: string; pageCache: string; uri: string };
  extraction?: ExtractionResult;
  extractionSkipped?: string;
  scales: ScaleResult[];
  frontend?: { chromium: string; results: FrontendResult[]; trace?: TraceSummary };
  frontendSkipped?: string;
  goals: Goal[];
  /** Scales that failed, with the error; their numbers are missing. */
  errors: string[];
}

const HEAP = '4g';
const PAGE_CACHE = '2g';
const DATA_DIR = join(packageRoot(), 'bench', 'data');

/** The datasets: the user's document, and generated narratives of 200 and 5,000 people with 6 jobs each. */
const SPECS = {
  M: { name: 'M', people: 200, jobsPerPerson: 6, seed: 2 },
  L: { name: 'L', people: 5000, jobsPerPerson: 6, seed: 3 },
} as const;

function dataset(scale: Scale, taxonomy: Taxonomy): Dataset | { files: string[]; bytes: number } {
  if (scale === 'S') return { files: [BUNDLED_NARRATIVES], bytes: statSync(BUNDLED_NARRATIVES).size };
  return ensureDataset(SPECS[scale], DATA_DIR, taxonomy);
}

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

interface ScaleContext {
  options: BenchOptions;
  config: Config;
  taxonomy: Taxonomy;
  bench: BenchNeo4j;
  servers: Set<ServerProcess>;
}

async function runScale(scale: Scale, ctx: ScaleContext): Promise<ScaleResult> {
  const { options, config, taxonomy, bench } = ctx;
  const { log } = options;
  log(`\n=== Scale ${scale}`);
  const data = dataset(scale, taxonomy);
  const generated = 'generatedSeconds' in data ? data.generatedSeconds : 0;
  if (generated)
    log(
      `  generated ${data.files.length} files (${(data.bytes / 1e6).toFixed(1)} MB) in ${generated.toFixed(1)} s`,
    );

  const t = now();
  const { people } = extractDocuments(data.files, { taxonomy });
  const extractSeconds = (now() - t) / 1000;
  const jobs = people.reduce((n, p) => n + p.jobs.length, 0);
  log(`  extracted ${people.length} people, ${jobs} jobs in ${extractSeconds.toFixed(1)} s`);
  const graph = graphFromRows(buildRows(people, taxonomy));
  log(`  graph: ${graph.nodeCount} nodes, ${graph.relationshipCount} relationships`);
  const db = bench.connection;

  const seeding: ScaleResult['seeding'] = {} as ScaleResult['seeding'];
  if (!options.skip.has('perrow')) {
    log('  per-row MERGE baseline (a sample, extrapolated)');
    seeding.perRow = await measurePerRowMerge({
      db,
      people,
      taxonomy,
      fullGraph: graph,
      sampleRows: options.perRowSampleRows,
    });
    log(
      `  per-row MERGE: ${seeding.perRow.rowsPerSecond} rows/s → ${seeding.perRow.extrapolatedSeconds} s for the whole graph (extrapolated)`,
    );
  }
  const peoplePerRun = scale === 'L' ? options.lPeoplePerRun : people.length;
  log(`  loading with loadPeople (${peoplePerRun} people per transaction)`);
  seeding.loader = await measureLoader({ db, people, taxonomy, graph, peoplePerRun, log });
  log(
    `  loader: ${seeding.loader.seconds} s, ${seeding.loader.relationshipsPerSecond} relationships/s` +
      (seeding.loader.mismatches.length ? ` (MISMATCH: ${seeding.loader.mismatches.join('; ')})` : ''),
  );
  if (seeding.perRow)
    seeding.speedupOverPerRow = round(seeding.perRow.extrapolatedSeconds / seeding.loader.seconds, 1);

  const memory: ScaleResult['memory'] = { serverRssMb: {}, neo4jHeapMb: {} };
  const heap = await bench.heap();
  memory.neo4jHeapMb.afterSeed = heap?.usedMb;
  memory.neo4jHeapMb.max = heap?.maxMb;

  const result: ScaleResult = {
    scale,
    data: {
      source: scale === 'S' ? 'seed/data/narratives.md' : `bench/data/${scale}/ (generated)`,
      files: data.files.length,
      bytes: data.bytes,
      people: people.length,
      jobs,
      generatedSeconds: round(generated, 2),
      extractSeconds: round(extractSeconds, 2),
      extractMbPerSecond: round(data.bytes / 1e6 / extractSeconds, 2),
    },
    graph: { nodes: graph.nodeCount, relationships: graph.relationshipCount },
    seeding,
    queries: [],
    library: [],
    load: [],
    memory,
  };

  await measureQueries(scale, result, people, ctx);

  if (!options.skip.has('import') && scale !== 'S') {
    log('  neo4j-admin database import full (same graph as CSV, separate stopped instance)');
    try {
      const lib = await bench.libDir();
      seeding.adminImport = await adminImport({
        graph,
        config,
        lib,
        workDir: join(DATA_DIR, `import-${scale}`),
        heap: HEAP,
        pageCache: PAGE_CACHE,
        log,
      });
      seeding.ratioToImport = round(seeding.loader.seconds / seeding.adminImport.importSeconds, 2);
      seeding.ratioToImportWithIndexes = round(
        seeding.loader.seconds / (seeding.adminImport.importSeconds + seeding.adminImport.indexSeconds),
        2,
      );
    } catch (error) {
      seeding.adminImportError = (error as Error).message.slice(0, 2000);
      log(`  neo4j-admin import failed: ${seeding.adminImportError}`);
    }
  }
  return result;
}

function seriesOptions(options: BenchOptions, scale: Scale): SeriesOptions {
  return {
    warmup: options.warmup,
    requests: options.requests,
    budgetMs: options.seriesBudgetSeconds[scale] * 1000,
  };
}

/** Latency three ways, PROFILEs, the library comparison, the load test and memory, against a running server. */
async function measureQueries(
  scale: Scale,
  result: ScaleResult,
  _people: PersonDocument[],
  ctx: ScaleContext,
) {
  const { options, bench, servers } = ctx;
  const { log } = options;
  const env = {
    NEO4J_URI: bench.uri,
    NEO4J_USER: bench.user,
    NEO4J_PASSWORD: bench.password,
    NEO4J_DATABASE: bench.database,
    NODE_ENV: 'production',
    SKILLGRAPH_LOG: 'error',
  };
  const profileDir = join(DATA_DIR, 'profiles');
  mkdirSync(profileDir, { recursive: true });
  const server = await startNodeServer({
    script: 'server/cli.ts',
    args: ['serve', '--port', '0'],
    nodeArgs: options.profileServer
      ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=server-${scale}.cpuprofile`]
      : [],
    env,
    ready: /running at (http:\/\/[\d.:[\]a-z]+)/,
  });
  servers.add(server);
  result.memory.serverRssMb.afterStart = server.rssMb();
  log(
    `  Skillgraph server (pid ${server.pid}) at ${server.url}, RSS ${result.memory.serverRssMb.afterStart} MB`,
  );

  const driver = benchDriver(bench);
  try {
    const args = await findArguments(bench.connection);
    result.arguments = args;
    const ops: Operation[] = [
      ...operations(args),
      {
        name: 'recurringTools (without companies)',
        field: 'recurringTools',
        query: 'query RecurringTools { recurringTools(minJobs: 2, first: 50) { jobCount tool { id name } } }',
        variables: {},
        note: 'the selection the Neo4j GraphQL Library can also express',
      },
    ];
    const captured: Map<string, CapturedQuery> = await captureCypher(ops, bench);
    const so = seriesOptions(options, scale);
    // Warm the whole server first (JIT, the driver pool, every query's plan), so the first operation measured is not
    // the one that pays for it.
    for (const op of ops) {
      const http = httpOnce(server.url, op.query, op.variables);
      for (let i = 0; i < Math.min(10, options.warmup); i++) await http.once();
    }
    for (const op of ops) {
      const cq = captured.get(op.name) as CapturedQuery;
      const http = httpOnce(server.url, op.query, op.variables);
      const viaHttp = await series(http.once, so);
      const viaDriver = await series(driverOnce(driver, bench.database, cq, 20_000), so);
      let profile: QueryProfile | undefined;
      try {
        profile = await profileQuery(driver, bench.database, cq);
      } catch (error) {
        log(`  PROFILE of ${op.name} failed: ${(error as Error).message}`);
      }
      let proposed: QueryResult['proposed'];
      if (EVIDENCE_PATTERN.test(cq.cypher)) {
        EVIDENCE_PATTERN.lastIndex = 0;
        const fixed = {
          ...cq,
          cypher: cq.cypher.replace(
            EVIDENCE_PATTERN,
            'MATCH ($1)-[:HAS_EVIDENCE]->($2:Evidence) WHERE ($2)-[:MENTIONS]->($3)',
          ),
        };
        const viaFix = await series(driverOnce(driver, bench.database, fixed, 20_000), so);
        const fixedProfile = await profileQuery(driver, bench.database, fixed).catch(() => undefined);
        proposed = {
          change: EVIDENCE_FIX,
          driver: viaFix,
          ...(fixedProfile ? { dbHits: fixedProfile.dbHits } : {}),
        };
        log(
          `    with the proposed evidence fix: driver p50 ${viaFix.p50} ms, ${fixedProfile?.dbHits} db hits`,
        );
      }
      EVIDENCE_PATTERN.lastIndex = 0;
      const q: QueryResult = {
        name: op.name,
        field: op.field,
        variables: op.variables,
        ...(op.note ? { note: op.note } : {}),
        http: { ...viaHttp, responseBytes: http.bytes() },
        driver: viaDriver,
        overheadP50: round(viaHttp.p50 / viaDriver.p50, 2),
        cypher: cq.cypher,
        ...(profile ? { profile } : {}),
        ...(proposed ? { proposed } : {}),
      };
      result.queries.push(q);
      log(
        `  ${op.name}: HTTP p50 ${viaHttp.p50} / p99 ${viaHttp.p99} ms, driver p50 ${viaDriver.p50} ms ` +
          `(×${q.overheadP50}), n=${viaHttp.n}${viaHttp.errors ? `, ${viaHttp.errors} ERRORS: ${viaHttp.firstError}` : ''}` +
          (profile ? `, ${profile.dbHits} db hits` : ''),
      );
    }
    result.memory.serverRssMb.afterLatency = server.rssMb();
    result.memory.neo4jHeapMb.afterLatency = (await bench.heap())?.usedMb;

    if (!options.skip.has('library')) {
      let lib: ServerProcess | undefined;
      try {
        lib = await startNodeServer({
          script: 'bench/servers/neo4j-graphql-server.ts',
          env,
          ready: /listening (http:\/\/[\d.:]+)/,
        });
        servers.add(lib);
        for (const op of libraryOperations(args)) {
          const s = await series(httpOnce(lib.url, op.query, op.variables).once, so);
          const ours = result.queries.find((q) => q.name === op.comparesTo);
          const r: LibraryResult = {
            name: op.name,
            comparesTo: op.comparesTo,
            note: op.note,
            http: s,
            ...(ours ? { ratioP50: round(ours.http.p50 / s.p50, 2) } : {}),
          };
          result.library.push(r);
          log(
            `  ${op.name}: p50 ${s.p50} / p99 ${s.p99} ms (Skillgraph/library ×${r.ratioP50})${s.errors ? `, ${s.errors} ERRORS: ${s.firstError}` : ''}`,
          );
        }
      } catch (error) {
        result.libraryError = (error as Error).message.slice(0, 2000);
        log(`  Neo4j GraphQL Library comparison failed: ${result.libraryError}`);
      } finally {
        if (lib) {
          await lib.stop();
          servers.delete(lib);
        }
      }
    }

    if (!options.skip.has('load')) {
      const mid = ops.find((o) => o.name === 'whereUsed (mid-popularity tool)') as Operation;
      // The same question from every connection (which the server answers from shared executions when they
      // overlap), a different question on each request (which it cannot), and the explorer's whole graph.
      const targets: (Operation & { measuredAs: string; variants?: Record<string, unknown>[] })[] = [
        { ...mid, measuredAs: mid.name },
        {
          ...mid,
          name: `whereUsed (a different tool each request, ${args.spread.length} tools)`,
          measuredAs: mid.name,
          variants: args.spread.map((tool) => ({ tool })),
        },
        ...ops
          .filter((o) => o.name === 'graph (all types, limit 5000)')
          .map((o) => ({ ...o, measuredAs: o.name })),
      ];
      for (const op of targets) {
        for (const connections of [1, 16, 64]) {
          const r = await loadTest({
            url: server.url,
            operation: op.name,
            query: op.query,
            variables: op.variables,
            ...(op.variants ? { variants: op.variants } : {}),
            connections,
            durationSeconds: options.loadSeconds,
            sequentialMs: result.queries.find((q) => q.name === op.measuredAs)?.http.p50,
          });
          result.load.push(r);
          log(
            `  load ${op.name} ×${connections}: ${r.reqPerSec} req/s, p99 ${r.latencyP99} ms, ` +
              (r.amount ? `${r.amount} requests in ${r.durationSeconds} s, ` : '') +
              `errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}, GraphQL errors ${r.graphqlErrors}`,
          );
        }
      }
      result.memory.serverRssMb.afterLoad = server.rssMb();
      result.memory.neo4jHeapMb.afterLoad = (await bench.heap())?.usedMb;
    }
  } finally {
    await driver.close();
    await server.stop();
    servers.delete(server);
  }
  if (options.profileServer) result.serverProfile = `bench/data/profiles/server-${scale}.cpuprofile`;
}

export { SPECS };
