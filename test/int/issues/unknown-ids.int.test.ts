import { readFileSync } from 'node:fs';
import {
  buildSchema,
  type GraphQLField,
  getNamedType,
  getNullableType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from '../../../server/graphql/schema.js';
import { gql, startTestServer, type TestServer } from '../../helpers/server.js';

// Regression: graph(person: "nobody") answered 200 INTERNAL_SERVER_ERROR ("Cannot return null for non-nullable
// field Query.graph") and logged a stack. Every root field is asked about ids of every kind that name nothing.

const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
const UNKNOWN = [
  'nobody',
  'person:nobody',
  'job:nobody:1',
  'company:nowhere',
  'tool:no-such-tool',
  'category:nothing',
  'challenge:nobody:1:1',
  'incident:nobody:1:1',
];
/** Known values for the other required arguments, so each request asks about one unknown thing. */
const KNOWN: Record<string, string> = {
  tool: 'Kafka',
  text: 'kafka',
  id: 'tool:apache-kafka',
  from: 'person:me',
  to: 'tool:apache-kafka',
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

function selection(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (type.name === 'Graph') return '{ nodes { id } edges { id } total }';
  return isObjectType(type) ? '{ __typename }' : '';
}

const stringArgs = (field: GraphQLField<unknown, unknown>) =>
  field.args.filter((a) => ['ID', 'String'].includes(getNamedType(a.type).name));

describe('unknown ids (regression: graph(person: "nobody") was an INTERNAL_SERVER_ERROR)', () => {
  const fields = Object.values(schema.getQueryType()?.getFields() ?? {});

  it('every root field answers an id that names nothing with null, an empty result or NOT_FOUND, never a 500', async () => {
    let asked = 0;
    for (const field of fields) {
      for (const arg of stringArgs(field)) {
        for (const unknown of UNKNOWN) {
          const args = field.args
            .filter((a) => a.name === arg.name || isNonNullType(a.type))
            .map(
              (a) => `${a.name}: ${JSON.stringify(a.name === arg.name ? unknown : (KNOWN[a.name] ?? 'x'))}`,
            );
          const query = `{ answer: ${field.name}(${args.join(', ')}) ${selection(field)} }`;
          const { status, body } = await gql(server.url, query);
          asked += 1;
          const codes = (body.errors ?? []).map((e) => e.extensions?.code);
          expect(codes, query).not.toContain('INTERNAL_SERVER_ERROR');
          if (status === 404) {
            // The documented NOT_FOUND: a neighborhood needs a node to start from, and a match a person to match
            // against (an empty answer would read as "you have none of these").
            expect(['neighborhood', 'match'], query).toContain(field.name);
            expect(codes, query).toEqual(['NOT_FOUND']);
            continue;
          }
          expect(status, query).toBe(200);
          expect(body.errors, query).toBeUndefined();
          const answer = (body.data as Record<string, unknown>).answer;
          const type = getNullableType(field.type);
          if (answer === null) expect(isNonNullType(field.type), query).toBe(false);
          else if (isListType(type)) expect(Array.isArray(answer), query).toBe(true);
          else expect(answer, query).toBeTypeOf(isObjectType(getNamedType(type)) ? 'object' : typeof answer);
        }
      }
    }
    expect(asked).toBeGreaterThan(150);
  });

  it('documents each answer: null by id, empty for filters, NOT_FOUND for a neighborhood', async () => {
    const data = (q: string) => gql(server.url, q).then((r) => r.body.data as Record<string, any>);
    expect(await data('{ graph(person: "nobody") { nodes { id } edges { id } truncated total } }')).toEqual({
      graph: { nodes: [], edges: [], truncated: false, total: 0 },
    });
    // A category narrows tools and categories (the other types are drawn as they are): none of either here.
    expect(
      (await data('{ graph(types: [TOOL, CATEGORY], category: "no such category") { total } }')).graph.total,
    ).toBe(0);
    // Nothing matches: the same empty graph, not an error.
    expect((await data('{ graph(types: [TOOL], minJobs: 1000000) { total } }')).graph.total).toBe(0);
    expect(await data('{ job(id: "job:nobody:1") { id } tool(id: "tool:nope") { id } }')).toEqual({
      job: null,
      tool: null,
    });
    expect(
      await data('{ jobs(person: "person:nobody") { id } coUsedTools(tool: "nope") { sharedJobs } }'),
    ).toEqual({
      jobs: [],
      coUsedTools: [],
    });
    const kafkaOfNobody = await data(
      '{ whereUsed(tool: "Kafka", person: "person:nobody") { tool { id } usages { job { id } } } }',
    );
    expect(kafkaOfNobody.whereUsed).toEqual({ tool: { id: 'tool:apache-kafka' }, usages: [] });
    expect(
      (await data('{ shortestPath(from: "person:me", to: "tool:nope") { total } }')).shortestPath,
    ).toBeNull();
    const missing = await gql(server.url, '{ neighborhood(id: "tool:nope") { total } }');
    expect(missing.status).toBe(404);
    expect(missing.body.errors?.[0]).toMatchObject({
      message: 'No node has the id "tool:nope".',
      extensions: { code: 'NOT_FOUND' },
    });
  });
});

describe('requests the API does not take', () => {
  it('refuses a persisted-query request with 400 PERSISTED_QUERY_NOT_SUPPORTED (regression: it was 200)', async () => {
    for (const body of [
      { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } },
      {
        query: '{ stats { jobs } }',
        extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } },
      },
    ]) {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(400);
      const answer = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(answer.errors[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
      expect(answer.errors[0]?.message).toMatch(/send the GraphQL document itself/);
    }
  });

  it('gives no field suggestions in production (regression: "Did you mean" told the schema), and does in development', async () => {
    const typo = '{ tols { id } stats { jbos } }';
    const production = await gql(server.url, typo);
    expect(production.status).toBe(400);
    expect(production.body.errors?.length).toBe(2);
    for (const e of production.body.errors ?? []) expect(e.message).not.toMatch(/Did you mean/);
    const development = await startTestServer({ seed: false, env: { NODE_ENV: 'development' } });
    try {
      const answer = await gql(development.url, typo);
      expect(answer.body.errors?.map((e) => e.message).join(' ')).toMatch(/Did you mean "tools"/);
    } finally {
      await development.close();
    }
  });
});
