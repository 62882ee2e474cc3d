import { describe, expect, it } from 'vitest';
import { buildMatrix } from './matrix.js';
import { syntheticGraph } from './synthetic.js';

describe('buildMatrix', () => {
  it('ranks tools by jobs and orders jobs numerically, with each job’s company', () => {
    const m = buildMatrix({
      nodes: [
        { id: 'job:me:10', type: 'JOB', label: 'C · Later', weight: 1, category: null },
        { id: 'job:me:2', type: 'JOB', label: 'B · Beta', weight: 1, category: null },
        { id: 'company:beta', type: 'COMPANY', label: 'Beta', weight: 1, category: null },
        { id: 'tool:a', type: 'TOOL', label: 'Alpha', weight: 1, category: null },
        { id: 'tool:z', type: 'TOOL', label: 'Zeta', weight: 2, category: null },
      ],
      edges: [
        { id: '1', source: 'job:me:2', target: 'tool:z', type: 'USED' },
        { id: '2', source: 'job:me:10', target: 'tool:z', type: 'USED' },
        { id: '3', source: 'job:me:2', target: 'tool:a', type: 'USED' },
        { id: '4', source: 'job:me:2', target: 'company:beta', type: 'AT' },
      ],
    });
    expect(m.jobs.map((j) => j.id)).toEqual(['job:me:2', 'job:me:10']);
    expect(m.tools.map((t) => [t.tool.label, t.jobIds.size])).toEqual([
      ['Zeta', 2],
      ['Alpha', 1],
    ]);
    expect(m.companyOf.get('job:me:2')).toBe('Beta');
  });
});

describe('syntheticGraph', () => {
  it('has exactly the asked-for size, is the same every time, and is skills-shaped', () => {
    const a = syntheticGraph(5_000, 20_000);
    const b = syntheticGraph(5_000, 20_000);
    expect(a.nodes).toHaveLength(5_000);
    expect(a.edges).toHaveLength(20_000);
    expect(b).toEqual(a);
    const ids = new Set(a.nodes.map((n) => n.id));
    expect(a.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(new Set(a.edges.map((e) => e.id)).size).toBe(a.edges.length);
    const tools = a.nodes.filter((n) => n.type === 'TOOL');
    expect(tools.length / a.nodes.length).toBeGreaterThan(0.8);
    const weights = tools.map((t) => t.weight ?? 0).sort((x, y) => y - x);
    expect(weights[0]).toBeGreaterThan(10 * (weights[Math.floor(weights.length / 2)] ?? 1));
  });
});
