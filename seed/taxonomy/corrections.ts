import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { SeedError } from '../errors.js';
import { loadTaxonomy, type Taxonomy } from './load.js';
import type { TaxonomyInput, ToolInput } from './schema.js';
import { taxonomySchema } from './schema.js';

/** What a person can correct from the explorer. */
export type Correction =
  /** "This Swift is not the language": the tool is not meant in this exact sentence. */
  | { kind: 'wrong-match'; toolId: string; sentence: string }
  /** Another spelling of a known tool ("Golang" is Go). */
  | { kind: 'alias'; toolId: string; alias: string }
  /** A tool the taxonomy lacks. */
  | { kind: 'tool'; name: string; category: string; aliases?: string[] };

/** A correction as it stands in the user taxonomy, with the id that reverts it. */
export type StoredCorrection = Correction & { id: string };

const bare = (id: string) => id.replace(/^tool:/, '');
const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);
/** A tool id from a name, as the taxonomy spells ids: lower-case ASCII letters, digits and hyphens. */
const toolIdOf = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+/g, 'p')
    .replace(/#/g, 'sharp')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const aliasText = (a: ToolInput['aliases'][number]) => (typeof a === 'string' ? a : a.text);

function read(file: string): TaxonomyInput {
  if (!existsSync(file)) return taxonomySchema.parse({ version: 1 });
  const parsed = taxonomySchema.safeParse(parse(readFileSync(file, 'utf8')) ?? { version: 1 });
  if (!parsed.success)
    throw new SeedError(
      'INVALID_TAXONOMY',
      `cannot read the user taxonomy: ${parsed.error.issues[0]?.message}`,
      file,
    );
  return parsed.data;
}

/**
 * Writes the user taxonomy only once the whole taxonomy (built-in and this file) loads with it: a correction that
 * would give one spelling to two tools is refused, and the file keeps its previous content.
 */
function write(file: string, input: TaxonomyInput): void {
  const next = `${file}.${process.pid}.tmp`;
  const header =
    '# Your corrections to the tool taxonomy, written by the explorer; you can edit it by hand too.\n';
  writeFileSync(next, header + stringify(input), { mode: 0o600 });
  try {
    loadTaxonomy([next]);
  } catch (error) {
    rmSync(next, { force: true });
    if (error instanceof SeedError) throw new SeedError('INVALID_TAXONOMY', error.message);
    throw error;
  }
  renameSync(next, file);
}

/** The corrections a user taxonomy file holds: its new tools, its added spellings, its wrong matches. */
export function listCorrections(file: string, builtin: Taxonomy = loadTaxonomy()): StoredCorrection[] {
  const input = read(file);
  const out: StoredCorrection[] = [];
  for (const tool of input.tools) {
    const known = builtin.byId.get(tool.id);
    if (!known) {
      out.push({
        id: `tool:${tool.id}`,
        kind: 'tool',
        name: tool.name,
        category: tool.category,
        aliases: tool.aliases.map(aliasText),
      });
      continue;
    }
    const own = new Set(known.aliases.map((a) => a.text.toLowerCase()));
    for (const alias of tool.aliases.map(aliasText).filter((a) => !own.has(a.toLowerCase())))
      out.push({
        id: `alias:${tool.id}:${alias.toLowerCase()}`,
        kind: 'alias',
        toolId: `tool:${tool.id}`,
        alias,
      });
  }
  for (const w of input.wrongMatches)
    out.push({
      id: `wrong:${w.tool}:${hash(w.sentence)}`,
      kind: 'wrong-match',
      toolId: `tool:${w.tool}`,
      sentence: w.sentence,
    });
  return out;
}

/** Adds a correction to the user taxonomy file (creating it), and returns it with its id. */
export function addCorrection(
  file: string,
  correction: Correction,
  builtin: Taxonomy = loadTaxonomy(),
): StoredCorrection {
  const input = read(file);
  switch (correction.kind) {
    case 'wrong-match': {
      const tool = bare(correction.toolId);
      const sentence = correction.sentence.replace(/\s+/g, ' ').trim();
      if (!input.wrongMatches.some((w) => w.tool === tool && w.sentence === sentence))
        input.wrongMatches.push({ tool, sentence });
      write(file, input);
      return { ...correction, sentence, id: `wrong:${tool}:${hash(sentence)}` };
    }
    case 'alias': {
      const id = bare(correction.toolId);
      const alias = correction.alias.trim();
      const known = builtin.byId.get(id);
      const entry = input.tools.find((t) => t.id === id);
      if (entry) entry.aliases.push(alias);
      else if (known)
        input.tools.push({
          id,
          name: known.name,
          category: known.category,
          aliases: [alias],
          cues: [],
          otherSenses: [],
        });
      else throw new SeedError('INVALID_TAXONOMY', `no tool has the id "${correction.toolId}"`);
      write(file, input);
      return { ...correction, alias, id: `alias:${id}:${alias.toLowerCase()}` };
    }
    case 'tool': {
      const id = toolIdOf(correction.name);
      if (!id) throw new SeedError('INVALID_TAXONOMY', 'a tool needs a name');
      if (builtin.byId.has(id) || input.tools.some((t) => t.id === id))
        throw new SeedError(
          'INVALID_TAXONOMY',
          `the taxonomy already has a tool "${id}"; add a spelling to it instead`,
        );
      if (!builtin.categories.has(correction.category))
        throw new SeedError('INVALID_TAXONOMY', `there is no category "${correction.category}"`);
      const aliases = (correction.aliases ?? []).map((a) => a.trim()).filter(Boolean);
      input.tools.push({
        id,
        name: correction.name.trim(),
        category: correction.category,
        aliases,
        cues: [],
        otherSenses: [],
      });
      write(file, input);
      return { ...correction, aliases, id: `tool:${id}` };
    }
  }
}

/** Removes one correction by id; false when the file holds no such correction. */
export function removeCorrection(file: string, id: string, builtin: Taxonomy = loadTaxonomy()): boolean {
  const input = read(file);
  const [kind = '', tool = ''] = id.split(':');
  const rest = id.slice(kind.length + tool.length + 2);
  let removed = false;
  if (kind === 'wrong') {
    const before = input.wrongMatches.length;
    input.wrongMatches = input.wrongMatches.filter((w) => !(w.tool === tool && hash(w.sentence) === rest));
    removed = input.wrongMatches.length < before;
  } else if (kind === 'tool') {
    const before = input.tools.length;
    input.tools = input.tools.filter((t) => t.id !== tool || builtin.byId.has(t.id));
    removed = input.tools.length < before;
  } else if (kind === 'alias') {
    for (const entry of input.tools.filter((t) => t.id === tool)) {
      const before = entry.aliases.length;
      entry.aliases = entry.aliases.filter((a) => aliasText(a).toLowerCase() !== rest);
      removed ||= entry.aliases.length < before;
    }
    // An entry left with no spelling of its own only repeats the built-in tool.
    input.tools = input.tools.filter((t) => !builtin.byId.has(t.id) || t.aliases.length > 0);
  }
  if (removed) write(file, input);
  return removed;
}
