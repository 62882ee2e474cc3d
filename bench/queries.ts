import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PersonDocument } from '../seed/model.js';
import { round } from './lib/stats.js';
import { compareLibrary } from './library-comparison.js';
import { runLoadTests } from './load-test.js';
import { type CapturedQuery, captureCypher } from './measure/capture.js';
import { benchDriver, driverOnce, httpOnce, type SeriesOptions, series } from './measure/latency.js';
import { findArguments, type Operation, operations } from './measure/operations.js';
import { profileQuery, type QueryProfile } from './measure/profile.js';
import { startNodeServer } from './servers/process.js';
import { DATA_DIR } from './settings.js';
import type { BenchOptions, QueryResult, Scale, ScaleContext, ScaleResult } from './types.js';

/**
 * A change the bench proposes for server/graphql/projection/templates.ts (Usage.evidence): start the evidence
 * pattern at the job (a few sentences each) and test MENTIONS with Expand(Into), instead of letting the planner
 * expand every sentence that mentions the tool once per job (13 M db hits for the most popular tool at M).
 */
const EVIDENCE_PATTERN = /MATCH \((\w+)\)-\[:HAS_EVIDENCE\]->\((\w+):Evidence\)-\[:MENTIONS\]->\((\w+)\)/g;
const EVIDENCE_FIX =
  'Usage.evidence: MATCH (@job)-[:HAS_EVIDENCE]->(@e:Evidence) WHERE (@e)-[:MENTIONS]->(@tool) instead of one pattern ending at the tool';

function seriesOptions(options: BenchOptions, scale: Scale): SeriesOptions {
  return {
    warmup: options.warmup,
    requests: options.requests,
    budgetMs: options.seriesBudgetSeconds[scale] * 1000,
  };
}

/** Latency three ways, PROFILEs, the library comparison, the load test and memory, against a running server. */
export async function measureQueries(
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

    if (!options.skip.has('library')) await compareLibrary(args, env, so, result, ctx);

    if (!options.skip.has('load')) await runLoadTests(ops, args, server, result, ctx);
  } finally {
    await driver.close();
    await server.stop();
    servers.delete(server);
  }
  if (options.profileServer) result.serverProfile = `bench/data/profiles/server-${scale}.cpuprofile`;
}
