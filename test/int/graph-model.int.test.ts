import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { packageRoot } from '../../db/paths.js';
import { extractDocuments } from '../../seed/extract/documents.js';
import { graphFromRows } from '../../seed/load/graph-model.js';
import { loadPeople } from '../../seed/load/loader.js';
import { buildRows } from '../../seed/load/rows.js';
import { BUNDLED_NARRATIVES } from '../../seed/paths.js';
import { testDatabase, wipe } from '../helpers/db.js';

/**
 * seed/load/graph-model.ts describes the graph a load writes; the seed statements write it. Here a real load of
 * several people (narratives, a JSON Resume with skills, a team) is read back whole and compared with the
 * description, node for node and edge for edge, every property included.
 */

let db: Database;
beforeAll(async () => {
  db = testDatabase();
  await wipe(db);
});
afterAll(async () => {
  await db.close();
});

type Props = Record<string, unknown>;
const canonical = (props: Props) => JSON.stringify(Object.fromEntries(Object.entries(props).sort()));

describe('the graph model (seed/load/graph-model.ts)', () => {
  it('is exactly what a load writes', async () => {
    const fixtures = join(packageRoot(), 'test', 'fixtures');
    const files = [
      BUNDLED_NARRATIVES,
      join(fixtures, 'inputs', 'jane-doe.resume.json'),
      join(fixtures, 'team', 'dana-kim.md'),
      join(fixtures, 'team', 'eli-martin.md'),
    ];
    const { people, taxonomy } = extractDocuments(files);
    await loadPeople(db, people, taxonomy);
    const described = graphFromRows(buildRows(people, taxonomy));

    const expectedNodes = new Map<string, string>();
    for (const set of described.nodes)
      for (const row of set.rows)
        expectedNodes.set(
          `${[...set.labels].sort().join(':')} ${row.key}`,
          canonical({ ...row.props, [set.keyProperty]: row.key }),
        );
    const actualNodes = new Map<string, string>();
    const nodes = await db.read<{ labels: string[]; props: Props }>(
      'MATCH (n) WHERE NOT n:SkillgraphMeta RETURN labels(n) AS labels, properties(n) AS props',
    );
    for (const n of nodes)
      actualNodes.set(`${[...n.labels].sort().join(':')} ${n.props.id ?? n.props.key}`, canonical(n.props));

    const missing = [...expectedNodes.keys()].filter((k) => !actualNodes.has(k));
    const extra = [...actualNodes.keys()].filter((k) => !expectedNodes.has(k));
    const differ = [...expectedNodes].filter(([k, v]) => actualNodes.has(k) && actualNodes.get(k) !== v);
    expect({
      missing,
      extra,
      differ: differ.slice(0, 3).map(([k, v]) => [k, v, actualNodes.get(k)]),
    }).toEqual({
      missing: [],
      extra: [],
      differ: [],
    });
    expect(actualNodes.size).toBe(described.nodeCount);

    const edgeKey = (type: string, start: string, end: string, props: Props) =>
      `${type} ${start}>${end} ${canonical(props)}`;
    const expectedEdges = described.relationships
      .flatMap((set) => set.rows.map((r) => edgeKey(set.type, r.start, r.end, r.props ?? {})))
      .sort();
    const edges = await db.read<{ type: string; start: string; end: string; props: Props }>(
      `MATCH (a)-[r]->(b) WHERE NOT a:SkillgraphMeta
       RETURN type(r) AS type, coalesce(a.id, a.key) AS start, coalesce(b.id, b.key) AS end, properties(r) AS props`,
    );
    const actualEdges = edges.map((e) => edgeKey(e.type, e.start, e.end, e.props)).sort();
    expect(actualEdges).toEqual(expectedEdges);
    expect(actualEdges.length).toBe(described.relationshipCount);
  });
});
