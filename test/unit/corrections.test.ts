import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SeedError } from '../../seed/errors.js';
import { addCorrection, listCorrections, removeCorrection } from '../../seed/taxonomy/corrections.js';
import { loadTaxonomy, type Taxonomy } from '../../seed/taxonomy/load.js';
import { ToolMatcher } from '../../seed/taxonomy/matcher.js';

let builtin: Taxonomy;
const fresh = () => join(mkdtempSync(join(tmpdir(), 'sg-corrections-')), 'taxonomy.yaml');
const ids = (file: string, sentence: string) =>
  new ToolMatcher(existsSync(file) ? loadTaxonomy([file]) : builtin)
    .matchSentence(sentence)
    .map((m) => m.toolId);

beforeAll(() => {
  builtin = loadTaxonomy();
});

describe('corrections to the user taxonomy', () => {
  it('a wrong match removes the tool from that sentence only, and reverting brings it back', () => {
    const file = fresh();
    const wrong = 'Moved the reports to Looker last spring.';
    const right = 'Built the dashboards in Looker.';
    expect(ids(file, wrong)).toContain('looker');
    const stored = addCorrection(
      file,
      { kind: 'wrong-match', toolId: 'tool:looker', sentence: `  ${wrong}\n` },
      builtin,
    );
    expect(stored).toMatchObject({ sentence: wrong });
    expect(ids(file, wrong)).not.toContain('looker');
    expect(ids(file, right)).toContain('looker');
    expect(listCorrections(file, builtin)).toEqual([stored]);
    expect(removeCorrection(file, stored.id, builtin)).toBe(true);
    expect(ids(file, wrong)).toContain('looker');
    expect(removeCorrection(file, stored.id, builtin)).toBe(false);
  });

  it('a new spelling of a known tool is matched, listed and reverted', () => {
    const file = fresh();
    expect(ids(file, 'Streamed events through Kafkaesque-Bus.')).toEqual([]);
    const stored = addCorrection(
      file,
      { kind: 'alias', toolId: 'tool:apache-kafka', alias: 'KBus' },
      builtin,
    );
    expect(ids(file, 'Streamed events through KBus to the lake.')).toEqual(['apache-kafka']);
    expect(listCorrections(file, builtin).map((c) => c.id)).toEqual([stored.id]);
    expect(removeCorrection(file, stored.id, builtin)).toBe(true);
    expect(ids(file, 'Streamed events through KBus to the lake.')).toEqual([]);
    // Nothing of the entry is left to repeat the built-in tool.
    expect(listCorrections(file, builtin)).toEqual([]);
  });

  it('a new tool gets an id from its name and must name a real category', () => {
    const file = fresh();
    const stored = addCorrection(
      file,
      { kind: 'tool', name: 'Widgetron Studio', category: 'database', aliases: ['Widgetron'] },
      builtin,
    );
    expect(stored.id).toBe('tool:widgetron-studio');
    expect(ids(file, 'Kept the catalogue in Widgetron for three years.')).toEqual(['widgetron-studio']);
    expect(() =>
      addCorrection(file, { kind: 'tool', name: 'Gizmotron', category: 'No Such Category' }, builtin),
    ).toThrow(/no category "No Such Category"/);
    expect(() =>
      addCorrection(file, { kind: 'tool', name: 'Kubernetes', category: 'database' }, builtin),
    ).toThrow(/already has a tool "kubernetes"/);
  });

  it('refuses a spelling that would belong to two tools, and leaves the file as it was', () => {
    const file = fresh();
    addCorrection(file, { kind: 'alias', toolId: 'tool:apache-kafka', alias: 'KBus' }, builtin);
    const before = readFileSync(file, 'utf8');
    expect(() =>
      addCorrection(file, { kind: 'alias', toolId: 'tool:kubernetes', alias: 'KBus' }, builtin),
    ).toThrow(SeedError);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('a hand-edited file that does not parse is named in the error', () => {
    const file = fresh();
    writeFileSync(file, 'version: 1\ntools: 7\n');
    expect(() => listCorrections(file, builtin)).toThrow(/cannot read the user taxonomy/);
  });
});
