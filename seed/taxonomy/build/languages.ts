/**
 * Generates builtin/50-languages.generated.yaml from GitHub Linguist's language list (linguist-languages, MIT):
 * `npx tsx seed/taxonomy/build/languages.ts`.
 *
 * Only the languages in CURATED (languages/curated.ts) are used: the `type: programming` languages that career
 * documents name, chosen by hand (general-purpose languages in wide professional use, plus languages that anchor a
 * professional niche: hardware description, mainframe, scientific computing, enterprise platforms, game scripting and
 * shaders). Linguist lists about 560 programming languages; most are hobby or research languages that would only add
 * false matches.
 *
 * For each curated language:
 * - if a hand-written tool of category `language` already owns its name (or `into` names one), the generated entry
 *   repeats that tool's id, name and category and adds only Linguist's alias spellings that are new and safe (the
 *   loader merges a repeated id: aliases, cues and other senses are added, other fields of the later file win);
 * - if a hand-written tool of another category owns the name (CMake, Puppet, LabVIEW, Stan, ...), it is skipped;
 * - otherwise a new tool is written, with Linguist's name and its safe aliases.
 * An alias is safe when nobody owns it yet, it is at least four characters long (or listed in `keepShort`), it is not
 * an ordinary English word (an-array-of-english-words, MIT) and it is not in DENY. A name that is an English word,
 * two characters or shorter, or a person's name gets a context rule (`rule`), and then must come with `cues`.
 * Icons come from simple-icons (CC0) the same way as in icons.ts.
 *
 * The output is checked by loading the whole taxonomy; the script fails if the curation is out of date (a language
 * Linguist no longer has, an extra alias someone else owns, an ambiguous name without cues).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as linguist from 'linguist-languages';
import { loadTaxonomy } from '../load.js';
import type { ContextCondition } from '../schema.js';
import { CURATED } from './languages/curated.js';
import { type AliasInput, DENY } from './languages/curation.js';
import {
  aliasText,
  BUILTIN_DIR,
  englishWords,
  findBrand,
  flowScalar,
  handWritten,
  packageInfo,
  simpleIcons,
} from './shared.js';

const OUTPUT = join(BUILTIN_DIR, '50-languages.generated.yaml');

const english = englishWords();
const { tools, owner } = handWritten();
const { byKey } = simpleIcons();
const languages = linguist as unknown as Record<
  string,
  { name: string; type: string; aliases?: string[] } | undefined
>;

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/\+/g, 'p')
    .replace(/#/g, 'sharp')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

interface Entry {
  id: string;
  name: string;
  category: string;
  vendor?: string;
  icon?: string;
  aliases: AliasInput[];
  cues: string[];
  otherSenses: string[];
  merged: boolean;
}

const entries: Entry[] = [];
const skipped: string[] = [];
const dropped: string[] = [];
const claimed = new Map(owner);

for (const [linguistName, cur] of Object.entries(CURATED)) {
  const lang = languages[linguistName];
  if (lang?.type !== 'programming') {
    throw new Error(`CURATED: Linguist has no programming language "${linguistName}"`);
  }
  const name = cur.name ?? lang.name;
  const ownerId = cur.into ?? claimed.get(name.toLowerCase()) ?? claimed.get(lang.name.toLowerCase());
  const existing = ownerId ? tools.get(ownerId) : undefined;
  if (ownerId && !existing) throw new Error(`CURATED ${linguistName}: no hand-written tool "${ownerId}"`);
  if (existing && existing.category !== 'language' && !cur.into) {
    skipped.push(`${linguistName} (hand-written as ${existing.id}, category ${existing.category})`);
    continue;
  }
  const id = existing?.id ?? cur.id ?? slug(name);

  // Linguist's aliases that are new and safe.
  const aliases: AliasInput[] = [];
  for (const alias of lang.aliases ?? []) {
    const key = alias.toLowerCase();
    const reason = claimed.has(key)
      ? claimed.get(key) === id
        ? undefined // already a spelling of this tool
        : `owned by ${claimed.get(key)}`
      : DENY.has(key)
        ? 'deny list'
        : english.has(key)
          ? 'English word'
          : key.length <= 3 && !(cur.keepShort ?? []).includes(key)
            ? 'too short'
            : 'ok';
    if (reason === undefined) continue;
    if (reason !== 'ok') {
      dropped.push(`${linguistName}: "${alias}" (${reason})`);
      continue;
    }
    aliases.push(alias);
    claimed.set(key, id);
  }
  for (const extra of cur.extraAliases ?? []) {
    const key = aliasText(extra).toLowerCase();
    const other = claimed.get(key);
    if (other && other !== id)
      throw new Error(`CURATED ${linguistName}: "${aliasText(extra)}" belongs to ${other}`);
    if (other === id && typeof extra === 'string') continue;
    // A ruled extra replaces Linguist's plain spelling of the same word ("Delphi" for "delphi").
    const plain = aliases.findIndex((a) => typeof a === 'string' && a.toLowerCase() === key);
    if (plain >= 0) aliases.splice(plain, 1);
    aliases.push(extra);
    claimed.set(key, id);
  }

  if (existing) {
    if (aliases.length === 0) continue;
    entries.push({
      id,
      name: existing.name,
      category: existing.category,
      aliases,
      cues: [],
      otherSenses: [],
      merged: true,
    });
    continue;
  }

  // A new language: decide whether the bare name people write (Linguist's) needs a context rule. When the display
  // name is a longer form ("Assembly language"), the rule goes on Linguist's bare name ("Assembly").
  const bare = lang.name;
  const needsRule = english.has(bare.toLowerCase()) || bare.length <= 2;
  // An extra alias spelled like the bare name and carrying its own rule ("awk" for AWK) stands for the rule.
  const nameRuled = (cur.extraAliases ?? []).some(
    (a) => typeof a !== 'string' && a.text.toLowerCase() === bare.toLowerCase(),
  );
  const rule = cur.rule ?? (needsRule && !nameRuled ? 'usage' : undefined);
  if (needsRule && !nameRuled && !cur.rule)
    throw new Error(`CURATED ${linguistName}: "${name}" is ambiguous; give it a rule`);
  if (rule && rule !== 'case' && !cur.cues?.length)
    throw new Error(`CURATED ${linguistName}: a ruled name needs cues`);
  if (rule) {
    const conditions: { anyOf?: ContextCondition[]; allOf?: ContextCondition[] } =
      rule === 'case'
        ? {}
        : rule === 'usage'
          ? { anyOf: ['usage-context'] }
          : { allOf: ['mid-sentence', 'nearby-tool', 'usage-context'] };
    aliases.unshift({
      text: bare,
      case: 'sensitive',
      ...conditions,
      ...(cur.notFollowedBy ? { notFollowedBy: cur.notFollowedBy } : {}),
      ...(cur.notPrecededBy ? { notPrecededBy: cur.notPrecededBy } : {}),
    });
  }
  claimed.set(name.toLowerCase(), id);
  claimed.set(bare.toLowerCase(), id);
  const spellings = [name, ...aliases.map(aliasText)];
  const icon = cur.icon === undefined ? findBrand(spellings, byKey)?.brand.slug : (cur.icon ?? undefined);
  entries.push({
    id,
    name,
    category: 'language',
    ...(cur.vendor ? { vendor: cur.vendor } : {}),
    ...(icon ? { icon } : {}),
    aliases,
    cues: cur.cues ?? [],
    otherSenses: cur.otherSenses ?? [],
    merged: false,
  });
}

/** One alias as YAML: a plain scalar, or a flow map for a rule. */
function aliasYaml(alias: AliasInput): string {
  if (typeof alias === 'string') return flowScalar(alias);
  const parts = [`text: ${flowScalar(alias.text)}`];
  if (alias.case === 'sensitive') parts.push('case: sensitive');
  if (alias.anyOf?.length) parts.push(`anyOf: [${alias.anyOf.join(', ')}]`);
  if (alias.allOf?.length) parts.push(`allOf: [${alias.allOf.join(', ')}]`);
  if (alias.notFollowedBy?.length)
    parts.push(`notFollowedBy: [${alias.notFollowedBy.map((s) => JSON.stringify(s)).join(', ')}]`);
  if (alias.notPrecededBy?.length)
    parts.push(`notPrecededBy: [${alias.notPrecededBy.map(flowScalar).join(', ')}]`);
  return `{ ${parts.join(', ')} }`;
}

