import { byWeightThenLabel, type ConcentricOptions, concentricRings } from './concentric.js';
import type { LayoutGraph, LayoutNode, Positions } from './types.js';

/**
 * "Recurrence rings": the tool used in the most jobs sits in the middle, each smaller job count one ring further
 * out; the career (person, jobs, companies) forms the ring between recurring and one-off tools; challenges,
 * incidents and categories are outermost.
 */
export function ringsLayout(graph: LayoutGraph, options: Partial<ConcentricOptions> = {}): Positions {
  const recurring = new Map<number, LayoutNode[]>();
  const career: LayoutNode[] = [];
  const oneOff: LayoutNode[] = [];
  const stories: LayoutNode[] = [];
  const categories: LayoutNode[] = [];
  const other: LayoutNode[] = [];
  for (const n of graph.nodes) {
    const w = Math.round(n.weight ?? 1);
    if (n.type === 'TOOL' && w >= 2) {
      const ring = recurring.get(w);
      if (ring) ring.push(n);
      else recurring.set(w, [n]);
    } else if (n.type === 'TOOL') oneOff.push(n);
    else if (n.type === 'PERSON' || n.type === 'JOB' || n.type === 'COMPANY') career.push(n);
    else if (n.type === 'CHALLENGE' || n.type === 'INCIDENT') stories.push(n);
    else if (n.type === 'CATEGORY') categories.push(n);
    else other.push(n);
  }
  const byId = (a: LayoutNode, b: LayoutNode) => (a.id < b.id ? -1 : 1);
  const levels = [
    ...[...recurring.entries()].sort((a, b) => b[0] - a[0]).map(([, nodes]) => nodes.sort(byWeightThenLabel)),
    career.sort(byId),
    oneOff.sort(byWeightThenLabel),
    stories.sort(byId),
    categories.sort(byWeightThenLabel),
    other.sort(byId),
  ];
  return concentricRings(levels, options);
}
