import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { SeedError } from '../errors.js';
import { BUILTIN_TAXONOMY } from '../paths.js';
import {
  type AliasInput,
  type ContextCondition,
  type TaxonomyInput,
  type ToolInput,
  taxonomySchema,
} from './schema.js';

export interface Alias {
  text: string;
  caseSensitive: boolean;
  anyOf: ContextCondition[];
  allOf: ContextCondition[];
  notFollowedBy: string[];
  notPrecededBy: string[];
}

export interface Tool {
  id: string;
  name: string;
  category: string;
  vendor: string | undefined;
  /** Every spelling that matches this tool, the canonical name first. */
  aliases: Alias[];
  /** Words that point at this tool around an ambiguous spelling (lower-case). */
  cues: string[];
  /** Words that point at another sense of an ambiguous spelling (lower-case). */
  otherSenses: string[];
  /** simple-icons slug, when the tool has a brand icon. */
  icon: string | undefined;
}

export interface Category {
  id: string;
  name: string;
}

export interface Taxonomy {
  tools: Tool[];
  byId: Map<string, Tool>;
  categories: Map<string, Category>;
  notTools: Set<string>;
  /** Lower-cased words that satisfy the `vendor-prefix` context condition. */
  vendorWords: Set<string>;
  /** Tool-and-sentence pairs marked as wrong matches (`wrongMatchKey`). */
  wrongMatches: Set<string>;
}

/** The key of a wrong match: the tool and the sentence with its spacing normalised. */
export const wrongMatchKey = (toolId: string, sentence: string) =>
  `${toolId}\u0000${sentence.replace(/\s+/g, ' ').trim()}`;

function normaliseAlias(alias: AliasInput): Alias {
  if (typeof alias === 'string') {
    return { text: alias, caseSensitive: false, anyOf: [], allOf: [], notFollowedBy: [], notPrecededBy: [] };
  }
  return {
    text: alias.text,
    caseSensitive: alias.case === 'sensitive',
    anyOf: alias.anyOf,
    allOf: alias.allOf,
    notFollowedBy: alias.notFollowedBy,
    notPrecededBy: alias.notPrecededBy,
  };
}

/** Reads one taxonomy file, turning YAML and schema problems into `file:line: message` errors. */
export function readTaxonomyFile(file: string): TaxonomyInput {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new SeedError('FILE_NOT_FOUND', `cannot read taxonomy file (${(error as Error).message})`, file);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const line = first?.linePos?.[0]?.line;
    throw new SeedError('INVALID_TAXONOMY', `invalid YAML: ${first?.message ?? 'parse error'}`, file, line);
  }
  const parsed = taxonomySchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = (issue?.path ?? []) as (string | number)[];
    // Walk the YAML AST along the failing path so the error names the line a person must fix.
    let node: unknown = doc.contents;
    for (const key of path) {
      if (isMap(node)) node = node.get(key, true);
      else if (isSeq(node)) node = node.get(Number(key), true);
      else break;
    }
    const offset = (node as { range?: [number, number, number] } | undefined)?.range?.[0];
    const line = offset === undefined ? undefined : lineCounter.linePos(offset).line;
    throw new SeedError(
      'INVALID_TAXONOMY',
      `${path.join('.') || 'taxonomy'}: ${issue?.message ?? 'invalid'}`,
      file,
      line,
    );
  }
  return parsed.data;
}

function mergeTool(base: ToolInput | undefined, over: ToolInput): ToolInput {
  if (!base) return over;
  const seen = new Set(over.aliases.map((a) => (typeof a === 'string' ? a : a.text).toLowerCase()));
  const kept = base.aliases.filter((a) => !seen.has((typeof a === 'string' ? a : a.text).toLowerCase()));
  const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
  return {
    ...base,
    ...over,
    aliases: [...kept, ...over.aliases],
    cues: union(base.cues, over.cues),
    otherSenses: union(base.otherSenses, over.otherSenses),
  };
}

/**
 * The files of a taxonomy given as a file or as a folder of `.yaml` files (the built-in one is a folder, one file per
 * field or source, read in name order).
 */
export function taxonomyFiles(path: string): string[] {
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    return [path];
  }
  if (!isDir) return [path];
  return readdirSync(path)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => join(path, f));
}

/**
 * Loads the built-in taxonomy and merges user files over it, in order: a tool with a known id updates that tool
 * (its aliases are added, an alias listed again replaces the built-in rule for it), `remove: true` drops it, and a new
 * id adds a tool. The result is checked as a whole: every category exists and no spelling belongs to two tools.
 */
