import type { SeedRows } from './rows.js';

/**
 * The graph a load writes, described once. The seed statements (cypher/seed/*.cypher) set each node's and edge's
 * properties from the `props` map of its row, and `graphFromRows` turns the same rows into the nodes and
 * relationships an empty database holds after that load, 99-finish.cypher's derived properties included. The bench
 * feeds that to neo4j-admin import and the per-row baseline, and test/int/graph-model.int.test.ts checks that a
 * real load and this description agree property for property.
 */

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

export interface GraphExport {
  nodes: NodeSet[];
  relationships: RelSet[];
  nodeCount: number;
  relationshipCount: number;
}

/** Drops null and undefined values: Neo4j has no null properties, and `SET n += row.props` would remove them anyway. */
export function defined(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
}

/** What every node the explorer draws carries: its name for display and search, and its type. */
export function entityProps(name: string, nodeType: string, searchText = name): Record<string, unknown> {
  return { name, label: name, searchText, nodeType };
}

/**
 * 99-finish.cypher's derived properties, for a graph holding exactly these rows: how many jobs used each tool and at
 * which companies, how many jobs each company and person has, how many tools each category.
 */
export function derivedProps(rows: SeedRows): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  const add = (id: string, key: string, value: unknown) => out.set(id, { ...out.get(id), [key]: value });
  const count = (ids: string[]) => {
    const counts = new Map<string, number>();
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  };
  const toolJobs = count(rows.used.map((u) => u.toolId));
  const companyOfJob = new Map(rows.jobs.map((j) => [j.id, j.companyId]));
  const companyName = new Map(rows.companies.map((c) => [c.id, c.props.name as string]));
  const toolCompanies = new Map<string, Set<string>>();
  for (const u of rows.used) {
    const set = toolCompanies.get(u.toolId) ?? new Set<string>();
    set.add(companyOfJob.get(u.jobId) as string);
    toolCompanies.set(u.toolId, set);
  }
  for (const t of rows.tools) {
    add(t.id, 'weight', toolJobs.get(t.id) ?? 0);
    const ids = [...(toolCompanies.get(t.id) ?? [])];
    // Neo4j orders strings by code point, not by locale.
    const byName = (id: string) => companyName.get(id) ?? '';
    ids.sort((a, b) => (byName(a) < byName(b) ? -1 : byName(a) > byName(b) ? 1 : 0));
    add(t.id, 'companyIds', ids);
  }
  const companyJobs = count(rows.jobs.map((j) => j.companyId));
  for (const c of rows.companies) add(c.id, 'weight', companyJobs.get(c.id) ?? 0);
  const categoryTools = count(rows.tools.map((t) => t.categoryId));
  for (const c of rows.categories) add(c.id, 'weight', categoryTools.get(c.id) ?? 0);
  const held = count(rows.jobs.map((j) => j.personId));
  const skills = new Map<string, Set<string>>();
  for (const s of rows.skills) skills.set(s.personId, (skills.get(s.personId) ?? new Set()).add(s.toolId));
  for (const p of rows.persons) add(p.id, 'weight', (held.get(p.id) ?? 0) + (skills.get(p.id)?.size ?? 0));
  return out;
}

/** The nodes and relationships a load of `rows` into an empty database creates, with every property. */
export function graphFromRows(rows: SeedRows): GraphExport {
  const nodes = new Map<string, NodeSet>();
  const rels = new Map<string, RelSet>();
  const derived = derivedProps(rows);
  const node = (
    labels: string[],
    key: string,
    props: Record<string, unknown>,
    keyProperty: 'id' | 'key' = 'id',
  ) => {
    const label = labels[0] as string;
    let set = nodes.get(label);
    if (!set) {
      set = { label, labels, keyProperty, rows: [] };
      nodes.set(label, set);
    }
    set.rows.push({ key, props: defined({ ...props, ...derived.get(key) }) });
  };
  const rel = (
    type: string,
    ends: [string, string],
    start: string,
    end: string,
    props?: Record<string, unknown>,
  ) => {
    const name = `${type}:${ends[0]}:${ends[1]}`;
    let set = rels.get(name);
    if (!set) {
      set = { type, startLabel: ends[0], endLabel: ends[1], rows: [] };
      rels.set(name, set);
    }
    set.rows.push(props ? { start, end, props: defined(props) } : { start, end });
  };

  for (const c of rows.categories) node(['Category', 'Entity'], c.id, c.props);
  for (const t of rows.tools) {
    node(['Tool', 'Entity'], t.id, t.props);
    rel('IN_CATEGORY', ['Tool', 'Category'], t.id, t.categoryId);
    for (const key of t.keys) {
      node(['Alias'], key, {}, 'key');
      rel('NAMES', ['Alias', 'Tool'], key, t.id);
    }
  }
  for (const p of rows.persons) node(['Person', 'Entity'], p.id, p.props);
  for (const c of rows.companies) node(['Company', 'Entity'], c.id, c.props);
  for (const j of rows.jobs) {
    node(['Job', 'Entity'], j.id, j.props);
    rel('HELD', ['Person', 'Job'], j.personId, j.id);
    rel('AT', ['Job', 'Company'], j.id, j.companyId);
  }
  for (const u of rows.used) rel('USED', ['Job', 'Tool'], u.jobId, u.toolId, u.props);
  for (const m of rows.mentioned) rel('MENTIONED', ['Job', 'Tool'], m.jobId, m.toolId, m.props);
  const jobIds = new Set(rows.jobs.map((j) => j.id));
  for (const e of rows.evidence) {
    node(['Evidence'], e.id, e.props);
    rel('HAS_EVIDENCE', [jobIds.has(e.ownerId) ? 'Job' : 'Person', 'Evidence'], e.ownerId, e.id);
    for (const t of e.toolIds) rel('MENTIONS', ['Evidence', 'Tool'], e.id, t);
  }
  for (const x of rows.items) {
    node(x.labels, x.id, x.props);
    const label = x.labels[0] as string;
    rel(x.rel, ['Job', label], x.jobId, x.id);
    for (const t of x.toolIds) rel('INVOLVED', [label, 'Tool'], x.id, t);
  }
  const skills = new Set<string>();
  for (const s of rows.skills) {
    // 10-skills.cypher MERGEs, so a tool listed twice is one edge.
    if (skills.has(`${s.personId}>${s.toolId}`)) continue;
    skills.add(`${s.personId}>${s.toolId}`);
    rel('SKILLED_IN', ['Person', 'Tool'], s.personId, s.toolId);
  }

  const nodeSets = [...nodes.values()];
  const relSets = [...rels.values()];
  return {
    nodes: nodeSets,
    relationships: relSets,
    nodeCount: nodeSets.reduce((n, s) => n + s.rows.length, 0),
    relationshipCount: relSets.reduce((n, s) => n + s.rows.length, 0),
  };
}

/** Node counts by label and relationship counts by type, as the description predicts them. */
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
