import { round } from './lib/stats.js';
import { httpOnce, type SeriesOptions, series } from './measure/latency.js';
import { libraryOperations } from './measure/library-operations.js';
import type { ScaleArguments } from './measure/operations.js';
import { type ServerProcess, startNodeServer } from './servers/process.js';
import type { LibraryResult, ScaleContext, ScaleResult } from './types.js';

/** The same questions through the Neo4j GraphQL Library's own server, on the same database, for comparison. */
export async function compareLibrary(
  args: ScaleArguments,
  env: Record<string, string | undefined>,
  so: SeriesOptions,
  result: ScaleResult,
  ctx: ScaleContext,
): Promise<void> {
  const { servers } = ctx;
  const { log } = ctx.options;
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
