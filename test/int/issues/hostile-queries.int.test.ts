import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { estimateCost, ListSizes, readGraphCounts } from '../../../server/graphql/cost.js';
import { createSchema } from '../../../server/graphql/schema.js';
import { gql, startTestServer, type TestServer } from '../../helpers/server.js';

// Regression: tools(first: 1000) { jobs { evidence { text } } } cost 1,111 of the 5,000 limit (every list counted
// as 10 items) and answered 39 MB in 8 s; eight copies at once all timed out.

const HOSTILE = 'query Hostile($n: Int) { tools(first: $n) { name jobs { title evidence { text } } } }';

function count(value: unknown): number {
  if (Array.isArray(value)) return 1 + value.reduce((n: number, v) => n + count(v), 0);
  if (value && typeof value === 'object')
    return Object.values(value).reduce((n: number, v) => n + count(v), 0);
  return 1;
}

describe('hostile queries are refused or bounded', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('estimates the answer from the graph’s real counts, within a small factor of what it is', async () => {
    const counts = await readGraphCounts((cypher, params) => server.db.read(cypher, params));
    const document = parse(HOSTILE);
    const operation = document.definitions[0] as OperationDefinitionNode;
    expect(operation.kind).toBe(Kind.OPERATION_DEFINITION);
    const estimate = estimateCost(createSchema(), document, operation, { n: 1000 }, new ListSizes(counts));
    const { body } = await gql(server.url, HOSTILE, { n: 1000 });
    const actual = count(body.data);
    expect(estimate / actual).toBeGreaterThan(0.5);
    expect(estimate / actual).toBeLessThan(2);
  });

  it('refuses by the cost of the request’s own variables, not of the first one with that text', async () => {
    const strict = await startTestServer({ seed: false, env: { SKILLGRAPH_MAX_COST: '1000' } });
    try {
      const small = await gql(strict.url, HOSTILE, { n: 3 });
      expect(small.status).toBe(200);
      expect((small.body.data as { tools: unknown[] }).tools).toHaveLength(3);
      // The same document (Apollo validates it once and caches that), now with first: 1000.
      const big = await gql(strict.url, HOSTILE, { n: 1000 });
      expect(big.status).toBe(400);
      expect(big.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(big.body.errors?.[0]?.message).toMatch(
        /^Estimated query cost \d+ exceeds the limit of 1000: .*a lower `first` or `limit`/,
      );
      expect((await gql(strict.url, '{ stats { jobs } }')).status).toBe(200);
    } finally {
      await strict.close();
    }
  });

  it('refuses an answer over SKILLGRAPH_MAX_ANSWER with ANSWER_TOO_LARGE and how to ask for less, and keeps serving', async () => {
    const capped = await startTestServer({ seed: false, env: { SKILLGRAPH_MAX_ANSWER: '32kb' } });
    try {
      const { status, body } = await gql(capped.url, HOSTILE, { n: 1000 });
      expect(status).toBe(400);
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.[0]?.extensions?.code).toBe('ANSWER_TOO_LARGE');
      expect(body.errors?.[0]?.message).toMatch(/larger than 32 kB \(SKILLGRAPH_MAX_ANSWER\)/);
      expect(body.errors?.[0]?.message).toMatch(/tools\(first: 50\)/);
      // Asked for less, as the message says: one tool's jobs and their evidence fit.
      const less = await gql(capped.url, '{ tool(name: "Kafka") { jobs { title evidence { text } } } }');
      expect(less.status).toBe(200);
      expect(JSON.stringify(less.body.data).length).toBeLessThan(32 * 1024);
    } finally {
      await capped.close();
    }
  });
});
