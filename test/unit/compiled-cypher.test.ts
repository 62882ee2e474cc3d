import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type GraphQLSchema, graphql, parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import * as documents from '../../client/api/documents.js';
import { EXAMPLES } from '../../client/graphiql/examples.js';
import { packageRoot } from '../../db/paths.js';
import type { Context } from '../../server/graphql/context.js';
import { createSchema } from '../../server/graphql/schema.js';

/**
 * The Cypher each GraphQL operation compiles to, pinned in files as the Neo4j GraphQL Library's TCK tests pin theirs:
 * a change to a template, a root query or the compiler shows in review as a change to these files. Nothing here
 * needs a database: the resolvers run with a context whose `read` records the query instead of sending it.
 * `npx vitest run -u test/unit/compiled-cypher.test.ts` rewrites the files after an intended change.
 */

/** Variables for the explorer's documents, as the explorer sends them on the bundled dataset. */
const VARIABLES: Record<string, Record<string, unknown>> = {
  Graph: { types: null, minJobs: null, person: null, limit: 5000 },
  Neighborhood: { id: 'tool:apache-kafka', depth: 1, limit: 200 },
  ShortestPath: { from: 'tool:apache-kafka', to: 'company:etsy' },
  WhereUsed: { tool: 'kafka' },
  RecurringTools: { minJobs: 2, first: 50 },
  Job: { id: 'job:me:1' },
  Match: {
    text: '## Requirements\n- Kafka and Spark in production\n- Terraform\n- Kubernetes\n## Nice to have\n- Apache Pulsar\n',
  },
};

interface Operation {
  name: string;
  source: string;
  variables: Record<string, unknown>;
}

function operationName(source: string): string | undefined {
  const doc = parse(source);
  for (const def of doc.definitions) if (def.kind === 'OperationDefinition') return def.name?.value;
  return undefined;
}

function operations(): Operation[] {
  const ops: Operation[] = [];
  for (const [constant, source] of Object.entries(documents)) {
    if (typeof source !== 'string') continue;
    const name = operationName(source) ?? constant;
    ops.push({ name: `explorer-${name}`, source, variables: VARIABLES[name] ?? {} });
  }
  for (const example of EXAMPLES) {
    ops.push({ name: `graphiql-${operationName(example.query)}`, source: example.query, variables: {} });
  }
  const api = readFileSync(join(packageRoot(), 'docs', 'api.md'), 'utf8');
  let n = 0;
  for (const m of api.matchAll(/```graphql\n([\s\S]*?)```/g)) {
    n += 1;
    const source = m[1] as string;
    const field = /\{\s*(\w+)/.exec(source)?.[1] ?? 'query';
    ops.push({ name: `docs-api-${String(n).padStart(2, '0')}-${field}`, source, variables: {} });
  }
  return ops;
}

interface Recorded {
  cypher: string;
  params: Record<string, unknown>;
}

async function compile(schema: GraphQLSchema, op: Operation): Promise<Recorded[]> {
  const recorded: Recorded[] = [];
  const context: Context = {
    queryTimeoutMs: 5_000,
    read: async (cypher, params) => {
      recorded.push({ cypher, params });
      return [];
    },
  };
  // Answers are empty, so non-null fields report errors; only the recorded queries matter here.
  await graphql({ schema, source: op.source, variableValues: op.variables, contextValue: context });
  return recorded;
}

function render(op: Operation, recorded: Recorded[]): string {
  const lines = [
    `// ${op.name}`,
    ...op.source
      .trim()
      .split('\n')
      .map((l) => `// ${l}`),
  ];
  if (Object.keys(op.variables).length) lines.push(`// variables: ${JSON.stringify(op.variables)}`);
  for (const r of recorded) {
    lines.push('', `// params: ${JSON.stringify(r.params)}`, r.cypher.trim());
  }
  return `${lines.join('\n')}\n`;
}

let schema: GraphQLSchema;
beforeAll(() => {
  schema = createSchema();
});

describe('compiled Cypher', () => {
  const all = operations();

  it('covers the explorer, GraphiQL and every docs/api.md example', () => {
    expect(all.filter((o) => o.name.startsWith('explorer-')).length).toBeGreaterThanOrEqual(10);
    expect(all.filter((o) => o.name.startsWith('graphiql-')).length).toBe(EXAMPLES.length);
    expect(all.filter((o) => o.name.startsWith('docs-api-')).length).toBeGreaterThanOrEqual(18);
  });

  for (const op of all) {
    it(`${op.name} compiles to one query per root field, as pinned`, async () => {
      const recorded = await compile(schema, op);
      const roots = parse(op.source).definitions.flatMap((d) =>
        d.kind === 'OperationDefinition' ? d.selectionSet.selections : [],
      );
      expect(recorded).toHaveLength(roots.length);
      // Values travel as parameters, never inside the query text.
      for (const r of recorded)
        for (const value of Object.values(r.params))
          if (typeof value === 'string' && value.length > 3) expect(r.cypher).not.toContain(value);
      await expect(render(op, recorded)).toMatchFileSnapshot(`__snapshots__/cypher/${op.name}.cypher`);
    });
  }
});
