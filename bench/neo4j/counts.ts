import type { Database } from '../../db/database.js';

export interface GraphCounts {
  labels: Record<string, number>;
  types: Record<string, number>;
  nodes: number;
  relationships: number;
}

/**
 * The loader's own bookkeeping (the migration version node) is not part of the
 * skills graph, and the CSV import never has it; counting it would report a
 * mismatch that says nothing about the data.
 */
const BOOKKEEPING_LABEL = 'SkillgraphMeta';

/** Node counts by label and relationship counts by type, from Neo4j's count store (constant time per entry). */
export async function countGraph(db: Database): Promise<GraphCounts> {
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  const labelNames = await db.read<{ label: string }>(
    'CALL db.labels() YIELD label RETURN label ORDER BY label',
  );
  for (const { label } of labelNames) {
    if (label === BOOKKEEPING_LABEL) continue;
    const rows = await db.read<{ n: number }>(`MATCH (n:\`${label}\`) RETURN count(n) AS n`);
    const n = rows[0]?.n ?? 0;
    if (n > 0) labels[label] = n;
  }
  const typeNames = await db.read<{ type: string }>(
    'CALL db.relationshipTypes() YIELD relationshipType AS type RETURN type ORDER BY type',
  );
  for (const { type } of typeNames) {
    const rows = await db.read<{ n: number }>(`MATCH ()-[r:\`${type}\`]->() RETURN count(r) AS n`);
    const n = rows[0]?.n ?? 0;
    if (n > 0) types[type] = n;
  }
  const total = await db.read<{ nodes: number; relationships: number }>(
    `RETURN COUNT { MATCH (n) WHERE NOT n:${BOOKKEEPING_LABEL} } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships`,
  );
  return { labels, types, nodes: total[0]?.nodes ?? 0, relationships: total[0]?.relationships ?? 0 };
}

/** Differences between two count sets ("Tool: 79 vs 80"); empty when they agree. */
export function countDifferences(
  a: { labels: Record<string, number>; types: Record<string, number> },
  b: { labels: Record<string, number>; types: Record<string, number> },
): string[] {
  const out: string[] = [];
  for (const kind of ['labels', 'types'] as const) {
    const keys = new Set([...Object.keys(a[kind]), ...Object.keys(b[kind])]);
    for (const k of [...keys].sort()) {
      if ((a[kind][k] ?? 0) !== (b[kind][k] ?? 0)) out.push(`${k}: ${a[kind][k] ?? 0} vs ${b[kind][k] ?? 0}`);
    }
  }
  return out;
}
