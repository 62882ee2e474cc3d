import { describe, expect, it } from 'vitest';
import { type Box, removeOverlaps } from './overlap.js';

const overlapping = (boxes: Box[], gap = 0) =>
  boxes.some((a, i) =>
    boxes.some(
      (b, j) =>
        j > i &&
        Math.abs(a.x - b.x) < (a.width + b.width) / 2 + gap - 1e-6 &&
        Math.abs(a.y - b.y) < (a.height + b.height) / 2 + gap - 1e-6,
    ),
  );

describe('overlap removal', () => {
  it('moves a crowded middle apart until no two boxes overlap', () => {
    const boxes: Box[] = Array.from({ length: 12 }, (_, i) => ({
      id: `n${i}`,
      x: (i % 3) * 5,
      y: Math.floor(i / 3) * 5,
      width: 40,
      height: 30,
    }));
    removeOverlaps(boxes, { gap: 4, iterations: 200 });
    expect(overlapping(boxes, 4)).toBe(false);
  });

  it('leaves boxes that are already clear where they are', () => {
    const boxes: Box[] = [
      { id: 'a', x: 0, y: 0, width: 10, height: 10 },
      { id: 'b', x: 100, y: 0, width: 10, height: 10 },
    ];
    removeOverlaps(boxes);
    expect(boxes.map((b) => [b.x, b.y])).toEqual([
      [0, 0],
      [100, 0],
    ]);
  });

  it('never moves a pinned box, and separates boxes on the same spot the same way every time', () => {
    const run = () => {
      const boxes: Box[] = [
        { id: 'fixed', x: 0, y: 0, width: 20, height: 20 },
        { id: 'new', x: 0, y: 0, width: 20, height: 20 },
      ];
      removeOverlaps(boxes, { pinned: new Set(['fixed']) });
      return boxes;
    };
    const boxes = run();
    expect(boxes[0]).toMatchObject({ x: 0, y: 0 });
    expect(overlapping(boxes)).toBe(false);
    expect(run()).toEqual(boxes);
  });
});
