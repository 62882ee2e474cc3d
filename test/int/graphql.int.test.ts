import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let queries: string[] = [];
let lastParams: Record<string, unknown> = {};
/** Holds each query back this long before it reaches Neo4j, so requests sent together are in flight together. */
let holdMs = 0;

beforeAll(async () => {
  server = await startTestServer();
  // Count what the real driver runs: wrap its executeQuery (the only path reads take) without changing it.
  const driver = server.db.driver as Driver & { executeQuery: Driver['executeQuery'] };
  const original = driver.executeQuery.bind(driver);
  driver.executeQuery = ((query: string, ...rest: unknown[]) => {
    queries.push(query);
    lastParams = rest[0] as Record<string, unknown>;
    const run = () => (original as (...args: unknown[]) => Promise<unknown>)(query, ...rest);
    return holdMs ? new Promise((r) => setTimeout(r, holdMs)).then(run) : run();
  }) as Driver['executeQuery'];
});

afterAll(async () => {
  await server.close();
});

async function ok(query: string, variables?: Record<string, unknown>) {
  const { status, body } = await gql(server.url, query, variables);
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  return body.data as Record<string, any>;
}

describe('the GraphQL contract on the user’s document', () => {
  it('whereUsed(tool: "Kafka") returns exactly the Truist and Pfizer jobs, each with its evidence sentences', async () => {
    const data = await ok(`{ whereUsed(tool: "Kafka") {
      query tool { id name aliases jobCount }
      usages { job { id company { name } } evidence { text section line } }
      suggestions } }`);
    const w = data.whereUsed;
    expect(w.tool).toMatchObject({ id: 'tool:apache-kafka', name: 'Apache Kafka', jobCount: 2 });
    expect(w.usages.map((u: any) => u.job.company.name)).toEqual(['Truist Financial Corporation', 'Pfizer']);
    expect(w.usages[0].evidence.map((e: any) => e.line)).toEqual([21, 30, 48]);
    expect(w.usages[0].evidence[0]).toEqual({
      text: 'Created data ingestion pipelines using AWS Lambda, Kinesis, and Kafka for real-time and batch processing.',
      section: 'Features',
      line: 21,
    });
    expect(w.usages[1].evidence).toEqual([
      {
        text: 'Containerized applications with Confluent Kafka and managed container networking for secure communication.',
        section: 'Features',
        line: 207,
      },
    ]);
    expect(w.suggestions).toEqual([]);
  });

  it('resolves "confluent kafka", "KAFKA" and a question to the same tool', async () => {
    for (const name of ['confluent kafka', 'KAFKA', 'where did I use kafka?']) {
      const data = await ok(
        'query ($t: String!) { whereUsed(tool: $t) { tool { id } usages { job { id } } } }',
        { t: name },
      );
      expect(data.whereUsed.tool.id).toBe('tool:apache-kafka');
      expect(data.whereUsed.usages).toHaveLength(2);
    }
  });

  it('also takes a tool id', async () => {
    const data = await ok('{ whereUsed(tool: "tool:apache-kafka") { tool { name } usages { job { id } } } }');
    expect(data.whereUsed.tool.name).toBe('Apache Kafka');
    expect(data.whereUsed.usages).toHaveLength(2);
  });

  it('suggests Apache Kafka for "kafak", with no usages', async () => {
    const data = await ok('{ whereUsed(tool: "kafak") { tool { id } usages { job { id } } suggestions } }');
    expect(data.whereUsed).toEqual({ tool: null, usages: [], suggestions: ['Apache Kafka'] });
  });

  it('recurringTools ranks the tool used in the most jobs first', async () => {
    const data = await ok('{ recurringTools(first: 3) { jobCount tool { name } companies { name } } }');
    expect(data.recurringTools[0]).toMatchObject({ jobCount: 6, tool: { name: 'Confluence' } });
    expect(data.recurringTools[0].companies).toHaveLength(6);
    const counts = data.recurringTools.map((r: any) => r.jobCount);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });

  it('shortestPath between two tools runs through jobs', async () => {
    const data = await ok(
      '{ shortestPath(from: "tool:apache-kafka", to: "tool:django") { nodes { id type } edges { source target type } } }',
    );
    const path = data.shortestPath;
    expect(path.nodes[0].id).toBe('tool:apache-kafka');
    expect(path.nodes.at(-1).id).toBe('tool:django');
    expect(path.nodes.some((n: any) => n.type === 'JOB')).toBe(true);
    expect(path.edges).toHaveLength(path.nodes.length - 1);
    expect(
      await ok('{ shortestPath(from: "tool:apache-kafka", to: "tool:no-such-tool") { nodes { id } } }'),
    ).toEqual({
      shortestPath: null,
    });
  });

  it('neighborhood respects limit and says when it cut', async () => {
    const data = await ok(
      '{ neighborhood(id: "tool:python", depth: 2, limit: 10) { nodes { id } edges { source target } truncated total } }',
    );
    const g = data.neighborhood;
    expect(g.nodes).toHaveLength(10);
    expect(g.nodes[0].id).toBe('tool:python');
    expect(g.truncated).toBe(true);
    expect(g.total).toBeGreaterThan(10);
    const ids = new Set(g.nodes.map((n: any) => n.id));
    for (const e of g.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });

  it('answers the rest of the contract', async () => {
    const data = await ok(`{
      tools(search: "spark", first: 5) { id name }
      tool(name: "pyspark") { id category vendor jobCount jobs { id } }
      coUsedTools(tool: "Kafka", first: 3) { sharedJobs tool { name } }
      people { id name jobs { id } }
      jobs(person: "person:me") { id ordinal title platform leadPercent codePercent teamSize team { role count } endUsers summary }
      job(id: "job:me:5") { company { name } person { name } tools { id } challenges { title } incidents { failure cause } }
      companies { id name jobs { id } }
      challenges(tool: "NiFi") { title resolution job { id } tools { name } }
      incidents(tool: "Sqoop") { failure rectification learning job { id } }
      search(text: "partitioning", first: 5) { id type label snippet score }
      graph(types: [TOOL, JOB], minJobs: 3) { nodes { id type weight } edges { type } truncated total }
      stats { people jobs companies tools challenges incidents relationships }
    }`);
    expect(data.tools[0]).toEqual({ id: 'tool:apache-spark', name: 'Apache Spark' });
    expect(data.tool).toMatchObject({ id: 'tool:apache-spark', jobCount: 3 });
    expect(data.coUsedTools[0].sharedJobs).toBe(2);
    expect(data.people).toEqual([{ id: 'person:me', name: 'Me', jobs: expect.any(Array) }]);
    expect(data.jobs).toHaveLength(6);
    expect(data.jobs[0]).toMatchObject({
      ordinal: 1,
      title: 'Team Lead',
      platform: 'AWS',
      leadPercent: 60,
      codePercent: 40,
      teamSize: 10,
    });
    expect(data.job.company.name).toBe('Cox Communications');
    expect(data.job.incidents[0].cause).toContain('network instability');
    expect(data.companies).toHaveLength(6);
    expect(data.challenges.map((c: any) => c.job.id)).toEqual(['job:me:5']);
    expect(data.incidents).toHaveLength(1);
    expect(data.search[0]).toMatchObject({ type: 'JOB', snippet: expect.stringMatching(/partitioning/i) });
    expect(data.graph.nodes.every((n: any) => n.type === 'JOB' || n.weight >= 3)).toBe(true);
    const streaming = await ok(
      '{ graph(types: [TOOL, CATEGORY], category: "streaming") { nodes { id type } } }',
    );
    expect(streaming.graph.nodes.map((n: any) => n.id).sort()).toEqual([
      'category:streaming',
      'tool:amazon-kinesis',
      'tool:apache-kafka',
      'tool:azure-stream-analytics',
    ]);
    expect(data.stats).toMatchObject({ people: 1, jobs: 6, companies: 6, challenges: 18, incidents: 6 });
  });

  it('runs exactly one Cypher query per contract operation, nested fields included', async () => {
    const operations = [
      '{ whereUsed(tool: "Kafka") { tool { name jobs { company { name jobs { tools { name } } } } } usages { job { person { jobs { id } } company { name } tools { name } } evidence { text } } } }',
      '{ tools(first: 5) { name jobs { title company { name } challenges { title } } } }',
      '{ tool(name: "Python") { usages { job { incidents { tools { name } } } evidence { line } } } }',
      '{ recurringTools { tool { name } companies { name jobs { title } } } }',
      '{ coUsedTools(tool: "Python") { tool { jobs { id } } sharedJobs } }',
      '{ people { jobs { company { name } tools { name } team { role } } } }',
      '{ jobs { company { name } person { name } tools { name } challenges { title } incidents { failure } } }',
      '{ job(id: "job:me:1") { features { text tools { name } } contributions { title } practices { kind tools { name } } evidence { text } } }',
      '{ companies { jobs { tools { name } } } }',
      '{ challenges { job { company { name } } tools { name } } }',
      '{ incidents { job { title } tools { name } } }',
      '{ search(text: "Kafka") { id label } }',
      '{ graph { nodes { id } edges { id } } }',
      '{ neighborhood(id: "job:me:1", depth: 2) { nodes { id } edges { id } } }',
      '{ shortestPath(from: "person:me", to: "tool:django") { nodes { id } } }',
      '{ stats { jobs } }',
      '{ categories { name tools { name jobs { id } } } }',
      '{ company(id: "company:pfizer") { jobs { tools { name } } } }',
      '{ category(id: "category:streaming") { tools { jobs { id } } } }',
      '{ challenge(id: "challenge:me:5:1") { job { company { name } } tools { name } } }',
      '{ incident(id: "incident:me:4:1") { job { title } tools { name } } }',
      '{ person(id: "person:me") { jobs { id } skills { name } } }',
      '{ graph(category: "Streaming") { nodes { id } } }',
    ];
    for (const operation of operations) {
      queries = [];
      await ok(operation);
      expect(queries, operation).toHaveLength(1);
    }
  });

  it('answers identical requests that arrive together from one execution, and different ones separately', async () => {
    // A neighborhood, not the whole graph: whole-graph answers are also cached across requests (graph-cache.int.test.ts).
    const hub = '{ neighborhood(id: "tool:python", depth: 2, limit: 500) { nodes { id } edges { id } } }';
    queries = [];
    // On a busy machine a fast query can finish before the last of six requests arrives; held back, it cannot.
    holdMs = 500;
    const answers = await Promise.all(Array.from({ length: 6 }, () => ok(hub))).finally(() => {
      holdMs = 0;
    });
    expect(queries).toHaveLength(1);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0]?.neighborhood.nodes.length).toBeGreaterThan(50);
    queries = [];
    await Promise.all([
      ok(hub),
      ok('{ neighborhood(id: "tool:python", depth: 1) { nodes { id } edges { id } } }'),
      ok('{ neighborhood(id: "job:me:1", depth: 2) { nodes { id } } }'),
    ]);
    expect(queries).toHaveLength(3);
    // Nothing is kept once an execution is over: the next request runs the query again.
    queries = [];
    await ok(hub);
    expect(queries).toHaveLength(1);
  });

  it('starts from an index wherever a query has a key to start from (PROFILE)', async () => {
    const keyed = [
      '{ whereUsed(tool: "Kafka") { tool { name } usages { job { id } evidence { text } } } }',
      '{ whereUsed(tool: "kafak") { suggestions } }',
      '{ tool(name: "pyspark") { id jobs { id } } }',
      '{ tool(id: "tool:python") { id } }',
      '{ coUsedTools(tool: "Python") { sharedJobs } }',
      '{ job(id: "job:me:1") { title tools { name } } }',
      '{ company(id: "company:pfizer") { name } }',
      '{ challenge(id: "challenge:me:5:1") { title } }',
      '{ jobs(person: "person:me") { id } }',
      '{ challenges(tool: "NiFi") { title } }',
      '{ incidents(tool: "Sqoop") { failure } }',
      '{ neighborhood(id: "tool:python", depth: 2) { nodes { id } } }',
      '{ shortestPath(from: "tool:apache-kafka", to: "tool:django") { nodes { id } } }',
      '{ search(text: "Kafka") { id } }',
    ];
    const session = server.db.driver.session({ database: server.db.name });
    try {
      for (const operation of keyed) {
        queries = [];
        await ok(operation);
        const result = await session.run(`PROFILE ${queries[0]}`, lastParams);
        const operators: { type: string; rows: number }[] = [];
        const walk = (plan: { operatorType: string; rows: number; children: unknown[] }) => {
          operators.push({ type: plan.operatorType, rows: plan.rows });
          for (const child of plan.children) walk(child as never);
        };
        walk(result.summary.profile as never);
        const plan = operators.map((o) => `${o.type}(${o.rows})`).join(', ');
        expect(
          operators.some((o) => /IndexSeek|ProcedureCall/.test(o.type)),
          `${operation}: ${plan}`,
        ).toBe(true);
        // A scan may be planned for the "everything" branch of a query, but must not run when a key is given.
        const scans = operators.filter(
          (o) => /AllNodesScan|NodeByLabelScan|NodeIndexScan/.test(o.type) && o.rows > 0,
        );
        expect(scans, `${operation}: ${plan}`).toEqual([]);
      }
    } finally {
      await session.close();
    }
  });
});

