import { readFileSync } from 'node:fs';
import { buildSchema, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { estimateCost, type GraphCounts, ListSizes } from '../../server/graphql/cost.js';
import { SCHEMA_FILE } from '../../server/graphql/schema.js';

const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));

/** Counts shaped like the benchmark's L graph (5,000 people, 30,000 jobs), rounded. */
const L: GraphCounts = {
  Entity: 260_000,
  Person: 5_000,
  Job: 30_000,
  Company: 2_000,
  Tool: 900,
  Category: 30,
  Challenge: 90_000,
  Incident: 30_000,
  Evidence: 600_000,
  'Person-HELD': 30_000,
  'Job-AT': 30_000,
  'Job-USED': 600_000,
  'Job-FACED': 90_000,
  'Job-HAD_INCIDENT': 30_000,
  'Job-HAS_EVIDENCE': 600_000,
  'Evidence-MENTIONS': 900_000,
  'Tool-IN_CATEGORY': 900,
  'Challenge-INVOLVED': 180_000,
  'Incident-INVOLVED': 60_000,
};

/** The bundled narratives: one person, six jobs. */
const S: GraphCounts = {
  Entity: 141,
  Person: 1,
  Job: 6,
  Company: 6,
  Tool: 79,
  Category: 25,
  Challenge: 18,
  Incident: 6,
  Evidence: 109,
  'Person-HELD': 6,
  'Job-AT': 6,
  'Job-USED': 120,
  'Job-FACED': 18,
  'Job-HAD_INCIDENT': 6,
  'Job-HAS_EVIDENCE': 109,
  'Evidence-MENTIONS': 180,
  'Tool-IN_CATEGORY': 79,
  'Challenge-INVOLVED': 40,
  'Incident-INVOLVED': 12,
};

function cost(query: string, counts: GraphCounts | undefined, variables?: Record<string, unknown>): number {
  const document = parse(query);
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  return estimateCost(schema, document, operation, variables, new ListSizes(counts));
}

const GRAPH = `query Graph($limit: Int) { graph(limit: $limit) { ...G } }
  fragment G on Graph { nodes { id type label weight category } edges { id source target type } truncated total }`;

describe('the query cost estimate counts the real sizes of lists', () => {
  it('refuses the 39 MB query at the L scale, and lets the same shape through on a small graph', () => {
    const hostile = '{ tools(first: 1000) { jobs { evidence { text } } } }';
    // 900 tools × 667 jobs per tool (capped at 1000) × 20 sentences per job.
    expect(cost(hostile, L)).toBeGreaterThan(10_000_000);
    expect(cost(hostile, L)).toBeGreaterThan(250_000);
    expect(cost(hostile, S)).toBeLessThan(250_000);
  });

  it('counts `first` from literals, variables and the schema default, bounded by how many nodes there are', () => {
    expect(cost('{ tools(first: 10) { name } }', L)).toBe(1 + 10);
    expect(cost('query($n: Int) { tools(first: $n) { name } }', L, { n: 20 })).toBe(1 + 20);
    // tools' default `first` is 100.
    expect(cost('query($n: Int) { tools(first: $n) { name } }', L, {})).toBe(1 + 100);
    // people(first: 1000) on a graph of one person is one person.
    expect(cost('{ people(first: 1000) { name } }', S)).toBe(1 + 1);
  });

  it("lets the explorer's whole-graph request through at L, sized by `limit`", () => {
    const full = cost(GRAPH, L, { limit: 5000 });
    expect(full).toBeLessThan(250_000);
    expect(cost(GRAPH, L, { limit: 50_000 })).toBeGreaterThan(full * 5);
    // A shortest path is at most maxLength + 1 nodes, whatever the graph.
    expect(cost('{ shortestPath(from: "a", to: "b") { nodes { id } edges { id } } }', L)).toBe(
      1 + 1 + 7 + 1 + 6,
    );
  });

  it("prices one person's graph by a busy person's jobs, not by the whole graph", () => {
    const one = `query($p: ID) { graph(person: $p, limit: 5000) { nodes { id } edges { id source target } } }`;
    const whole = cost(one, L, {});
    const personal = cost(one, L, { p: 'person:1' });
    expect(personal).toBeLessThan(whole / 50);
    // Twelve jobs (twice the average of six), each with its company, 20 tools, 3 challenges and an incident.
    expect(personal).toBeGreaterThan(12 * (1 + 1 + 20 + 3 + 1));
    // On a graph of one person, that person's graph is still bounded by what there is.
    expect(cost(one, S, { p: 'person:me' })).toBeLessThan(cost(one, S, {}) * 2);
  });

  it('sizes a Graph fragment by the field it is spread under', () => {
    const both = `{ a: graph(limit: 5000) { ...G } b: shortestPath(from: "x", to: "y") { ...G } }
      fragment G on Graph { nodes { id } }`;
    expect(cost(both, L)).toBe(1 + 1 + 5000 + 1 + 1 + 7);
  });

  it('counts every nested list as 10 items before the counts are known', () => {
    expect(cost('{ tools(first: 5) { jobs { id } } }', undefined)).toBe(1 + 5 * (1 + 10));
    // A root list without `first` as long as a nested list may be, not endless.
    expect(cost('{ categories { name } }', undefined)).toBe(1 + 1000);
  });
});

describe('the cost of a match', () => {
  // The explorer's own document: at the benchmark's M scale it was priced at 860,000 values and refused with 400.
  const posting = (bytes: number) =>
    '- Kafka, Spark and Terraform in production\n'.repeat(Math.ceil(bytes / 44));

  it("prices the explorer's Match document by the posting and a person's jobs, not the graph's widest fan-out", async () => {
    const { MATCH } = await import('../../client/api/documents.js');
    const limit = 250_000;
    for (const counts of [S, L])
      for (const bytes of [5 * 1024, 100 * 1024])
        expect(cost(MATCH, counts, { text: posting(bytes), person: 'person:me' })).toBeLessThan(limit);
    // Still grows with the posting: a long one asks for more than a short one.
    expect(cost(MATCH, L, { text: posting(100 * 1024) })).toBeGreaterThan(
      cost(MATCH, L, { text: posting(5 * 1024) }),
    );
  });
});
