import type { ElementDefinition } from 'cytoscape';
import type { NodeType } from '../../contract/graphql.js';
import type { GraphData, GraphEdgeData, GraphNodeData } from '../api/operations.js';
import type { LayoutGraph } from '../layouts/types.js';
import {
  displayLabel,
  edgeElasticity,
  edgeLength,
  labelBoxEstimate,
  labelSize,
  nodeSize,
} from '../styles/sizing.js';

/** What each Cytoscape node carries: the API's node plus what the stylesheet and layouts read. */
export interface NodeElementData extends GraphNodeData {
  /** Text drawn on the canvas. */
  display: string;
  size: number;
  fontSize: number;
}

export interface EdgeElementData extends GraphEdgeData {
  /** Ideal length for the force layout. */
  length: number;
}

/** One node as a Cytoscape element; the type is also a class so selectors stay short (`node.tool`). */
export function nodeElement(node: GraphNodeData): ElementDefinition {
  const data: NodeElementData = {
    id: node.id,
    type: node.type,
    label: node.label,
    weight: node.weight ?? null,
    category: node.category ?? null,
    display: displayLabel(node.type, node.label),
    size: nodeSize(node.type, node.weight),
    fontSize: labelSize(node.type, node.weight),
  };
  return {
    group: 'nodes',
    data: { ...data },
    classes: `${node.type.toLowerCase()}${isMinor(node) ? ' minor' : ''}`,
  };
}

/**
 * Minor nodes lose their labels when zoomed out, so the overview reads as jobs, companies and recurring tools:
 * tools used once, categories, challenges and incidents.
 */
export function isMinor(node: Pick<GraphNodeData, 'type' | 'weight'>): boolean {
  if (node.type === 'TOOL') return (node.weight ?? 1) < 2;
  return node.type === 'CATEGORY' || node.type === 'CHALLENGE' || node.type === 'INCIDENT';
}

export function edgeElement(edge: GraphEdgeData): ElementDefinition {
  const data: EdgeElementData = { ...edge, length: edgeLength(edge.type) };
  return { group: 'edges', data: { ...data }, classes: edge.type.toLowerCase() };
}

/** A GraphQL Graph as Cytoscape elements; edges whose ends are missing are dropped rather than crashing cy.add. */
export function toElements(graph: Pick<GraphData, 'nodes' | 'edges'>): ElementDefinition[] {
  const ids = new Set(graph.nodes.map((n) => n.id));
  return [
    ...graph.nodes.map(nodeElement),
    ...graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map(edgeElement),
  ];
}

/**
 * The union of several graphs (the filtered base graph, expansions, a path), each node and edge once. Later parts
 * do not override earlier ones. `truncated`/`total` describe the first part only.
 */
export function composeGraph(parts: readonly GraphData[]): GraphData {
  const nodes = new Map<string, GraphNodeData>();
  const edges = new Map<string, GraphEdgeData>();
  for (const part of parts) {
    for (const n of part.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
  }
  for (const part of parts) {
    for (const e of part.edges) {
      if (!edges.has(e.id) && nodes.has(e.source) && nodes.has(e.target)) edges.set(e.id, e);
    }
  }
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    truncated: parts[0]?.truncated ?? false,
    total: parts[0]?.total ?? nodes.size,
  };
}

/** Counts of nodes per type, for the legend. */
export function countByType(nodes: readonly Pick<GraphNodeData, 'type'>[]): Record<NodeType, number> {
  const counts: Record<NodeType, number> = {
    PERSON: 0,
    JOB: 0,
    COMPANY: 0,
    TOOL: 0,
    CATEGORY: 0,
    CHALLENGE: 0,
    INCIDENT: 0,
  };
  for (const n of nodes) counts[n.type] += 1;
  return counts;
}

/** The plain data a layout needs (sizes, types, edge lengths), posted as is to the layout worker. */
export function toLayoutGraph(graph: Pick<GraphData, 'nodes' | 'edges'>): LayoutGraph {
  const ids = new Set(graph.nodes.map((n) => n.id));
  return {
    nodes: graph.nodes.map((n) => {
      const box = labelBoxEstimate(n.type, n.label, n.weight);
      return {
        id: n.id,
        type: n.type,
        label: n.label,
        size: nodeSize(n.type, n.weight),
        weight: n.weight ?? null,
        category: n.category ?? null,
        labelWidth: Math.round(box.width),
        labelHeight: Math.round(box.height),
      };
    }),
    edges: graph.edges
      .filter((e) => ids.has(e.source) && ids.has(e.target))
      .map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        type: e.type,
        length: edgeLength(e.type),
        elasticity: edgeElasticity(e.type),
      })),
  };
}
