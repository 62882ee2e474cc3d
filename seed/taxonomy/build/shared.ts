/**
 * Helpers shared by the taxonomy generators in this folder (languages.ts, icons.ts): where the built-in taxonomy
 * lives, which of its files are hand-written, the public data sets they read (simple-icons, linguist-languages,
 * an-array-of-english-words) and YAML quoting for the files they write.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getIconsDataPath, titleToSlug } from 'simple-icons/sdk';
import { readTaxonomyFile, taxonomyFiles } from '../load.js';
import type { ToolInput } from '../schema.js';

const require = createRequire(import.meta.url);

/** The built-in taxonomy folder. */
export const BUILTIN_DIR = fileURLToPath(new URL('../builtin/', import.meta.url));

/** Generated files end in `.generated.yaml`; every other file in builtin/ is hand-written. */
export const isGenerated = (file: string) => file.endsWith('.generated.yaml');

/** The version and licence of an installed package, read from its package.json (for file headers and README). */
export function packageInfo(name: string): { version: string; license: string } {
  // Some packages do not export ./package.json; walk up from the resolved entry point instead.
  let dir = dirname(require.resolve(name));
  for (let i = 0; i < 5; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version: string;
        license: string;
      };
      if (pkg.name === name) return { version: pkg.version, license: pkg.license };
    } catch {
      // not here: keep walking up
    }
    dir = dirname(dir);
  }
  throw new Error(`cannot find package.json of ${name}`);
}

/** Lower-case English words (an-array-of-english-words, MIT): names that are also ordinary words need context. */
export function englishWords(): Set<string> {
  const words = JSON.parse(readFileSync(require.resolve('an-array-of-english-words'), 'utf8')) as string[];
  return new Set(words);
}

export const aliasText = (alias: string | { text: string }) =>
  typeof alias === 'string' ? alias : alias.text;

/** One tool as written in the hand-written files (name and category from the last file that defines it). */
export interface KnownTool {
  id: string;
  name: string;
  category: string;
  file: string;
}

/**
 * The hand-written taxonomy: every tool and which tool each spelling (lower-cased name or alias) belongs to. Files
 * are read in the loader's order, so a tool repeated in a later file takes that file's name and category.
 */
export function handWritten(): {
  tools: Map<string, KnownTool>;
  owner: Map<string, string>;
  inputs: ToolInput[];
} {
  const tools = new Map<string, KnownTool>();
  const owner = new Map<string, string>();
  const inputs: ToolInput[] = [];
  for (const file of taxonomyFiles(BUILTIN_DIR).filter((f) => !isGenerated(f))) {
    for (const tool of readTaxonomyFile(file).tools) {
      if (tool.remove) continue;
      inputs.push(tool);
      tools.set(tool.id, { id: tool.id, name: tool.name, category: tool.category, file });
      for (const spelling of [tool.name, ...tool.aliases.map(aliasText)])
        owner.set(spelling.toLowerCase(), tool.id);
    }
  }
  return { tools, owner, inputs };
}

/** A brand in simple-icons (CC0): its slug and every title it is known by. */
export interface Brand {
  slug: string;
  title: string;
  source: string;
  /** Other names of the brand (aliases.aka, aliases.old, aliases.dup titles). */
  otherNames: string[];
}

interface IconData {
  title: string;
  slug?: string;
  source: string;
  aliases?: { aka?: string[]; old?: string[]; dup?: { title: string }[] };
}

/** All simple-icons brands, and a lookup from a normalised name (simple-icons' own titleToSlug) to brands. */
export function simpleIcons(): { brands: Brand[]; byKey: Map<string, Brand[]> } {
  const data = JSON.parse(readFileSync(getIconsDataPath(), 'utf8')) as IconData[];
  const brands = data.map((icon) => ({
    slug: icon.slug ?? titleToSlug(icon.title),
    title: icon.title,
    source: icon.source,
    otherNames: [
      ...(icon.aliases?.aka ?? []),
      ...(icon.aliases?.old ?? []),
      ...(icon.aliases?.dup ?? []).map((d) => d.title),
    ],
  }));
  const byKey = new Map<string, Brand[]>();
  const add = (key: string, brand: Brand) => {
    const list = byKey.get(key) ?? [];
    if (!list.includes(brand)) list.push(brand);
    byKey.set(key, list);
  };
  for (const brand of brands) {
    add(titleToSlug(brand.title), brand);
    add(brand.slug, brand);
    for (const name of brand.otherNames) add(titleToSlug(name), brand);
  }
  return { brands, byKey };
}

export const iconKey = (name: string) => titleToSlug(name);

/**
 * The brand for a tool: the first of its name and aliases whose normalised form is exactly a simple-icons title,
 * slug or alias, provided that name points at one brand only. Returns the spelling that matched, for review.
 */
export function findBrand(
  spellings: string[],
  byKey: Map<string, Brand[]>,
): { brand: Brand; via: string } | undefined {
  for (const spelling of spellings) {
    // simple-icons' normalisation drops "#", so "C#" would read as "C".
    if (spelling.includes('#')) continue;
    const key = iconKey(spelling);
    if (key.length < 1) continue;
    const brands = byKey.get(key);
    if (brands && brands.length === 1) return { brand: brands[0] as Brand, via: spelling };
  }
  return undefined;
}

/** YAML scalar for a flow context (inside [ ] or { }): quoted when it holds YAML syntax or reads as a non-string. */
export function flowScalar(text: string): string {
  const plain =
    /^[A-Za-z0-9_(.\\/][^,[\]{}:#&*!|>'"%@`]*$/.test(text) &&
    !/[\s]$/.test(text) &&
    !/^(true|false|null|yes|no|on|off|~)$/i.test(text) &&
    !/^[-+]?[0-9.]+$/.test(text);
  return plain ? text : JSON.stringify(text);
}
