import type { SeedRows } from '../../seed/load/rows.js';

/** One node: its key property (`id`, or `key` for aliases) and every other property. */
export interface NodeRow {
  key: string;
  props: Record<string, unknown>;
}

export interface NodeSet {
  /** The first label names the set (and the CSV id space); the others are extra labels (`Entity`). */
  label: string;
  labels: string[];
  /** The property that identifies the node (the uniqueness constraint's property). */
  keyProperty: 'id' | 'key';
  rows: NodeRow[];
}

export interface RelRow {
  start: string;
  end: string;
  props?: Record<string, unknown>;
}

export interface RelSet {
  type: string;
  startLabel: string;
  endLabel: string;
  rows: RelRow[];
}

/** The graph a load produces, label by label and relationship type by type. */
export interface GraphExport {
  nodes: NodeSet[];
  relationships: RelSet[];
  nodeCount: number;
  relationshipCount: number;
}

/** Drops null/undefined values, as Neo4j does (a null property is no property). */
function defined(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
}

/**
 * The nodes, relationships and properties the seed statements (cypher/seed/*.cypher, including 99-finish's weights)
 * create from `rows`, computed in memory. It feeds the neo4j-admin import anchor and the per-row MERGE baseline, so
 * both write exactly the graph our loader writes; the bench compares label and type counts after each to be sure.
 */
export function graphFromRows(rows: SeedRows): GraphExport {
  const nodes = new Map<string, NodeSet>();
  const rels = new Map<string, RelSet>();
  const node = (labels: string[], keyProperty: 'id' | 'key', key: string, props: Record<string, unknown>) => {
    const label = labels[0] as string;
    let set = nodes.get(label);
    if (!set) {
      set = { label, labels, keyProperty, rows: [] };
      nodes.set(label, set);
    }
    set.rows.push({ key, props: defined(props) });
  };
  const rel = (
    type: string,
    startLabel: string,
    endLabel: string,
    start: string,
    end: string,
    props?: Record<string, unknown>,
  ) => {
    const name = `${type}:${startLabel}:${endLabel}`;
    let set = rels.get(name);
    if (!set) {
      set = { type, startLabel, endLabel, rows: [] };
      rels.set(name, set);
    }
    set.rows.push(props ? { start, end, props: defined(props) } : { start, end });
  };

  const toolWeight = new Map<string, number>();
  for (const u of rows.used) toolWeight.set(u.toolId, (toolWeight.get(u.toolId) ?? 0) + 1);
  const companyWeight = new Map<string, number>();
  for (const j of rows.jobs) companyWeight.set(j.companyId, (companyWeight.get(j.companyId) ?? 0) + 1);
  const categoryWeight = new Map<string, number>();
  for (const t of rows.tools) categoryWeight.set(t.categoryId, (categoryWeight.get(t.categoryId) ?? 0) + 1);
  const skills = new Map<string, Set<string>>();
  for (const s of rows.skills) {
    const set = skills.get(s.personId) ?? new Set<string>();
    set.add(s.toolId);
    skills.set(s.personId, set);
  }
  const heldCount = new Map<string, number>();
  for (const j of rows.jobs) heldCount.set(j.personId, (heldCount.get(j.personId) ?? 0) + 1);

  for (const c of rows.categories) {
    node(['Category', 'Entity'], 'id', c.id, {
      name: c.name,
      label: c.name,
      searchText: c.name,
      nodeType: 'CATEGORY',
      weight: categoryWeight.get(c.id) ?? 0,
    });
  }
  for (const t of rows.tools) {
    node(['Tool', 'Entity'], 'id', t.id, {
      key: t.key,
      name: t.name,
      label: t.name,
      nodeType: 'TOOL',
      aliases: t.aliases,
      category: t.category,
      vendor: t.vendor,
      searchText: t.aliases.reduce((s, a) => `${s} ${a}`, ''),
      weight: toolWeight.get(t.id) ?? 0,
    });
    rel('IN_CATEGORY', 'Tool', 'Category', t.id, t.categoryId);
    for (const key of t.keys) {
      node(['Alias'], 'key', key, {});
      rel('NAMES', 'Alias', 'Tool', key, t.id);
    }
  }
  for (const p of rows.persons) {
    node(['Person', 'Entity'], 'id', p.id, {
      name: p.name,
      label: p.name,
      searchText: p.name,
      nodeType: 'PERSON',
      weight: (heldCount.get(p.id) ?? 0) + (skills.get(p.id)?.size ?? 0),
    });
  }
  for (const c of rows.companies) {
    node(['Company', 'Entity'], 'id', c.id, {
      name: c.name,
      label: c.name,
      searchText: c.name,
      nodeType: 'COMPANY',
      weight: companyWeight.get(c.id) ?? 0,
    });
  }
  for (const j of rows.jobs) {
    node(['Job', 'Entity'], 'id', j.id, j.props);
    rel('HELD', 'Person', 'Job', j.personId, j.id);
    rel('AT', 'Job', 'Company', j.id, j.companyId);
  }
  for (const u of rows.used)
    rel('USED', 'Job', 'Tool', u.jobId, u.toolId, { mentions: u.mentions, spellings: u.spellings });
  const jobIds = new Set(rows.jobs.map((j) => j.id));
  for (const e of rows.evidence) {
    node(['Evidence'], 'id', e.id, { text: e.text, section: e.section, line: e.line });
    rel('HAS_EVIDENCE', jobIds.has(e.ownerId) ? 'Job' : 'Person', 'Evidence', e.ownerId, e.id);
    for (const t of e.toolIds) rel('MENTIONS', 'Evidence', 'Tool', e.id, t);
  }
  for (const x of rows.items) {
    node(x.labels, 'id', x.id, x.props);
    const label = x.labels[0] as string;
    rel(x.rel, 'Job', label, x.jobId, x.id);
    for (const t of x.toolIds) rel('INVOLVED', label, 'Tool', x.id, t);
  }
  for (const [personId, tools] of skills)
    for (const t of tools) rel('SKILLED_IN', 'Person', 'Tool', personId, t);

  const nodeSets = [...nodes.values()];
  const relSets = [...rels.values()];
  return {
    nodes: nodeSets,
    relationships: relSets,
    nodeCount: nodeSets.reduce((n, s) => n + s.rows.length, 0),
    relationshipCount: relSets.reduce((n, s) => n + s.rows.length, 0),
  };
}

/** Node counts by label and relationship counts by type, as the graph export predicts them. */
export function expectedCounts(graph: GraphExport): {
  labels: Record<string, number>;
  types: Record<string, number>;
} {
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  for (const s of graph.nodes) for (const l of s.labels) labels[l] = (labels[l] ?? 0) + s.rows.length;
  for (const s of graph.relationships) types[s.type] = (types[s.type] ?? 0) + s.rows.length;
  return { labels, types };
}
