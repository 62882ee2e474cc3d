import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from '../../server/graphql/schema.js';
import { warmUpOperations } from '../../server/graphql/warm-up.js';

describe('the warm-up operations', () => {
  const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
  const operations = warmUpOperations(schema);

  it('cover every root field, each with a document the schema accepts', () => {
    expect(operations.map((o) => o.field).sort()).toEqual(
      Object.keys(schema.getQueryType()?.getFields() ?? {}).sort(),
    );
    for (const { field, query } of operations) expect(validate(schema, parse(query)), field).toEqual([]);
  });

  it('ask for one item where they can: the plan is the same, the work is not', () => {
    const query = (field: string) => operations.find((o) => o.field === field)?.query;
    expect(query('graph')).toBe('query WarmUp { graph(limit: 1) { truncated total } }');
    expect(query('job')).toContain('job(id: "warm-up")');
    // tool(id:, name:) needs one of the two.
    expect(query('tool')).toContain('tool(id: "warm-up")');
  });
});
