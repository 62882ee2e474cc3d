import { describe, expect, it } from 'vitest';
import type { ToolSummary } from '../api/operations.js';
import { matchTools, normalize, toolNameFromQuestion } from './autocomplete.js';

const tool = (name: string, aliases: string[], jobCount: number): ToolSummary => ({
  id: `tool:${name.toLowerCase().replace(/\W+/g, '-')}`,
  name,
  aliases,
  category: null,
  jobCount,
});

const TOOLS = [
  tool('Confluence', ['Atlassian Confluence'], 6),
  tool('Python', [], 5),
  tool('Apache Spark', ['Spark', 'PySpark', 'Spark SQL'], 3),
  tool('Apache Kafka', ['Kafka', 'Confluent Kafka', 'Kafka Streams'], 2),
  tool('Amazon Web Services', ['AWS', 'AWS Cloud'], 2),
  tool('AWS Glue', ['Glue'], 2),
  tool('pytest', ['py.test'], 2),
  tool('Google Cloud Pub/Sub', ['Pub/Sub', 'PubSub'], 1),
  tool('.NET', ['.NET Core', 'dotnet'], 1),
];

describe('toolNameFromQuestion', () => {
  it('finds the tool inside a question', () => {
    expect(toolNameFromQuestion('where did I use kafka?')).toBe('kafka');
    expect(toolNameFromQuestion('Where have I used Apache Spark')).toBe('Apache Spark');
    expect(toolNameFromQuestion('which jobs used Python?')).toBe('Python');
    expect(toolNameFromQuestion('kafka')).toBe('kafka');
  });
});

describe('matchTools', () => {
  const names = (input: string) => matchTools(TOOLS, input).map((m) => m.tool.name);

  it('finds Kafka from two letters, through its alias', () => {
    const [first] = matchTools(TOOLS, 'ka');
    expect(first?.tool.name).toBe('Apache Kafka');
    expect(first?.matched).toBe('Kafka');
  });

  it('understands "where did I use kafka?"', () => {
    expect(matchTools(TOOLS, 'where did I use kafka?')[0]).toMatchObject({ rank: 0, matched: 'Kafka' });
  });

  it('ranks exact matches, then name prefixes (most-used first), then alias prefixes', () => {
    expect(names('aws')[0]).toBe('Amazon Web Services');
    expect(names('aws')).toContain('AWS Glue');
    expect(names('py')).toEqual(['Python', 'pytest', 'Apache Spark']);
  });

  it('matches later words, punctuation-insensitive aliases and dotted names', () => {
    expect(names('spark')[0]).toBe('Apache Spark');
    expect(names('pubsub')).toEqual(['Google Cloud Pub/Sub']);
    expect(names('pub sub')).toEqual(['Google Cloud Pub/Sub']);
    expect(names('.net')).toEqual(['.NET']);
    expect(names('streams')).toEqual(['Apache Kafka']);
  });

  it('returns nothing for empty or unknown input', () => {
    expect(matchTools(TOOLS, '   ')).toEqual([]);
    expect(matchTools(TOOLS, 'kafak')).toEqual([]);
    expect(normalize('Pub/Sub')).toBe('pub sub');
  });
});
