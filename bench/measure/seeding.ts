import neo4j from 'neo4j-driver';
import type { Database } from '../../db/database.js';
import { applySchema } from '../../db/schema.js';
import { toParams } from '../../db/values.js';
import { expectedCounts, type GraphExport, graphFromRows } from '../../seed/load/graph-model.js';
import { type LoadSummary, loadPeople } from '../../seed/load/loader.js';
import { buildRows } from '../../seed/load/rows.js';
import type { PersonDocument } from '../../seed/model.js';
import type { Taxonomy } from '../../seed/taxonomy/load.js';
import { now, round } from '../lib/stats.js';
import { countDifferences, countGraph, type GraphCounts } from '../neo4j/counts.js';

export interface LoaderRun {
  people: number;
  seconds: number;
  nodesCreated: number;
  relationshipsCreated: number;
}

export interface LoaderResult {
  /** Creating the constraints and indexes on the empty database, before the first load (not in `seconds`). */
  schemaSeconds: number;
  /** People per `loadPeople` call; each call is one transaction. */
  peoplePerRun: number;
  runs: LoaderRun[];
  seconds: number;
  nodes: number;
  relationships: number;
  relationshipsPerSecond: number;
  nodesPerSecond: number;
  counts: GraphCounts;
  /**
   * Seconds per loader step over all runs, timed between the loader's beforeBatch calls: "prepare" is building the
   * rows and applying the schema, "finish" is 99-finish.cypher plus the commit.
   */
  steps: Record<string, number>;
  /** Label/type count differences between the database and the graph the CSV anchor writes; empty = identical. */
  mismatches: string[];
}

/**
 * Loads the people with Skillgraph's loader (`loadPeople`: batched UNWIND statements, one transaction per call), in
 * runs of `peoplePerRun` people, and checks that the database then holds exactly the graph `graph` describes.
 */
export async function measureLoader(options: {
  db: Database;
  people: PersonDocument[];
  taxonomy: Taxonomy;
  graph: GraphExport;
  peoplePerRun: number;
  log: (line: string) => void;
}): Promise<LoaderResult> {
  const { db, people, taxonomy, graph, peoplePerRun, log } = options;
  let t = now();
  await applySchema(db);
  const schemaSeconds = (now() - t) / 1000;
  const runs: LoaderRun[] = [];
  const steps: Record<string, number> = {};
  const add = (step: string, seconds: number) => {
    steps[step] = round((steps[step] ?? 0) + seconds, 3);
  };
  const started = now();
  for (let i = 0; i < people.length; i += peoplePerRun) {
    const batch = people.slice(i, i + peoplePerRun);
    t = now();
    let mark = t;
    let current = 'prepare';
    const summary: LoadSummary = await loadPeople(db, batch, taxonomy, {
      beforeBatch: (step) => {
        add(current, (now() - mark) / 1000);
        mark = now();
        current = step;
      },
    });
    add(current, (now() - mark) / 1000);
    const seconds = (now() - t) / 1000;
    runs.push({
      people: batch.length,
      seconds: round(seconds, 2),
      nodesCreated: summary.nodesCreated,
      relationshipsCreated: summary.relationshipsCreated,
    });
    log(
      `  loaded people ${i + 1}-${i + batch.length}: ${summary.relationshipsCreated} relationships in ${seconds.toFixed(1)} s`,
    );
  }
  const seconds = (now() - started) / 1000;
  const counts = await countGraph(db);
  const nodes = runs.reduce((n, r) => n + r.nodesCreated, 0);
  const relationships = runs.reduce((n, r) => n + r.relationshipsCreated, 0);
  return {
    schemaSeconds: round(schemaSeconds, 2),
    peoplePerRun,
    runs,
    seconds: round(seconds, 2),
    nodes,
    relationships,
    relationshipsPerSecond: Math.round(relationships / seconds),
    nodesPerSecond: Math.round(nodes / seconds),
    counts,
    steps,
    mismatches: countDifferences(counts, expectedCounts(graph)),
  };
}

export interface PerRowResult {
  sampleNodes: number;
  sampleRelationships: number;
  seconds: number;
  rowsPerSecond: number;
  /** The full graph's rows at that rate: an extrapolation, not a measurement. */
  extrapolatedSeconds: number;
  method: string;
}

/**
 * About `rows` rows of `graph` in the same proportions of node and relationship rows, keeping only relationships
 * whose two ends are in the slice (a MATCH that finds nothing would make the baseline look cheaper than it is).
 * Used when one person alone is far more than the sample asks for (the S scale is one person).
 */
