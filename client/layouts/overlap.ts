/** A rectangle to keep clear of the others: its centre and size, in model coordinates. */
export interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface OverlapOptions {
  /** Space kept between two boxes. */
  gap: number;
  /** Passes over every pair; each pass halves most remaining overlaps. */
  iterations: number;
  /** Boxes that must not move (nodes already placed); the other box of a pair then moves the whole way. */
  pinned?: ReadonlySet<string>;
}

const SLACK = 0.5;

export const OVERLAP_DEFAULTS: OverlapOptions = { gap: 6, iterations: 200 };

/**
 * Pushes overlapping boxes apart, each pair along the axis where they overlap least, half the distance each, until
 * none overlap (or the passes run out). Force layouts keep nodes apart on average but let a dense middle overlap;
 * run on node-and-label boxes, this leaves no label over another label or node. Quadratic: meant for graphs small
 * enough to read (a few hundred nodes). Moves `boxes` in place.
 */
export function removeOverlaps(boxes: Box[], options: Partial<OverlapOptions> = {}): void {
  const { gap, iterations, pinned } = { ...OVERLAP_DEFAULTS, ...options };
  for (let pass = 0; pass < iterations; pass++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i] as Box;
      for (let j = i + 1; j < boxes.length; j++) {
        const b = boxes[j] as Box;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const overlapX = (a.width + b.width) / 2 + gap - Math.abs(dx);
        const overlapY = (a.height + b.height) / 2 + gap - Math.abs(dy);
        if (overlapX <= 0 || overlapY <= 0) continue;
        const aPinned = pinned?.has(a.id) ?? false;
        const bPinned = pinned?.has(b.id) ?? false;
        if (aPinned && bPinned) continue;
        moved = true;
        const shareA = aPinned ? 0 : bPinned ? 1 : 0.5;
        // Equal centres have no direction: the later box goes right (or down), so every run ends the same.
        // A little more than the overlap, so chains of small corrections end instead of creeping to zero.
        if (overlapX < overlapY) {
          const push = (overlapX + SLACK) * (dx >= 0 ? 1 : -1);
          a.x -= push * shareA;
          b.x += push * (1 - shareA);
        } else {
          const push = (overlapY + SLACK) * (dy >= 0 ? 1 : -1);
          a.y -= push * shareA;
          b.y += push * (1 - shareA);
        }
      }
    }
    if (!moved) return;
  }
}
