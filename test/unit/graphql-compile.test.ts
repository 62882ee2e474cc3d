import { readFileSync } from 'node:fs';
import { buildSchema, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkTemplates, instantiate, Namer } from '../../server/graphql/projection/compile.js';
import { SCHEMA_FILE } from '../../server/graphql/schema.js';

const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));

/** Compiles the first root field of `query` with `template` as its root Cypher. */
function compile(template: string, query: string, variables: Record<string, unknown> = {}): string {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const root = op?.selectionSet.selections[0];
  if (root?.kind !== Kind.FIELD || !root.selectionSet) throw new Error('bad test query');
  return instantiate(template, {}, [root.selectionSet], {
    schema,
    selection: { fragments, variables },
    namer: new Namer(),
  });
}

describe('the projection compiler', () => {
  it('checks at start-up that every field of the schema has its Cypher', () => {
    expect(() => checkTemplates(schema)).not.toThrow();
  });

  it('compiles nested selections into the root query, under their response keys', () => {
    const cypher = compile(
      'MATCH (t:Tool) RETURN #{Tool this=t} AS result',
      '{ tools { n: name jobs { id company { name } } } }',
    );
    expect(cypher).toBe(
      'MATCH (t:Tool) RETURN t {`n`: t.name, `jobs`: COLLECT { MATCH (t)<-[:USED]-(j__1:Job) WITH j__1 ORDER BY j__1.personId, j__1.ordinal LIMIT $nestedLimit RETURN j__1 {`id`: j__1.id, `company`: head(COLLECT { MATCH (j__1)-[:AT]->(c__2:Company) RETURN c__2 {`name`: c__2.name} })} }} AS result',
    );
  });

  it('gives every nesting level its own variables', () => {
    const cypher = compile(
      'MATCH (t:Tool) RETURN #{Tool this=t} AS result',
      '{ tools { jobs { tools { jobs { id } } } } }',
    );
    const distinct = (re: RegExp) => new Set(cypher.match(re)).size;
    expect(distinct(/\bj__\d+\b/g)).toBe(2);
    expect(distinct(/\bt__\d+\b/g)).toBe(1);
  });

  it('follows fragments and applies @skip and @include', () => {
    const query = `query ($withJobs: Boolean!) { tools { ...Names jobCount @skip(if: true) jobs @include(if: $withJobs) { id } } }
      fragment Names on Tool { name aliases }`;
    const without = compile('RETURN #{Tool this=t}', query, { withJobs: false });
    expect(without).toBe('RETURN t {`name`: t.name, `aliases`: coalesce(t.aliases, [])}');
    expect(compile('RETURN #{Tool this=t}', query, { withJobs: true })).toContain('`jobs`: COLLECT');
  });

  it('never puts argument values into the Cypher text', () => {
    const cypher = compile(
      'RETURN #{WhereUsed tool=t query=$query suggestions=s person=$person first=$first}',
      '{ whereUsed(tool: "x\' DETACH DELETE n //") { query usages { job { id } } } }',
    );
    expect(cypher).not.toContain('DETACH');
    expect(cypher).toContain('`query`: $query');
  });
});
