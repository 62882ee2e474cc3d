import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUILTIN_TAXONOMY } from '../../seed/paths.js';
import type { Taxonomy } from '../../seed/taxonomy/load.js';

interface Declared {
  id: string;
  name?: string;
  category: string;
  vendor?: string;
}

const toolsOf = (file: string) =>
  (parse(readFileSync(join(BUILTIN_TAXONOMY, file), 'utf8')) as { tools?: Declared[] }).tools ?? [];

/**
 * The checks every hand-written field file of the taxonomy passes: its categories exist, its tools are new (except
 * the updates it lists, which keep the name, category and vendor the other files give them) and load under their ids.
 */
export function describeFieldFile(file: string, taxonomy: Taxonomy, updated: readonly string[] = []): void {
  describe(`the tools of ${file}`, () => {
    const tools = toolsOf(file);
    const others = readdirSync(BUILTIN_TAXONOMY)
      .filter((f) => f.endsWith('.yaml') && f !== file)
      .flatMap(toolsOf);

    it('each has a category that exists', () => {
      expect(tools.length).toBeGreaterThan(0);
      for (const tool of tools)
        expect(taxonomy.categories.has(tool.category), `${tool.id}: ${tool.category}`).toBe(true);
    });

    it('each is a new tool, not an update of a tool another file declares, except the listed updates', () => {
      const ids = tools.map((t) => t.id);
      const elsewhere = new Set(others.map((t) => t.id));
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.filter((id) => elsewhere.has(id)).sort()).toEqual([...updated].sort());
    });

    it('each is loaded under its own id with that category', () => {
      for (const tool of tools) expect(taxonomy.byId.get(tool.id)?.category, tool.id).toBe(tool.category);
    });

    // (Registered only for a file that updates tools, so no test is ever skipped.)
    if (updated.length > 0)
      it('keeps the name, category and vendor the other files give the tools it updates', () => {
        for (const id of updated) {
          const here = tools.find((t) => t.id === id);
          const there = others.find((t) => t.id === id);
          expect([here?.name, here?.category, here?.vendor], id).toEqual([
            there?.name,
            there?.category,
            there?.vendor,
          ]);
        }
      });
  });
}
