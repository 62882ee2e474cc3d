import { hashString } from './seed.js';
import type { LayoutEdge, Positions } from './types.js';

export interface PlaceOptions {
  /** Radius of the first ring around the node the new ones hang from. */
  firstRadius: number;
  /** Distance between rings, and least distance kept from nodes already placed. */
  spacing: number;
}

export const PLACE_DEFAULTS: PlaceOptions = { firstRadius: 130, spacing: 64 };

/**
 * Positions for nodes joining a laid-out graph (an expansion, a path, a filter relaxed), without moving any node
 * already placed. Each new node goes on rings around its first placed neighbour, in a free slot; a node with no
 * placed neighbour goes on a ring around the whole graph. Deterministic: same inputs, same places.
 */
export function placeNewNodes(
  newIds: readonly string[],
  edges: readonly Pick<LayoutEdge, 'source' | 'target'>[],
  placed: Positions,
  options: Partial<PlaceOptions> = {},
): Positions {
  const o = { ...PLACE_DEFAULTS, ...options };
  const occupied: { x: number; y: number }[] = Object.values(placed);
  const all: Positions = { ...placed };
  const result: Positions = {};
  const anchorOf = (id: string): string | null => {
    let best: string | null = null;
    for (const e of edges) {
      const other = e.source === id ? e.target : e.target === id ? e.source : null;
      if (other !== null && all[other] && (best === null || other < best)) best = other;
    }
    return best;
  };
  const groups = new Map<string, string[]>();
  const orphans: string[] = [];
  for (const id of [...newIds].sort()) {
    const anchor = anchorOf(id);
    if (anchor === null) orphans.push(id);
    else groups.set(anchor, [...(groups.get(anchor) ?? []), id]);
  }
  for (const [anchor, ids] of [...groups.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const center = all[anchor];
    if (!center) continue;
    fillRings(ids, center, o.firstRadius, hashString(anchor) % 360, o, occupied, all, result);
  }
  if (orphans.length) {
    const bounds = boundsOf(Object.values(all));
    const center = { x: (bounds.x1 + bounds.x2) / 2, y: (bounds.y1 + bounds.y2) / 2 };
    const radius = Math.max(
      o.firstRadius,
      Math.hypot(bounds.x2 - bounds.x1, bounds.y2 - bounds.y1) / 2 + o.spacing,
    );
    fillRings(orphans, center, radius, 0, o, occupied, all, result);
  }
  return result;
}

function fillRings(
  ids: readonly string[],
  center: { x: number; y: number },
  firstRadius: number,
  offsetDegrees: number,
  o: PlaceOptions,
  occupied: { x: number; y: number }[],
  all: Positions,
  result: Positions,
): void {
  let next = 0;
  for (let ring = 0; next < ids.length && ring < 200; ring++) {
    const radius = firstRadius + ring * o.spacing;
    const slots = Math.max(6, Math.floor((2 * Math.PI * radius) / o.spacing));
    for (let s = 0; s < slots && next < ids.length; s++) {
      const angle = ((offsetDegrees * Math.PI) / 180 + (2 * Math.PI * s) / slots) % (2 * Math.PI);
      const p = {
        x: Math.round(center.x + radius * Math.cos(angle)),
        y: Math.round(center.y + radius * Math.sin(angle)),
      };
      if (occupied.some((q) => Math.hypot(q.x - p.x, q.y - p.y) < o.spacing * 0.75)) continue;
      const id = ids[next++] as string;
      result[id] = p;
      all[id] = p;
      occupied.push(p);
    }
  }
  // A crowded neighbourhood can leave nodes without a free slot after many rings; stack them outside.
  for (; next < ids.length; next++) {
    const id = ids[next] as string;
    const p = { x: center.x + firstRadius + 200 * o.spacing + next * o.spacing, y: center.y };
    result[id] = p;
    all[id] = p;
  }
}

function boundsOf(points: readonly { x: number; y: number }[]) {
  if (points.length === 0) return { x1: 0, y1: 0, x2: 0, y2: 0 };
  return {
    x1: Math.min(...points.map((p) => p.x)),
    y1: Math.min(...points.map((p) => p.y)),
    x2: Math.max(...points.map((p) => p.x)),
    y2: Math.max(...points.map((p) => p.y)),
  };
}
