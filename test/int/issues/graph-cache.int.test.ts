import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../../db/paths.js';
import { seedFiles } from '../../../seed/seed.js';
import { testDatabase } from '../../helpers/db.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';

// Regression: every request for the whole graph recomputed it (0.5-1 s of Cypher at L), so 64 connections opening
// the explorer together all timed out. Identical requests are now answered from a cache keyed by the data's version.

let server: TestServer;
let queries = 0;

beforeAll(async () => {
  server = await startTestServer();
  const driver = server.db.driver as Driver & { executeQuery: Driver['executeQuery'] };
  const original = driver.executeQuery.bind(driver);
  // Counts the runs of graph.cypher (other reads, such as the counts the cost estimate refreshes, are not it).
  driver.executeQuery = ((query: string, ...rest: unknown[]) => {
    if (query.includes('personJobs')) queries += 1;
    return (original as (...a: unknown[]) => Promise<unknown>)(query, ...rest);
  }) as Driver['executeQuery'];
});

afterAll(async () => {
  await server.close();
});

const GRAPH = `query Graph($limit: Int) { graph(limit: $limit) { ...G } }
fragment G on Graph { nodes { id type label weight category } edges { id source target type } truncated total }`;

async function post(variables: Record<string, unknown> = { limit: 5000 }) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: GRAPH, variables }),
  });
  return {
    status: res.status,
    etag: res.headers.get('etag'),
    cache: res.headers.get('skillgraph-cache'),
    body: (await res.json()) as {
      data?: { graph: { nodes: { id: string }[]; total: number } };
      errors?: unknown[];
    },
  };
}

describe('the whole-graph answer cache', () => {
  it('answers an identical request without running the query again, with the same ETag and body', async () => {
    queries = 0;
    const first = await post();
    expect(first).toMatchObject({ status: 200, cache: 'miss' });
    expect(first.etag).toMatch(/^"[\w-]{32}"$/);
    expect(queries).toBe(1);
    const second = await post();
    expect(second).toMatchObject({ status: 200, cache: 'hit', etag: first.etag });
    expect(second.body).toEqual(first.body);
    expect(queries).toBe(1);
    // Other variables are another answer.
    const tools = await post({ limit: 10 });
    expect(tools.cache).toBe('miss');
    expect(tools.body.data?.graph.nodes).toHaveLength(10);
    expect(server.http.graphCache.stats()).toMatchObject({ hits: 1, misses: 2, entries: 2 });
  });

  it('answers a preflighted GET that sends the ETag back with 304 and no body', async () => {
    const url = `${server.url}/graphql?query=${encodeURIComponent(GRAPH)}&variables=${encodeURIComponent('{"limit":5000}')}`;
    const headers = { 'apollo-require-preflight': 'true' };
    const first = await fetch(url, { headers });
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag') as string;
    expect(first.headers.get('cache-control')).toBe('no-cache');
    await first.arrayBuffer();
    const again = await fetch(url, { headers: { ...headers, 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    // Without the preflight header a GET is refused, as Apollo's CSRF prevention refuses it.
    expect((await fetch(url)).status).toBe(400);
  });

  it('computes again after a seed from another connection, and computes once for many requests together', async () => {
    const before = await post();
    const other = testDatabase();
    try {
      await seedFiles(other, [join(packageRoot(), 'test', 'fixtures', 'team', 'dana-kim.md')]);
    } finally {
      await other.close();
    }
    queries = 0;
    const answers = await Promise.all(Array.from({ length: 16 }, () => post()));
    expect(queries).toBe(1);
    for (const a of answers) expect(a.etag).toBe(answers[0]?.etag);
    expect(answers[0]?.etag).not.toBe(before.etag);
    expect(answers[0]?.body.data?.graph.total).toBeGreaterThan(before.body.data?.graph.total ?? 0);
    expect(answers[0]?.body.data?.graph.nodes.map((n) => n.id)).toContain('person:dana-kim');
  });

  it('never stores an answer with errors', async () => {
    for (let i = 0; i < 2; i++) {
      const bad = await post({ limit: 0 });
      expect(bad.status).toBe(400);
      expect(bad.cache).toBeNull();
      expect(JSON.stringify(bad.body.errors)).toMatch(/BAD_USER_INPUT/);
    }
  });

  it('sends the answer gzipped when the client takes gzip, and plain when it does not', async () => {
    const { request } = await import('node:http');
    const raw = (encoding: string) =>
      new Promise<{ headers: Record<string, unknown>; bytes: number }>((resolve, reject) => {
        const req = request(
          `${server.url}/graphql`,
          { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': encoding } },
          (res) => {
            let bytes = 0;
            res.on('data', (c: Buffer) => {
              bytes += c.length;
            });
            res.on('end', () => resolve({ headers: res.headers, bytes }));
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify({ query: GRAPH, variables: { limit: 5000 } }));
      });
    const gzipped = await raw('gzip, deflate');
    const plain = await raw('identity');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzipped.bytes * 3).toBeLessThan(plain.bytes);
  });
});
