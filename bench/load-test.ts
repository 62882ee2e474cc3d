import { loadTest } from './measure/concurrency.js';
import type { Operation, ScaleArguments } from './measure/operations.js';
import type { ServerProcess } from './servers/process.js';
import type { ScaleContext, ScaleResult } from './types.js';

/** Requests per second and tail latency at 1, 16 and 64 connections, then the memory that took. */
export async function runLoadTests(
  ops: Operation[],
  args: ScaleArguments,
  server: ServerProcess,
  result: ScaleResult,
  ctx: ScaleContext,
): Promise<void> {
  const { options, bench } = ctx;
  const { log } = options;
  const mid = ops.find((o) => o.name === 'whereUsed (mid-popularity tool)') as Operation;
  // The same question from every connection (which the server answers from shared executions when they
  // overlap), a different question on each request (which it cannot), and the explorer's whole graph.
  const targets: (Operation & {
    measuredAs: string;
    variants?: Record<string, unknown>[];
    acceptGzip?: { okHeader: string };
  })[] = [
    { ...mid, measuredAs: mid.name },
    {
      ...mid,
      name: `whereUsed (a different tool each request, ${args.spread.length} tools)`,
      measuredAs: mid.name,
      variants: args.spread.map((tool) => ({ tool })),
    },
    ...ops
      .filter((o) => o.name === 'graph (all types, limit 5000)')
      .flatMap((o) => [
        { ...o, measuredAs: o.name },
        // As the explorer fetches it: a browser accepts gzip, and the cache keeps the answer gzipped.
        {
          ...o,
          name: `${o.name}, gzip`,
          measuredAs: o.name,
          acceptGzip: { okHeader: 'Skillgraph-Cache' },
        },
      ]),
  ];
  for (const op of targets) {
    for (const connections of [1, 16, 64]) {
      const r = await loadTest({
        url: server.url,
        operation: op.name,
        query: op.query,
        variables: op.variables,
        ...(op.variants ? { variants: op.variants } : {}),
        ...(op.acceptGzip ? { acceptGzip: op.acceptGzip } : {}),
        connections,
        durationSeconds: options.loadSeconds,
        sequentialMs: result.queries.find((q) => q.name === op.measuredAs)?.http.p50,
      });
      result.load.push(r);
      log(
        `  load ${op.name} ×${connections}: ${r.reqPerSec} req/s, p99 ${r.latencyP99} ms, ` +
          (r.amount ? `${r.amount} requests in ${r.durationSeconds} s, ` : '') +
          `errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}, GraphQL errors ${r.graphqlErrors}` +
          (r.errorKinds
            ? ` (${Object.entries(r.errorKinds)
                .map(([k, n]) => `${k} ×${n}`)
                .join(', ')})`
            : ''),
      );
    }
  }
  result.memory.serverRssMb.afterLoad = server.rssMb();
  result.memory.neo4jHeapMb.afterLoad = (await bench.heap())?.usedMb;
}
