import type { IncomingHttpHeaders } from 'node:http';
import autocannon from 'autocannon';
import { Random } from '../lib/random.js';

export interface LoadResult {
  operation: string;
  connections: number;
  durationSeconds: number;
  /** Set when the run was a fixed number of requests rather than a fixed time (see loadTest). */
  amount?: number;
  requests: number;
  reqPerSec: number;
  latencyP50: number;
  latencyP99: number;
  latencyMax: number;
  /** Connection errors and timeouts. */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** 200 responses whose body carries GraphQL errors. */
  graphqlErrors: number;
  /** What the connection errors were (error code or message: ECONNRESET, "request timed out", …), when any. */
  errorKinds?: Record<string, number>;
  /** Sent with Accept-Encoding: gzip, as a browser does (see `acceptGzip`). */
  gzip?: boolean;
}

/**
 * A request body with variables picked at random (seeded, so runs compare) for every request: with one identical
 * request from every connection, concurrent requests would share executions on the server, which a mix of real
 * questions does not.
 */
function variedBody(query: string, variants: Record<string, unknown>[]) {
  const random = new Random(20261127);
  const bodies = variants.map((variables) => JSON.stringify({ query, variables }));
  return <T extends object>(request: T): T & { body: string } => ({ ...request, body: random.pick(bodies) });
}

/** Each connection completes at least this many requests, however slow the operation. */
const MIN_ROUNDS = 3;

/**
 * Sends one operation from `connections` concurrent connections for `durationSeconds` (autocannon, pipelining 1):
 * throughput and latency under load, and every kind of failure counted separately.
 *
 * A slow operation under many connections may not finish a single request in that time, and autocannon drops the
 * ones still in flight when time is up: the run would report 0 req/s and 0 errors, which hides exactly what it is
 * there to show. So when `sequentialMs` (the operation's unloaded latency) says fewer than MIN_ROUNDS requests per
 * connection would fit, the run sends a fixed number of requests instead and waits for every one.
 */
export async function loadTest(options: {
  url: string;
  operation: string;
  query: string;
  variables: Record<string, unknown>;
  connections: number;
  durationSeconds: number;
  sequentialMs?: number;
  /** Variables to pick from at random for each request, instead of sending `variables` every time. */
  variants?: Record<string, unknown>[];
  /**
   * Accept gzip, as the explorer's browser does. autocannon keeps a body as a string, which garbles gzip, so such
   * an answer is checked by the header `okHeader` instead of its body: for the whole graph, the cache's
   * `Skillgraph-Cache`, which it sets only on answers without errors.
   */
  acceptGzip?: { okHeader: string };
}): Promise<LoadResult> {
  const fits =
    ((options.sequentialMs ?? 0) * options.connections * MIN_ROUNDS) / 1000 <= options.durationSeconds;
  const amount = fits ? undefined : options.connections * MIN_ROUNDS;
  const started = Date.now();
  const gzip = options.acceptGzip;
  let unmarked = 0;
  const onResponse = gzip
    ? (status: number, _body: string, _context: object, headers: IncomingHttpHeaders | undefined) => {
        const names = Object.keys(headers ?? {}).map((h) => h.toLowerCase());
        if (status === 200 && !names.includes(gzip.okHeader.toLowerCase())) unmarked += 1;
      }
    : undefined;
  const errorKinds: Record<string, number> = {};
  // The callback form: it returns the run's event emitter, which reports what each connection error was.
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const tracker = autocannon(
      {
        url: `${options.url}/graphql`,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(gzip ? { 'accept-encoding': 'gzip, deflate, br' } : {}),
        },
        body: JSON.stringify({ query: options.query, variables: options.variables }),
        ...(options.variants?.length || onResponse
          ? {
              requests: [
                {
                  ...(options.variants?.length
                    ? { setupRequest: variedBody(options.query, options.variants) }
                    : {}),
                  ...(onResponse ? { onResponse } : {}),
                },
              ],
            }
          : {}),
        connections: options.connections,
        pipelining: 1,
        ...(amount ? { amount } : { duration: options.durationSeconds }),
        timeout: 30,
        // Counted as mismatches: a 200 whose body is a GraphQL error.
        verifyBody: (raw) => {
          const body = String(raw ?? '');
          return !(body.startsWith('{"errors"') || body.includes('"errors":['));
        },
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    tracker.on('reqError', (error: Error & { code?: string }) => {
      const kind = error.code ?? error.message;
      errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
    });
  });
  return {
    operation: options.operation,
    connections: options.connections,
    durationSeconds: amount ? Math.round((Date.now() - started) / 100) / 10 : options.durationSeconds,
    ...(amount ? { amount } : {}),
    requests: result.requests.total,
    // autocannon's average is over one-second samples; a fixed-amount run of slow requests has few of them.
    reqPerSec:
      Math.round((amount ? result.requests.total / result.duration : result.requests.average) * 10) / 10,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    latencyMax: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors: result.mismatches + unmarked,
    ...(Object.keys(errorKinds).length ? { errorKinds } : {}),
    ...(gzip ? { gzip: true } : {}),
  };
}
