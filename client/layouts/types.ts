/** Model coordinates of nodes, by id. */
export type Positions = Record<string, { x: number; y: number }>;

/** What a layout needs to know about a node; plain data, so it can be posted to a worker. */
export interface LayoutNode {
  id: string;
  type: string;
  label: string;
  size: number;
  weight: number | null;
  category: string | null;
  /** Estimated size of the node's label (drawn under it), so a readable layout can leave room for it. */
  labelWidth?: number;
  labelHeight?: number;
}

export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  /** Ideal length for force layouts. */
  length: number;
  /** Pull strength for force layouts. */
  elasticity: number;
}

export interface LayoutGraph {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
}