const { version, license } = packageInfo('linguist-languages');
const icons = packageInfo('simple-icons');
const lines = [
  `# GENERATED by seed/taxonomy/build/languages.ts; do not edit by hand (change CURATED there, or a hand-written file).`,
  `# Source: GitHub Linguist's language list, linguist-languages ${version} (${license}); icons: simple-icons ${icons.version} (${icons.license}).`,
  `# Regenerate: npx tsx seed/taxonomy/build/languages.ts`,
  `# Entries marked "merged" repeat a hand-written language's id, name and category and only add Linguist's spellings.`,
  'version: 1',
  '',
  'tools:',
];
for (const e of entries) {
  lines.push(`  - id: ${e.id}${e.merged ? ' # merged' : ''}`);
  lines.push(`    name: ${flowScalar(e.name)}`);
  lines.push(`    category: ${e.category}`);
  if (e.vendor) lines.push(`    vendor: ${flowScalar(e.vendor)}`);
  if (e.icon) lines.push(`    icon: ${e.icon}`);
  if (e.aliases.length === 0) lines.push('    aliases: []');
  else {
    lines.push('    aliases:');
    for (const a of e.aliases) lines.push(`      - ${aliasYaml(a)}`);
  }
  if (e.cues.length) lines.push(`    cues: [${e.cues.join(', ')}]`);
  if (e.otherSenses.length) lines.push(`    otherSenses: [${e.otherSenses.join(', ')}]`);
}
writeFileSync(OUTPUT, `${lines.join('\n')}\n`);

// The whole taxonomy must still load (duplicate spellings, schema, categories).
const taxonomy = loadTaxonomy();
const added = entries.filter((e) => !e.merged).length;
process.stdout.write(
  `${OUTPUT}: ${added} new languages, ${entries.length - added} hand-written languages given Linguist spellings ` +
    `(linguist-languages ${version}). Taxonomy: ${taxonomy.tools.length} tools.\n` +
    `Skipped (a hand-written tool of another kind owns the name):\n  ${skipped.join('\n  ') || '-'}\n` +
    `Linguist aliases left out:\n  ${dropped.join('\n  ') || '-'}\n`,
);
