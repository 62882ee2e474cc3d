import { describe, expect, it } from 'vitest';
import { toLayoutGraph } from '../graph/elements.js';
import { syntheticGraph } from '../graph/synthetic.js';
import { aroundLayout } from './around.js';
import { categoriesLayout } from './categories.js';
import { runForceLayout } from './force.js';
import { placeNewNodes } from './place.js';
import { ringsLayout } from './rings.js';
import { withSeededRandom } from './seed.js';
import type { LayoutGraph, Positions } from './types.js';

const small = toLayoutGraph(syntheticGraph(120, 300, 7));

const shuffled = (graph: LayoutGraph): LayoutGraph => ({
  nodes: [...graph.nodes].reverse(),
  edges: [...graph.edges].reverse(),
});

const minDistance = (positions: Positions) => {
  const points = Object.values(positions);
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i];
      const b = points[j];
      if (a && b) min = Math.min(min, Math.hypot(a.x - b.x, a.y - b.y));
    }
  }
  return min;
};

describe('force layout (fcose, seeded)', () => {
  it('gives the same positions on every run and whatever order the server lists nodes in', () => {
    const first = runForceLayout(small);
    expect(runForceLayout(small)).toEqual(first);
    expect(runForceLayout(shuffled(small))).toEqual(first);
    expect(Object.keys(first)).toHaveLength(small.nodes.length);
  });

  it('leaves Math.random as it was', () => {
    const original = Math.random;
    withSeededRandom(1, () => Math.random());
    expect(Math.random).toBe(original);
  });

  it('leaves room for every label in a graph small enough to read: no node-and-label boxes overlap', () => {
    const positions = runForceLayout(small);
    const boxes = small.nodes.map((n) => {
      const p = positions[n.id] ?? { x: 0, y: 0 };
      const w = Math.max(n.size, n.labelWidth ?? 0);
      return {
        x1: p.x - w / 2,
        x2: p.x + w / 2,
        y1: p.y - n.size / 2,
        y2: p.y + n.size / 2 + (n.labelHeight ?? 0),
      };
    });
    const overlaps = boxes.filter((a, i) =>
      boxes.some((b, j) => j > i && a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2),
    );
    expect(overlaps).toEqual([]);
  });

  it('keeps pinned nodes where they are when laying out new ones', () => {
    const fixed = small.nodes.slice(0, 20).map((n, i) => ({ id: n.id, x: i * 100, y: -i * 50 }));
    const positions = runForceLayout(small, { fixed });
    for (const f of fixed) {
      expect(positions[f.id]?.x).toBeCloseTo(f.x, 0);
      expect(positions[f.id]?.y).toBeCloseTo(f.y, 0);
    }
  });
});

describe('cheap layouts', () => {
  it('group tools by their category even when no category node is drawn', () => {
    const graph = toLayoutGraph(syntheticGraph(400, 900, 3));
    const withoutCategories: LayoutGraph = {
      nodes: graph.nodes.filter((n) => n.type !== 'CATEGORY'),
      edges: graph.edges,
    };
    const positions = categoriesLayout(withoutCategories);
    const tools = withoutCategories.nodes.filter((n) => n.type === 'TOOL' && n.category);
    const centre = (category: string) => {
      const members = tools
        .filter((t) => t.category === category)
        .map((t) => positions[t.id] ?? { x: 0, y: 0 });
      return {
        x: members.reduce((s, p) => s + p.x, 0) / members.length,
        y: members.reduce((s, p) => s + p.y, 0) / members.length,
      };
    };
    // Each tool is nearer its own category's centre than most others' centres.
    const categories = [...new Set(tools.map((t) => t.category as string))];
    expect(categories.length).toBeGreaterThan(1);
    const near = tools.filter((t) => {
      const p = positions[t.id] ?? { x: 0, y: 0 };
      const own = centre(t.category as string);
      const d = Math.hypot(p.x - own.x, p.y - own.y);
      return categories.every(
        (c) => c === t.category || Math.hypot(p.x - centre(c).x, p.y - centre(c).y) >= d,
      );
    });
    expect(near.length).toBe(tools.length);
  });

  it('rings put the most-used tools innermost and one-off tools outside the career', () => {
    const positions = ringsLayout(small);
    const r = (id: string) => Math.hypot(positions[id]?.x ?? 0, positions[id]?.y ?? 0);
    const tools = [...small.nodes]
      .filter((n) => n.type === 'TOOL')
      .sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0));
    const heaviest = tools[0]?.id ?? '';
    expect(Math.min(...small.nodes.map((n) => r(n.id)))).toBe(r(heaviest));
    const job = small.nodes.find((n) => n.type === 'JOB')?.id ?? '';
    const oneOff = tools.find((t) => (t.weight ?? 0) < 2)?.id;
    if (oneOff) expect(r(oneOff)).toBeGreaterThan(r(job));
    expect(Object.keys(positions)).toHaveLength(small.nodes.length);
  });

  it('around puts the root in the middle and its neighbours on the first ring', () => {
    const root = small.nodes.find((n) => n.type === 'JOB')?.id ?? '';
    const positions = aroundLayout(small, root);
    expect(positions[root]).toEqual({ x: 0, y: 0 });
    const neighbour = small.edges.find((e) => e.source === root)?.target ?? '';
    const far = small.nodes.find((n) => n.type === 'CATEGORY')?.id ?? '';
    const r = (id: string) => Math.hypot(positions[id]?.x ?? 0, positions[id]?.y ?? 0);
    expect(r(neighbour)).toBeGreaterThan(0);
    expect(r(far)).toBeGreaterThan(r(neighbour));
  });

  it('categories place every node once, tools around their category, nothing on top of anything', () => {
    const positions = categoriesLayout(small);
    expect(Object.keys(positions).sort()).toEqual(small.nodes.map((n) => n.id).sort());
    expect(minDistance(positions)).toBeGreaterThan(20);
    const category = small.nodes.find((n) => n.type === 'CATEGORY');
    const tool = small.nodes.find((n) => n.type === 'TOOL' && n.category === category?.label);
    const other = small.nodes.find((n) => n.type === 'TOOL' && n.category !== category?.label);
    const d = (a?: string, b?: string) =>
      Math.hypot(
        (positions[a ?? '']?.x ?? 0) - (positions[b ?? '']?.x ?? 0),
        (positions[a ?? '']?.y ?? 0) - (positions[b ?? '']?.y ?? 0),
      );
    expect(d(category?.id, tool?.id)).toBeLessThan(d(category?.id, other?.id));
    expect(categoriesLayout(shuffled(small))).toEqual(positions);
  });
});

describe('placeNewNodes', () => {
  it('puts new nodes around their placed neighbour, clear of what is there, without moving anything', () => {
    const placed: Positions = { 'job:1': { x: 0, y: 0 }, 'tool:old': { x: 130, y: 0 } };
    const edges = [
      { source: 'job:1', target: 'tool:a' },
      { source: 'job:1', target: 'tool:b' },
      { source: 'job:1', target: 'tool:old' },
    ];
    const added = placeNewNodes(['tool:b', 'tool:a', 'tool:lonely'], edges, placed);
    expect(Object.keys(added).sort()).toEqual(['tool:a', 'tool:b', 'tool:lonely']);
    expect(minDistance({ ...placed, ...added })).toBeGreaterThan(40);
    const r = (id: string) => Math.hypot(added[id]?.x ?? 0, added[id]?.y ?? 0);
    expect(r('tool:a')).toBeLessThan(200);
    expect(placeNewNodes(['tool:a', 'tool:b', 'tool:lonely'], edges, placed)).toEqual(added);
  });
});
