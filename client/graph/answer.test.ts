import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { GraphData } from '../api/operations.js';
import { answerSet, nodeIds } from './answer.js';
import { toElements } from './elements.js';

const n = (id: string, type: GraphData['nodes'][number]['type']) => ({
  id,
  type,
  label: id,
  weight: 1,
  category: null,
});
const e = (source: string, type: string, target: string) => ({
  id: `${source}>${type}>${target}`,
  source,
  target,
  type,
});

const graph: GraphData = {
  nodes: [
    n('person:me', 'PERSON'),
    n('job:me:1', 'JOB'),
    n('job:me:4', 'JOB'),
    n('job:me:6', 'JOB'),
    n('company:truist-financial', 'COMPANY'),
    n('company:pfizer', 'COMPANY'),
    n('company:etsy', 'COMPANY'),
    n('tool:apache-kafka', 'TOOL'),
    n('tool:python', 'TOOL'),
    n('category:streaming', 'CATEGORY'),
  ],
  edges: [
    e('person:me', 'HELD', 'job:me:1'),
    e('job:me:1', 'AT', 'company:truist-financial'),
    e('job:me:4', 'AT', 'company:pfizer'),
    e('job:me:6', 'AT', 'company:etsy'),
    e('job:me:1', 'USED', 'tool:apache-kafka'),
    e('job:me:4', 'USED', 'tool:apache-kafka'),
    e('job:me:6', 'USED', 'tool:python'),
    e('job:me:1', 'USED', 'tool:python'),
    e('tool:apache-kafka', 'IN_CATEGORY', 'category:streaming'),
  ],
  truncated: false,
  total: 10,
};

describe('answerSet', () => {
  const cy = cytoscape({ headless: true, elements: toElements(graph) });

  it('for a tool: the jobs that used it, their companies and its category', () => {
    expect(nodeIds(answerSet(cy, 'tool:apache-kafka'))).toEqual([
      'category:streaming',
      'company:pfizer',
      'company:truist-financial',
      'job:me:1',
      'job:me:4',
      'tool:apache-kafka',
    ]);
  });

  it('for a company: its jobs', () => {
    expect(nodeIds(answerSet(cy, 'company:pfizer'))).toEqual(['company:pfizer', 'job:me:4']);
  });

  it('for a job: its direct neighbours', () => {
    expect(nodeIds(answerSet(cy, 'job:me:1'))).toEqual([
      'company:truist-financial',
      'job:me:1',
      'person:me',
      'tool:apache-kafka',
      'tool:python',
    ]);
  });

  it('is empty for a node that is not drawn', () => {
    expect(answerSet(cy, 'tool:nope').empty()).toBe(true);
  });
});
