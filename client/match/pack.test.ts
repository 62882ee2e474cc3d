import { describe, expect, it } from 'vitest';
import { packFileName, packJson, postingTitle } from './pack.js';
import { match, requirement } from './test-match.js';

const AT = new Date('2026-11-30T12:00:00Z');

describe('postingTitle', () => {
  it('is the posting’s level-one heading', () => {
    expect(postingTitle('# Senior Data Engineer\n\n## Requirements\n- Kafka')).toBe('Senior Data Engineer');
  });

  it('is the first line of prose when there is no such heading, skipping section headings and list items', () => {
    expect(postingTitle('## Requirements\n- Kafka\nAcme is hiring a platform engineer.')).toBe(
      'Acme is hiring a platform engineer.',
    );
    expect(postingTitle('## Requirements\n- Kafka\n1. Spark')).toBe('');
  });
});

describe('packFileName', () => {
  it('names the job and the day, so packs for several applications sit side by side', () => {
    expect(packFileName('# Senior Data Engineer (Remote)\n- Kafka', 'md', AT)).toBe(
      'skillgraph-match-senior-data-engineer-remote-2026-11-30.md',
    );
    expect(packFileName('## Requirements\n- Kafka', 'json', AT)).toBe('skillgraph-match-2026-11-30.json');
  });

  it('keeps the day in a long title', () => {
    const name = packFileName(`# ${'Principal Staff Distinguished Engineer '.repeat(4)}`, 'md', AT);
    expect(name.endsWith('-2026-11-30.md')).toBe(true);
  });
});

describe('packJson', () => {
  it('holds every requirement with its evidence and says where and when it came from, without the Markdown', () => {
    const m = match([requirement('Apache Kafka', 'EVIDENCED', { jobs: ['job:me:1'] })]);
    const pack = packJson(m, 'http://localhost:4000/', AT);
    expect(pack).toMatchObject({
      exportedFrom: 'http://localhost:4000/',
      exportedAt: '2026-11-30T12:00:00.000Z',
    });
    expect(pack.requirements[0]?.usages[0]?.job.id).toBe('job:me:1');
    expect(JSON.stringify(pack)).not.toContain('markdown');
  });
});
