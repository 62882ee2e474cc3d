import { type ConcentricOptions, concentricRings } from './concentric.js';
import type { LayoutGraph, LayoutNode, Positions } from './types.js';

/**
 * "Around the selection": breadth-first rings around a root node, one ring per hop. Nodes not reachable from the
 * root go on a last ring. The root defaults to the most connected node.
 */
export function aroundLayout(
  graph: LayoutGraph,
  root: string | null,
  options: Partial<ConcentricOptions> = {},
): Positions {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const adjacency = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (!byId.has(e.source) || !byId.has(e.target)) continue;
    for (const [a, b] of [
      [e.source, e.target],
      [e.target, e.source],
    ] as const) {
      const list = adjacency.get(a);
      if (list) list.push(b);
      else adjacency.set(a, [b]);
    }
  }
  const start = root && byId.has(root) ? root : mostConnected(graph.nodes, adjacency);
  if (!start) return {};
  const depth = new Map<string, number>([[start, 0]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i] as string;
    const next = [...(adjacency.get(id) ?? [])].sort();
    for (const n of next) {
      if (depth.has(n)) continue;
      depth.set(n, (depth.get(id) ?? 0) + 1);
      queue.push(n);
    }
  }
  const levels: LayoutNode[][] = [];
  const unreachable: LayoutNode[] = [];
  for (const id of queue) {
    const node = byId.get(id);
    const d = depth.get(id) ?? 0;
    if (!node) continue;
    const level = levels[d];
    if (level) level.push(node);
    else levels[d] = [node];
  }
  for (const n of graph.nodes) if (!depth.has(n.id)) unreachable.push(n);
  // Within a ring, group by type so jobs, tools and categories form arcs rather than a shuffle.
  const sorted = levels.map((level) =>
    [...level].sort((a, b) => a.type.localeCompare(b.type) || a.label.localeCompare(b.label)),
  );
  return concentricRings([...sorted, unreachable.sort((a, b) => (a.id < b.id ? -1 : 1))], options);
}

function mostConnected(nodes: readonly LayoutNode[], adjacency: Map<string, string[]>): string | null {
  let best: string | null = null;
  let bestDegree = -1;
  for (const n of nodes) {
    const degree = adjacency.get(n.id)?.length ?? 0;
    if (degree > bestDegree || (degree === bestDegree && best !== null && n.id < best)) {
      best = n.id;
      bestDegree = degree;
    }
  }
  return best;
}
