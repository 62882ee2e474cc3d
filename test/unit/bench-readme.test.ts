import { describe, expect, it } from 'vitest';
import { sections, withBenchSections } from '../../bench/readme.js';

const latest = [
  '# Skillgraph benchmark',
  '',
  ...[
    'Machine',
    'Goals',
    'Parsing and extraction',
    'Seeding',
    'Query latency',
    'Against the Neo4j GraphQL Library',
    'Throughput under concurrency',
    'Front end',
    'Memory',
    'What dominates each cost',
  ].flatMap((name) => [
    `## ${name}`,
    '',
    `Caption of ${name}.`,
    '',
    `| ${name} |`,
    '| --- |',
    '| 1 |',
    '',
    `After ${name}.`,
    '',
  ]),
  '### S',
  '',
].join('\n');

describe('npm run bench:readme', () => {
  it('splits latest.md into its ## sections', () => {
    const found = sections(latest);
    expect([...found.keys()]).toContain('Front end');
    expect(found.get('Goals')).toContain('| Goals |');
  });

  it('replaces only the block between the markers of docs/performance.md, headline tables only', () => {
    const readme = '# Performance\n\n<!-- bench:start -->\nold numbers\n<!-- bench:end -->\n\nafter\n';
    const out = withBenchSections(readme, latest);
    expect(out).not.toContain('old numbers');
    expect(out.startsWith('# Performance\n\n<!-- bench:start -->\n## Machine')).toBe(true);
    expect(out.endsWith('<!-- bench:end -->\n\nafter\n')).toBe(true);
    expect(out).toContain('| Goals |');
    expect(out).not.toContain('Parsing and extraction');
    expect(out).not.toContain('## Memory');
    // Seeding and Front end keep their caption and first table, not what follows it.
    expect(out).toContain('Caption of Seeding.');
    expect(out).not.toContain('After Seeding.');
    expect(out).toContain('After Goals.');
    // Running it twice gives the same README.
    expect(withBenchSections(out, latest)).toBe(out);
  });

  it('refuses a README without the markers, or results without a section', () => {
    expect(() => withBenchSections('# no markers', latest)).toThrow(/bench:start/);
    expect(() => withBenchSections('<!-- bench:start --><!-- bench:end -->', '## Machine\n')).toThrow(
      /no section/,
    );
  });
});