function slice(graph: GraphExport, rows: number): GraphExport {
  const share = rows / (graph.nodeCount + graph.relationshipCount);
  const kept = new Map<string, Set<string>>();
  const nodes = graph.nodes.map((set) => {
    const taken = set.rows.slice(0, Math.ceil(set.rows.length * share));
    kept.set(set.label, new Set(taken.map((r) => r.key)));
    return { ...set, rows: taken };
  });
  const relationships = graph.relationships.map((set) => ({
    ...set,
    rows: set.rows
      .filter((r) => kept.get(set.startLabel)?.has(r.start) && kept.get(set.endLabel)?.has(r.end))
      .slice(0, Math.ceil(set.rows.length * share)),
  }));
  const count = (sets: { rows: unknown[] }[]) => sets.reduce((n, set) => n + set.rows.length, 0);
  return { nodes, relationships, nodeCount: count(nodes), relationshipCount: count(relationships) };
}

/**
 * The naive loader's cost: one auto-commit MERGE statement per node row and per relationship row (the id
 * constraints exist, so every MERGE and MATCH is an index seek), on a sample of the people. Extrapolated linearly
 * to the whole graph. Leaves the database empty.
 */
export async function measurePerRowMerge(options: {
  db: Database;
  people: PersonDocument[];
  taxonomy: Taxonomy;
  fullGraph: GraphExport;
  sampleRows: number;
}): Promise<PerRowResult> {
  const { db, taxonomy, fullGraph } = options;
  // Whole people, until the sample has enough rows.
  let sample: GraphExport = graphFromRows(buildRows(options.people.slice(0, 1), taxonomy));
  for (let n = 2; n <= options.people.length; n++) {
    if (sample.nodeCount + sample.relationshipCount >= options.sampleRows) break;
    sample = graphFromRows(buildRows(options.people.slice(0, n), taxonomy));
  }
  if (sample.nodeCount + sample.relationshipCount > 2 * options.sampleRows)
    sample = slice(sample, options.sampleRows);
  await applySchema(db);
  const nodeStatement = (set: GraphExport['nodes'][number]) => {
    const extra = set.labels
      .slice(1)
      .map((l) => `:\`${l}\``)
      .join('');
    return `MERGE (n:\`${set.label}\` {${set.keyProperty}: $key})${extra ? ` SET n${extra}` : ''} SET n += $props`;
  };
  const relationshipStatement = (set: GraphExport['relationships'][number]) => {
    const key = (label: string) => (label === 'Alias' ? 'key' : 'id');
    return (
      `MATCH (a:\`${set.startLabel}\` {${key(set.startLabel)}: $start}) ` +
      `MATCH (b:\`${set.endLabel}\` {${key(set.endLabel)}: $end}) ` +
      `MERGE (a)-[r:\`${set.type}\`]->(b) SET r += $props`
    );
  };
  const session = db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.WRITE });
  // Plan every statement first (EXPLAIN plans and caches without running): a naive loader compiles each of its few
  // statements once over a whole load, so a short sample must not pay for planning on every row it measures.
  for (const set of sample.nodes) await session.run(`EXPLAIN ${nodeStatement(set)}`, { key: '', props: {} });
  for (const set of sample.relationships)
    await session.run(`EXPLAIN ${relationshipStatement(set)}`, { start: '', end: '', props: {} });
  const started = now();
  try {
    for (const set of sample.nodes) {
      const cypher = nodeStatement(set);
      for (const row of set.rows) await session.run(cypher, toParams({ key: row.key, props: row.props }));
    }
    for (const set of sample.relationships) {
      const cypher = relationshipStatement(set);
      for (const row of set.rows)
        await session.run(cypher, toParams({ start: row.start, end: row.end, props: row.props ?? {} }));
    }
  } finally {
    await session.close();
  }
  const seconds = (now() - started) / 1000;
  await db.write('MATCH (n) DETACH DELETE n');
  const rows = sample.nodeCount + sample.relationshipCount;
  const rate = rows / seconds;
  return {
    sampleNodes: sample.nodeCount,
    sampleRelationships: sample.relationshipCount,
    seconds: round(seconds, 2),
    rowsPerSecond: Math.round(rate),
    extrapolatedSeconds: round((fullGraph.nodeCount + fullGraph.relationshipCount) / rate, 1),
    method:
      'one auto-commit MERGE per node row (MERGE on the id, SET the properties) and per relationship row (MATCH both ends by id, MERGE the relationship), sequential, on one session',
  };
}