describe('hostile input', () => {
  const injections = [
    "Kafka' OR 1=1 //",
    '") MATCH (n) DETACH DELETE n //',
    '}) DETACH DELETE n RETURN 1 AS result //',
    '`; DROP CONSTRAINT tool_id',
    '$key',
    '\\u0000 \\\\ " \' ` ~ * ? : [ ] { } ( ) ^ && || !',
    'kafka~0.1 OR title:*',
  ];

  it('treats Cypher and Lucene metacharacters in every string argument as plain text', async () => {
    const before = await ok(
      '{ stats { people jobs companies tools challenges incidents evidence relationships } }',
    );
    for (const s of injections) {
      const v = { s };
      await ok(
        'query ($s: String!) { whereUsed(tool: $s) { tool { id } usages { job { id } } suggestions } }',
        v,
      );
      await ok(
        'query ($s: String!) { tools(search: $s, category: $s) { id } tool(name: $s) { id } coUsedTools(tool: $s) { sharedJobs } }',
        v,
      );
      await ok(
        'query ($s: String, $id: ID) { challenges(tool: $s) { id } incidents(tool: $s) { id } jobs(person: $id) { id } }',
        { s, id: s },
      );
      await ok('query ($s: ID!) { job(id: $s) { id } shortestPath(from: $s, to: $s) { nodes { id } } }', v);
      const search = await gql(server.url, 'query ($s: String!) { search(text: $s) { id } }', v);
      expect([200, 400]).toContain(search.status);
      const hood = await gql(server.url, 'query ($s: ID!) { neighborhood(id: $s) { nodes { id } } }', v);
      expect(hood.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect(
      await ok('{ stats { people jobs companies tools challenges incidents evidence relationships } }'),
    ).toEqual(before);
  });
});
