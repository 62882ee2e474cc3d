import type { LayoutNode, Positions } from './types.js';

export interface ConcentricOptions {
  /** Space left between neighbouring nodes on a ring, beyond their sizes (room for labels). */
  spacing: number;
  /** Least distance between consecutive rings. */
  ringGap: number;
}

export const CONCENTRIC_DEFAULTS: ConcentricOptions = { spacing: 46, ringGap: 90 };

/**
 * Places levels of nodes on concentric rings, the first level innermost (alone at the centre when it is one node).
 * Each ring is as large as its nodes need and at least `ringGap` outside the previous one; nodes keep the order
 * they are given, starting at the top.
 */
export function concentricRings(
  levels: readonly LayoutNode[][],
  options: Partial<ConcentricOptions> = {},
): Positions {
  const { spacing, ringGap } = { ...CONCENTRIC_DEFAULTS, ...options };
  const positions: Positions = {};
  let radius = 0;
  let previousMax = 0;
  let first = true;
  for (const level of levels) {
    if (level.length === 0) continue;
    const maxSize = Math.max(...level.map((n) => n.size));
    if (first && level.length === 1) {
      const only = level[0];
      if (only) positions[only.id] = { x: 0, y: 0 };
      previousMax = maxSize;
      first = false;
      continue;
    }
    const circumference = level.reduce((sum, n) => sum + n.size + spacing, 0);
    const needed = circumference / (2 * Math.PI);
    radius = Math.max(needed, radius + ringGap + (previousMax + maxSize) / 2 - (first ? ringGap : 0));
    const step = (2 * Math.PI) / level.length;
    level.forEach((n, i) => {
      const angle = -Math.PI / 2 + i * step;
      positions[n.id] = { x: round(radius * Math.cos(angle)), y: round(radius * Math.sin(angle)) };
    });
    previousMax = maxSize;
    first = false;
  }
  return positions;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** Orders nodes by weight (heaviest first), then label, then id: a stable order for ring positions. */
export function byWeightThenLabel(a: LayoutNode, b: LayoutNode): number {
  return (b.weight ?? 0) - (a.weight ?? 0) || a.label.localeCompare(b.label) || (a.id < b.id ? -1 : 1);
}
