import type { Graph, GraphEdge, GraphNode, NodeType } from '../../contract/graphql.js';

/** A graph as graph.cypher, neighborhood.cypher and shortestPath.cypher return it: one list per field. */
export interface GraphColumns {
  ids: string[];
  nodeTypes: string[];
  labels: string[];
  weights: (number | null)[];
  categories: (string | null)[];
  sources: string[];
  targets: string[];
  types: string[];
  truncated: boolean;
  total: number;
}

/**
 * Turns the columns back into nodes and edges. An edge's id is its source, type and target ("job:me:1>USED>tool:
 * apache-kafka"): stable, and built here rather than sent over Bolt once more.
 */
export function columnsToGraph(columns: GraphColumns | null): Graph | null {
  if (!columns) return null;
  const nodes: GraphNode[] = columns.ids.map((id, i) => ({
    id,
    type: columns.nodeTypes[i] as NodeType,
    label: columns.labels[i] ?? id,
    weight: columns.weights[i] ?? null,
    category: columns.categories[i] ?? null,
  }));
  const edges: GraphEdge[] = columns.sources.map((source, i) => {
    const target = columns.targets[i] as string;
    const type = columns.types[i] as string;
    return { id: `${source}>${type}>${target}`, source, target, type };
  });
  return { nodes, edges, truncated: columns.truncated, total: columns.total };
}
