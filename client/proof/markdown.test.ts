import { describe, expect, it } from 'vitest';
import type { WhereUsedData } from '../api/operations.js';
import { answerJson, exportName } from './answer-json.js';
import { escapeMarkdown, proofMarkdown, quoteBlock } from './markdown.js';

const kafka: WhereUsedData = {
  query: 'kafka',
  tool: {
    id: 'tool:apache-kafka',
    name: 'Apache Kafka',
    aliases: ['Kafka'],
    category: 'Streaming',
    jobCount: 2,
  },
  usages: [
    {
      job: {
        id: 'job:me:1',
        label: 'Team Lead · Truist',
        title: 'Team Lead',
        startDate: '2019-03',
        endDate: '2021',
        company: { id: 'company:truist', name: 'Truist' },
      },
      stance: 'USED',
      evidence: [
        {
          text: 'Built pipelines with Kafka and AWS_LAMBDA.',
          section: 'Features',
          line: 21,
          source: 'narratives.md',
          context: 'We moved fast. Built pipelines with Kafka and AWS_LAMBDA. It worked.',
        },
      ],
    },
  ],
  mentions: [],
  known: null,
  suggestions: [],
};

describe('copy proof', () => {
  const markdown = proofMarkdown(
    { kind: 'tool', data: kafka },
    'http://localhost:4000/?focus=tool%3Aapache-kafka',
  );

  it('names each job with its company and dates, then its quotes with file and line', () => {
    expect(markdown).toContain('## Where I used Apache Kafka');
    expect(markdown).toContain('### Team Lead — Truist (Mar 2019 – 2021)');
    expect(markdown).toContain('> Built pipelines with **Kafka** and AWS\\_LAMBDA.');
    expect(markdown).toContain('> — narratives.md, line 21 (Features)');
    expect(markdown).toContain('last used 2021 at Truist');
    expect(markdown).toContain('From Skillgraph: http://localhost:4000/?focus=tool%3Aapache-kafka');
  });

  it('has nothing to copy for the welcome view or an unknown name', () => {
    expect(proofMarkdown({ kind: 'welcome', stats: null, topTool: null, firstJob: null }, 'x')).toBeNull();
    expect(
      proofMarkdown({ kind: 'unknown-tool', data: { ...kafka, tool: null, usages: [] } }, 'x'),
    ).toBeNull();
  });

  it('escapes what Markdown would read as formatting', () => {
    expect(escapeMarkdown('a*b_c [d] <e> `f`')).toBe('a\\*b\\_c \\[d\\] \\<e> \\`f\\`');
    expect(quoteBlock({ text: 'Plain.', section: '', line: 3, source: null, context: null })).toBe(
      '> Plain.\n>\n> — line 3',
    );
  });
});

describe('JSON export of an answer', () => {
  it('holds the question and the answer with its evidence, not the graph', () => {
    const doc = answerJson({ kind: 'tool', data: kafka }, 'http://x/', new Date('2025-01-02T03:04:05Z'));
    expect(doc?.question).toBe('Where did I use Apache Kafka?');
    expect(doc?.exportedAt).toBe('2025-01-02T03:04:05.000Z');
    const answer = doc?.answer as { usages: WhereUsedData['usages']; when: { last: { company: string } } };
    expect(answer.usages[0]?.evidence[0]).toMatchObject({ line: 21, source: 'narratives.md' });
    expect(answer.when.last.company).toBe('Truist');
    expect(JSON.stringify(doc)).not.toContain('"nodes"');
  });

  it('is null when nothing is focused, so the export falls back to the visible graph', () => {
    expect(answerJson({ kind: 'welcome', stats: null, topTool: null, firstJob: null }, 'x')).toBeNull();
  });

  it('names the file after the answer', () => {
    expect(exportName('Where I used Apache Kafka', 'json')).toBe('skillgraph-where-i-used-apache-kafka.json');
    expect(exportName('', 'png')).toBe('skillgraph.png');
  });
});
