import autocannon from 'autocannon';

export interface LoadResult {
  operation: string;
  connections: number;
  durationSeconds: number;
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
}

/**
 * Sends one operation from `connections` concurrent connections for `durationSeconds` (autocannon, pipelining 1):
 * throughput and latency under load, and every kind of failure counted separately.
 */
export async function loadTest(options: {
  url: string;
  operation: string;
  query: string;
  variables: Record<string, unknown>;
  connections: number;
  durationSeconds: number;
}): Promise<LoadResult> {
  const result = await autocannon({
    url: `${options.url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: options.query, variables: options.variables }),
    connections: options.connections,
    pipelining: 1,
    duration: options.durationSeconds,
    timeout: 30,
    // Counted as mismatches: a 200 whose body is a GraphQL error.
    verifyBody: (raw) => {
      const body = String(raw ?? '');
      return !(body.startsWith('{"errors"') || body.includes('"errors":['));
    },
  });
  return {
    operation: options.operation,
    connections: options.connections,
    durationSeconds: options.durationSeconds,
    requests: result.requests.total,
    reqPerSec: Math.round(result.requests.average * 10) / 10,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    latencyMax: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors: result.mismatches,
  };
}