export function loadTaxonomy(userFiles: string[] = [], builtin = BUILTIN_TAXONOMY): Taxonomy {
  const files = [...taxonomyFiles(builtin), ...userFiles];
  const categories = new Map<string, Category>();
  const tools = new Map<string, ToolInput>();
  const origin = new Map<string, string>();
  const notTools = new Set<string>();
  const vendorWords = new Set<string>();
  const wrong: { tool: string; sentence: string; file: string }[] = [];
  for (const file of files) {
    const input = readTaxonomyFile(file);
    for (const category of input.categories) categories.set(category.id, category);
    for (const word of input.notTools) notTools.add(word.toLowerCase());
    for (const word of input.vendorWords) vendorWords.add(word.toLowerCase());
    for (const w of input.wrongMatches) wrong.push({ ...w, file });
    for (const tool of input.tools) {
      if (tool.remove) {
        tools.delete(tool.id);
        continue;
      }
      tools.set(tool.id, mergeTool(tools.get(tool.id), tool));
      origin.set(tool.id, file);
    }
  }

  const result: Tool[] = [];
  const owner = new Map<string, string>();
  for (const input of tools.values()) {
    const file = origin.get(input.id);
    if (!categories.has(input.category)) {
      throw new SeedError(
        'INVALID_TAXONOMY',
        `tool "${input.id}" has unknown category "${input.category}"`,
        file,
      );
    }
    const aliases = [input.name, ...input.aliases].map(normaliseAlias);
    // A rule-bearing entry for a spelling wins over the plain canonical name. Case-sensitive entries are kept per exact
    // spelling: "Fastlane" (always) and "fastlane" (only where the sentence is about releasing apps) are two rules,
    // and keying both by "fastlane" dropped the first, so "Fastlane for both stores" found nothing.
    const unique = new Map<string, Alias>();
    const ruledSpellings = new Set<string>();
    for (const alias of aliases) {
      const key = alias.text.toLowerCase();
      if (alias.caseSensitive || alias.anyOf.length || alias.allOf.length) {
        ruledSpellings.add(key);
        const plain = unique.get(key);
        if (plain && !plain.caseSensitive && !plain.anyOf.length && !plain.allOf.length) unique.delete(key);
        unique.set(alias.caseSensitive ? `=${alias.text}` : key, alias);
      } else if (!ruledSpellings.has(key)) unique.set(key, alias);
      const other = owner.get(key);
      if (other && other !== input.id) {
        throw new SeedError(
          'INVALID_TAXONOMY',
          `"${alias.text}" names both "${other}" and "${input.id}"`,
          file,
        );
      }
      owner.set(key, input.id);
    }
    result.push({
      id: input.id,
      name: input.name,
      category: input.category,
      vendor: input.vendor,
      aliases: [...unique.values()],
      cues: input.cues.map((w) => w.toLowerCase()),
      otherSenses: input.otherSenses.map((w) => w.toLowerCase()),
      icon: input.icon,
    });
  }
  result.sort((a, b) => a.id.localeCompare(b.id));
  const byId = new Map(result.map((t) => [t.id, t]));
  const wrongMatches = new Set<string>();
  for (const w of wrong) {
    if (!byId.has(w.tool))
      throw new SeedError('INVALID_TAXONOMY', `a wrong match names the unknown tool "${w.tool}"`, w.file);
    wrongMatches.add(wrongMatchKey(w.tool, w.sentence));
  }
  return { tools: result, byId, categories, notTools, vendorWords, wrongMatches };
}

/** A taxonomy as plain data, to hand to a worker thread without reading and validating the YAML again there. */
export interface TaxonomyData {
  tools: Tool[];
  categories: Category[];
  notTools: string[];
  vendorWords: string[];
  wrongMatches: string[];
}

export function taxonomyToData(taxonomy: Taxonomy): TaxonomyData {
  return {
    tools: taxonomy.tools,
    categories: [...taxonomy.categories.values()],
    notTools: [...taxonomy.notTools],
    vendorWords: [...taxonomy.vendorWords],
    wrongMatches: [...taxonomy.wrongMatches],
  };
}

/** The taxonomy of `taxonomyToData`, already checked when it was loaded. */
export function taxonomyFromData(data: TaxonomyData): Taxonomy {
  return {
    tools: data.tools,
    byId: new Map(data.tools.map((t) => [t.id, t])),
    categories: new Map(data.categories.map((c) => [c.id, c])),
    notTools: new Set(data.notTools),
    vendorWords: new Set(data.vendorWords),
    wrongMatches: new Set(data.wrongMatches),
  };
}
