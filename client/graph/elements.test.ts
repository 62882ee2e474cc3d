import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { GraphData } from '../api/operations.js';
import { composeGraph, countByType, isMinor, toElements, toLayoutGraph } from './elements.js';

const graph: GraphData = {
  nodes: [
    {
      id: 'job:me:1',
      type: 'JOB',
      label: 'Team Lead · Truist Financial Corporation',
      weight: 21,
      category: null,
    },
    {
      id: 'company:truist-financial',
      type: 'COMPANY',
      label: 'Truist Financial Corporation',
      weight: 1,
      category: null,
    },
    { id: 'tool:apache-kafka', type: 'TOOL', label: 'Apache Kafka', weight: 2, category: 'Streaming' },
    {
      id: 'tool:microsoft-intune',
      type: 'TOOL',
      label: 'Microsoft Intune',
      weight: 1,
      category: 'Security & identity',
    },
  ],
  edges: [
    {
      id: 'job:me:1>AT>company:truist-financial',
      source: 'job:me:1',
      target: 'company:truist-financial',
      type: 'AT',
    },
    { id: 'job:me:1>USED>tool:apache-kafka', source: 'job:me:1', target: 'tool:apache-kafka', type: 'USED' },
    { id: 'job:me:1>USED>tool:gone', source: 'job:me:1', target: 'tool:gone', type: 'USED' },
  ],
  truncated: false,
  total: 4,
};

describe('toElements', () => {
  it('turns API nodes into Cytoscape nodes keyed by their domain ids, with type classes and sizes', () => {
    const elements = toElements(graph);
    const kafka = elements.find((e) => e.data.id === 'tool:apache-kafka');
    expect(kafka).toMatchObject({
      group: 'nodes',
      classes: 'tool',
      data: {
        type: 'TOOL',
        label: 'Apache Kafka',
        category: 'Streaming',
        weight: 2,
        display: 'Apache Kafka',
      },
    });
    expect(elements.find((e) => e.data.id === 'tool:microsoft-intune')?.classes).toBe('tool minor');
  });

  it('draws a job with its title only (the company is its neighbour)', () => {
    const job = toElements(graph).find((e) => e.data.id === 'job:me:1');
    expect(job?.data.display).toBe('Team Lead');
    expect(job?.data.label).toBe('Team Lead · Truist Financial Corporation');
  });

  it('drops edges whose ends are not in the graph, so cy.add cannot fail', () => {
    const elements = toElements(graph);
    expect(elements.filter((e) => e.group === 'edges').map((e) => e.data.id)).toEqual([
      'job:me:1>AT>company:truist-financial',
      'job:me:1>USED>tool:apache-kafka',
    ]);
    const cy = cytoscape({ headless: true, elements });
    expect(cy.nodes().length).toBe(4);
    expect(cy.edges().length).toBe(2);
    expect(cy.$('node.tool').length).toBe(2);
    cy.destroy();
  });

  it('gives layouts plain data with sizes and per-type edge lengths', () => {
    const layout = toLayoutGraph(graph);
    expect(layout.nodes.find((n) => n.id === 'tool:apache-kafka')?.size).toBeGreaterThan(
      layout.nodes.find((n) => n.id === 'tool:microsoft-intune')?.size ?? Number.POSITIVE_INFINITY,
    );
    const at = layout.edges.find((e) => e.type === 'AT');
    const used = layout.edges.find((e) => e.type === 'USED');
    expect(at?.length).toBeLessThan(used?.length ?? 0);
    expect(layout.edges).toHaveLength(2);
  });
});

describe('composeGraph', () => {
  it('unions parts, each node and edge once, keeping the first part’s truncation', () => {
    const expansion: GraphData = {
      nodes: [
        graph.nodes[2] as GraphData['nodes'][number],
        {
          id: 'job:me:4',
          type: 'JOB',
          label: 'Senior Big Data Engineer · Pfizer',
          weight: 18,
          category: null,
        },
      ],
      edges: [
        {
          id: 'job:me:4>USED>tool:apache-kafka',
          source: 'job:me:4',
          target: 'tool:apache-kafka',
          type: 'USED',
        },
      ],
      truncated: true,
      total: 9,
    };
    const all = composeGraph([graph, expansion]);
    expect(all.nodes.map((n) => n.id)).toEqual([
      'job:me:1',
      'company:truist-financial',
      'tool:apache-kafka',
      'tool:microsoft-intune',
      'job:me:4',
    ]);
    expect(all.edges).toHaveLength(3);
    expect(all.truncated).toBe(false);
    expect(countByType(all.nodes)).toMatchObject({ JOB: 2, TOOL: 2, COMPANY: 1, CATEGORY: 0 });
  });
});

describe('isMinor', () => {
  it('treats one-off tools, categories, challenges and incidents as minor', () => {
    expect(isMinor({ type: 'TOOL', weight: 1 })).toBe(true);
    expect(isMinor({ type: 'TOOL', weight: 2 })).toBe(false);
    expect(isMinor({ type: 'JOB', weight: 1 })).toBe(false);
    expect(isMinor({ type: 'INCIDENT', weight: 2 })).toBe(true);
  });
});
