import { describe, expect, it } from 'vitest';
import { highlightTerms, sentenceInContext } from './highlight.js';

const marks = (text: string, terms: string[]) =>
  highlightTerms(text, terms)
    .filter((s) => s.mark)
    .map((s) => s.text);

describe('highlightTerms', () => {
  it('marks the tool’s name and aliases, keeping the text intact', () => {
    const text =
      'Created data ingestion pipelines using AWS Lambda, Kinesis, and Kafka for real-time processing.';
    const segments = highlightTerms(text, ['Apache Kafka', 'Kafka', 'Confluent Kafka']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['Kafka']);
  });

  it('prefers the longest alias: "Confluent Kafka" is one mark', () => {
    expect(
      marks('Containerized applications with Confluent Kafka and more kafka.', ['Kafka', 'Confluent Kafka']),
    ).toEqual(['Confluent Kafka', 'kafka']);
  });

  it('marks whole words only', () => {
    expect(marks('Used Sparkle and Spark, and PySpark.', ['Spark', 'PySpark'])).toEqual(['Spark', 'PySpark']);
    expect(marks('Glued with AWS Glue.', ['Glue', 'AWS Glue'])).toEqual(['AWS Glue']);
  });

  it('copes with names made of punctuation', () => {
    expect(
      marks('Moved .NET Core services to Pub/Sub (C++ too).', ['.NET', '.NET Core', 'Pub/Sub', 'C++']),
    ).toEqual(['.NET Core', 'Pub/Sub', 'C++']);
  });

  it('returns the text unmarked without terms', () => {
    expect(highlightTerms('plain', [])).toEqual([{ text: 'plain', mark: false }]);
    expect(highlightTerms('', ['x'])).toEqual([]);
  });
});

describe('sentenceInContext', () => {
  it('finds the quoted sentence in its paragraph, even where the source broke the line', () => {
    const context =
      'Managed tasks with JIRA.\nMonitored the apps with\n  Prometheus and Grafana. Wrote runbooks.';
    const parts = sentenceInContext(context, 'Monitored the apps with Prometheus and Grafana.');
    expect(parts?.before).toBe('Managed tasks with JIRA.\n');
    expect(parts?.sentence).toBe('Monitored the apps with\n  Prometheus and Grafana.');
    expect(parts?.after).toBe(' Wrote runbooks.');
  });

  it('is null when the sentence is not in the paragraph', () => {
    expect(sentenceInContext('Something else entirely.', 'Used Kafka (v2).')).toBeNull();
  });
});
