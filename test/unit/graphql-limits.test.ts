import { readFileSync } from 'node:fs';
import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { limitRules } from '../../server/graphql/limits.js';
import { SCHEMA_FILE } from '../../server/graphql/schema.js';

const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
const rules = [...specifiedRules, ...limitRules({ maxDepth: 8, maxAliases: 30 })];
const errors = (query: string) =>
  validate(schema, parse(query), rules).map((e) => [e.extensions.code, e.message]);

describe('query limits', () => {
  it('accepts the explorer’s queries and GraphiQL’s introspection', () => {
    expect(
      errors(
        '{ whereUsed(tool: "Kafka") { tool { id name aliases } usages { job { id label company { name } } evidence { text section line } } suggestions } }',
      ),
    ).toEqual([]);
    expect(
      errors(
        '{ job(id: "job:me:1") { title team { role count } tools { name category } challenges { title resolution tools { name } } incidents { failure cause rectification learning tools { name } } } }',
      ),
    ).toEqual([]);
    expect(errors(getIntrospectionQuery())).toEqual([]);
  });

  it('rejects deep queries, naming the limit', () => {
    let deep = 'name';
    for (let i = 0; i < 25; i++) deep = `jobs { tools { ${deep} } }`;
    const [first] = errors(`{ tools { ${deep} } }`);
    expect(first?.[0]).toBe('QUERY_TOO_COMPLEX');
    expect(first?.[1]).toMatch(/Query depth 5\d exceeds the limit of 8/);
  });

  it('rejects too many aliases', () => {
    const many = Array.from({ length: 1000 }, (_, i) => `a${i}: stats { jobs }`).join(' ');
    expect(errors(`{ ${many} }`)).toContainEqual([
      'QUERY_TOO_COMPLEX',
      'The query uses more than 30 aliases, the most allowed.',
    ]);
  });

  it('stays fast on fragment bombs', () => {
    const fragments = Array.from(
      { length: 40 },
      (_, i) => `fragment F${i} on Tool { name ${i < 39 ? `...F${i + 1} ...F${i + 1}` : ''} }`,
    ).join('\n');
    const started = Date.now();
    errors(`{ tools { ...F0 } }\n${fragments}`);
    // Without memoisation this document expands to 2^40 fields; linear work finishes at once.
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
