import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../db/paths.js';
import { SeedError } from '../../seed/errors.js';
import { loadTaxonomy } from '../../seed/taxonomy/load.js';
import { ToolMatcher } from '../../seed/taxonomy/matcher.js';

const inputs = join(packageRoot(), 'test', 'fixtures', 'inputs');

describe('the built-in taxonomy', () => {
  const taxonomy = loadTaxonomy();
  it('holds at least 300 tools, each with a category and unique spellings', () => {
    expect(taxonomy.tools.length).toBeGreaterThanOrEqual(300);
    for (const tool of taxonomy.tools) {
      expect(taxonomy.categories.has(tool.category)).toBe(true);
      expect(tool.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    }
    // Unique per spelling; a case-sensitive rule counts by its exact spelling ("Fastlane" and "fastlane" are two rules
    // of one tool), and no spelling belongs to two tools.
    const spellings = taxonomy.tools.flatMap((t) =>
      t.aliases.map((a) => (a.caseSensitive ? `=${a.text}` : a.text.toLowerCase())),
    );
    expect(new Set(spellings).size).toBe(spellings.length);
    const owners = new Map<string, string>();
    for (const tool of taxonomy.tools)
      for (const alias of tool.aliases) {
        const key = alias.text.toLowerCase();
        expect(owners.get(key) ?? tool.id, key).toBe(tool.id);
        owners.set(key, tool.id);
      }
  });

  it('knows the aliases people write', () => {
    const kafka = taxonomy.byId.get('apache-kafka');
    expect(kafka?.aliases.map((a) => a.text)).toEqual(
      expect.arrayContaining(['Apache Kafka', 'Kafka', 'Confluent Kafka']),
    );
    expect(taxonomy.byId.get('google-cloud-storage')?.aliases.map((a) => a.text)).toContain('GCS');
    expect(taxonomy.byId.get('apache-spark')?.aliases.map((a) => a.text)).toEqual(
      expect.arrayContaining(['PySpark', 'Spark SQL']),
    );
  });
});

describe('a user taxonomy merged over the built-in one', () => {
  const taxonomy = loadTaxonomy([join(inputs, 'user-taxonomy.yaml')]);
  const matcher = new ToolMatcher(taxonomy);
  it('adds tools and categories, extends aliases and removes tools', () => {
    expect(taxonomy.byId.get('acme-flow')?.category).toBe('internal');
    expect(
      matcher.matchSentence('Jobs ran on Acme Flow and the Atlassian Wiki.').map((m) => m.toolId),
    ).toEqual(['acme-flow', 'confluence']);
    // Built-in aliases survive the override.
    expect(matcher.matchSentence('Documented in Confluence.').map((m) => m.toolId)).toEqual(['confluence']);
    expect(taxonomy.byId.has('jira')).toBe(false);
    expect(taxonomy.notTools.has('micro-frontend architecture')).toBe(true);
  });
});

describe('taxonomy errors', () => {
  it('rejects a spelling claimed by two tools, naming both', () => {
    expect(() => loadTaxonomy([join(inputs, 'bad-taxonomy.yaml')])).toThrow(
      /"Kafka" names both "apache-kafka" and "my-kafka"/,
    );
  });

  it('points at the line of a schema error', () => {
    try {
      loadTaxonomy([join(inputs, 'user-taxonomy.yaml'), join(inputs, 'jane-doe.resume.json')]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SeedError);
      expect((error as SeedError).code).toBe('INVALID_TAXONOMY');
      expect((error as SeedError).format()).toMatch(/jane-doe\.resume\.json(:\d+)?: /);
    }
  });
});
