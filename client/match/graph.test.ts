import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { GraphData } from '../api/operations.js';
import { toElements } from '../graph/elements.js';
import { clearGhosts, drawGhosts, evidencedIds, matchAnswer } from './graph.js';
import { match, requirement } from './test-match.js';

const n = (id: string, type: GraphData['nodes'][number]['type'], category: string | null = null) => ({
  id,
  type,
  label: id === 'category:streaming' ? 'Streaming' : id,
  weight: 2,
  category,
});
const e = (source: string, type: string, target: string) => ({
  id: `${source}>${type}>${target}`,
  source,
  target,
  type,
});

const graph: GraphData = {
  nodes: [
    n('job:me:1', 'JOB'),
    n('job:me:4', 'JOB'),
    n('company:pfizer', 'COMPANY'),
    n('tool:apache-kafka', 'TOOL', 'Streaming'),
    n('tool:python', 'TOOL', 'Languages'),
    n('category:streaming', 'CATEGORY'),
  ],
  edges: [
    e('job:me:1', 'USED', 'tool:apache-kafka'),
    e('job:me:4', 'USED', 'tool:apache-kafka'),
    e('job:me:1', 'USED', 'tool:python'),
    e('job:me:4', 'AT', 'company:pfizer'),
    e('tool:apache-kafka', 'IN_CATEGORY', 'category:streaming'),
  ],
  truncated: false,
  total: 6,
};

const answer = match([
  requirement('Apache Kafka', 'EVIDENCED', { jobs: ['job:me:1', 'job:me:4'], category: 'Streaming' }),
  requirement('Apache Pulsar', 'MISSING', { category: 'Streaming' }),
  requirement('Terraform', 'CLAIMED_ONLY'),
]);

function drawnGraph() {
  const cy = cytoscape({ headless: true, elements: toElements(graph) });
  cy.nodes().forEach((node, i) => {
    node.position({ x: (i % 3) * 200, y: Math.floor(i / 3) * 200 });
  });
  return cy;
}

describe('the match on the graph', () => {
  it('highlights the evidenced tools, the jobs that used them and the edges between them', () => {
    const cy = drawnGraph();
    expect(evidencedIds(answer)).toEqual({ tools: ['tool:apache-kafka'], jobs: ['job:me:1', 'job:me:4'] });
    const set = matchAnswer(cy, answer);
    expect(
      set
        .nodes()
        .map((x) => x.id())
        .sort(),
    ).toEqual(['job:me:1', 'job:me:4', 'tool:apache-kafka']);
    expect(
      set
        .edges()
        .map((x) => x.id())
        .sort(),
    ).toEqual(['job:me:1>USED>tool:apache-kafka', 'job:me:4>USED>tool:apache-kafka']);
  });

  it('draws a missing tool as a ghost tied to its category, and takes it away again', () => {
    const cy = drawnGraph();
    drawGhosts(cy, answer);
    const ghost = cy.getElementById('ghost:tool:apache-pulsar');
    expect(ghost.nonempty()).toBe(true);
    expect(ghost.hasClass('ghost')).toBe(true);
    expect(ghost.connectedEdges().map((x) => x.target().id())).toEqual(['category:streaming']);
    expect(
      matchAnswer(cy, answer)
        .nodes()
        .map((x) => x.id()),
    ).toContain('ghost:tool:apache-pulsar');
    // Drawn again (after a sync), still one ghost.
    drawGhosts(cy, answer);
    expect(cy.nodes('.ghost').length).toBe(1);
    clearGhosts(cy);
    expect(cy.elements('.ghost').length).toBe(0);
    expect(cy.nodes().length).toBe(graph.nodes.length);
  });
});
