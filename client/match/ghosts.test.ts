import { describe, expect, it } from 'vitest';
import { ghostAnchor, type PlacedNode, placeGhosts } from './ghosts.js';

const node = (
  id: string,
  type: string,
  x: number,
  y: number,
  extra: Partial<PlacedNode> = {},
): PlacedNode => ({ id, type, label: id, category: null, weight: null, position: { x, y }, ...extra });

const drawn: PlacedNode[] = [
  node('job:me:1', 'JOB', 0, 0),
  node('tool:docker', 'TOOL', 300, 0, { category: 'Containers', weight: 3 }),
  node('tool:podman', 'TOOL', 600, 0, { category: 'Containers', weight: 1 }),
  node('category:streaming', 'CATEGORY', 0, 300, { label: 'Streaming' }),
  node('tool:apache-kafka', 'TOOL', 100, 300, { category: 'Streaming', weight: 2 }),
];

describe('ghostAnchor', () => {
  it('is the category node when it is drawn, matched by name whatever the case', () => {
    expect(ghostAnchor('streaming', drawn)).toEqual({ id: 'category:streaming', isCategory: true });
  });

  it('is the most-used drawn tool of the category when the category node is not drawn', () => {
    expect(ghostAnchor('Containers', drawn)).toEqual({ id: 'tool:docker', isCategory: false });
  });

  it('is none for a category with nothing drawn, or a tool without a category', () => {
    expect(ghostAnchor('Databases', drawn)).toBeNull();
    expect(ghostAnchor(null, drawn)).toBeNull();
  });
});

describe('placeGhosts', () => {
  const missing = [
    { id: 'tool:apache-pulsar', name: 'Apache Pulsar', category: 'Streaming' },
    { id: 'tool:kubernetes', name: 'Kubernetes', category: 'Containers' },
    { id: 'tool:snowflake', name: 'Snowflake', category: 'Data Warehouses' },
  ];
  const ghosts = placeGhosts(missing, drawn);
  const by = (toolId: string) => ghosts.find((g) => g.toolId === toolId);

  it('puts each missing tool beside its anchor, with an edge only to a category node', () => {
    const pulsar = by('tool:apache-pulsar');
    expect(pulsar).toMatchObject({ id: 'ghost:tool:apache-pulsar', anchor: 'category:streaming' });
    expect(pulsar?.categoryNode).toBe('category:streaming');
    const distance = Math.hypot((pulsar?.position.x ?? 0) - 0, (pulsar?.position.y ?? 0) - 300);
    expect(distance).toBeLessThan(200);
    expect(by('tool:kubernetes')).toMatchObject({ anchor: 'tool:docker', categoryNode: null });
  });

  it('puts a tool with nothing of its category drawn outside the graph, not on top of it', () => {
    const snowflake = by('tool:snowflake');
    expect(snowflake?.anchor).toBeNull();
    for (const n of drawn)
      expect(
        Math.hypot((snowflake?.position.x ?? 0) - n.position.x, (snowflake?.position.y ?? 0) - n.position.y),
      ).toBeGreaterThan(40);
  });

  it('keeps clear of the nodes drawn and of each other', () => {
    const points = [...drawn.map((n) => n.position), ...ghosts.map((g) => g.position)];
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++) {
        const [a, b] = [points[i], points[j]];
        expect(Math.hypot((a?.x ?? 0) - (b?.x ?? 0), (a?.y ?? 0) - (b?.y ?? 0))).toBeGreaterThan(40);
      }
  });

  it('draws no ghost for a tool that is drawn after all, and the same places every time', () => {
    expect(placeGhosts([{ id: 'tool:docker', name: 'Docker', category: 'Containers' }], drawn)).toEqual([]);
    expect(placeGhosts(missing, drawn)).toEqual(ghosts);
  });
});
