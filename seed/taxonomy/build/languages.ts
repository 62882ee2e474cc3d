/**
 * Generates builtin/50-languages.generated.yaml from GitHub Linguist's language list (linguist-languages, MIT):
 * `npx tsx seed/taxonomy/build/languages.ts`.
 *
 * Only the languages in CURATED below are used: the `type: programming` languages that career documents name, chosen
 * by hand (general-purpose languages in wide professional use, plus languages that anchor a professional niche:
 * hardware description, mainframe, scientific computing, enterprise platforms, game scripting and shaders). Linguist
 * lists about 560 programming languages; most are hobby or research languages that would only add false matches.
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
import type { z } from 'zod';
import { loadTaxonomy } from '../load.js';
import type { aliasSchema, ContextCondition } from '../schema.js';
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

/** An alias as written in YAML (defaults may be left out). */
type AliasInput = z.input<typeof aliasSchema>;

type Rule = 'case' | 'usage' | 'strict';

interface Curation {
  /** Merge into this hand-written tool instead of looking the name up. */
  into?: string;
  id?: string;
  /** Display name when Linguist's is not what people write ("Assembly" → "Assembly language"). */
  name?: string;
  vendor?: string;
  /**
   * Rule for the bare name: `case` only matches the capitalisation given (the English word is spelled otherwise),
   * `usage` lets the sentence decide, `strict` also needs another tool nearby.
   */
  rule?: Rule;
  notFollowedBy?: string[];
  notPrecededBy?: string[];
  /** Further spellings people write that Linguist does not list (strings, or alias objects with rules). */
  extraAliases?: AliasInput[];
  /** Linguist aliases of three characters or fewer that are still safe. */
  keepShort?: string[];
  cues?: string[];
  otherSenses?: string[];
  /** simple-icons slug when the automatic match is wrong or missing; null for none. */
  icon?: string | null;
}

/** Linguist aliases that are never tool spellings here (file extensions, other products, odd historic names). */
const DENY = new Set([
  'rusthon',
  'splus',
  'cakescript',
  'cperl',
  'wast',
  'pyrex',
  'macruby',
  'eask',
  'envrc',
  'coldfusion html',
  'sdc',
  'xdc',
  'inc',
]);

/** Hand-picked Linguist `programming` languages (keys are Linguist names). */
const CURATED: Record<string, Curation> = {
  // ---------------------------------------------------------------- already hand-written: add Linguist's spellings
  Python: {},
  Java: {},
  JavaScript: {},
  TypeScript: {},
  'C#': {},
  'C++': { keepShort: ['cpp'] },
  C: {},
  Go: {},
  Rust: {},
  Kotlin: {},
  Swift: {},
  'Objective-C': {},
  Dart: {},
  Ruby: {},
  PHP: {},
  Perl: {},
  Scala: {},
  Groovy: {},
  Clojure: {},
  Haskell: {},
  Elixir: {},
  Erlang: {},
  'F#': {},
  Lua: {},
  Julia: {},
  R: {},
  MATLAB: {},
  SAS: {},
  PLSQL: {},
  TSQL: {},
  'Visual Basic .NET': {},
  VBA: {},
  COBOL: {},
  ABAP: {},
  Solidity: {},
  Cypher: {},
  WebAssembly: {},
  Cython: {},
  XSLT: {},
  XQuery: {},
  Apex: {},
  PowerShell: { into: 'powershell' },

  // ---------------------------------------------------------------- systems & general purpose
  Assembly: {
    name: 'Assembly language',
    keepShort: ['asm'],
    rule: 'usage',
    extraAliases: ['x86 assembly', 'ARM assembly', 'assembly code', 'MASM'],
    cues: [
      'x86',
      'arm',
      'mips',
      'risc',
      'registers',
      'microcontroller',
      'firmware',
      'bootloader',
      'embedded',
      'c',
      'nasm',
      'masm',
      'disassembly',
      'reverse',
      'engineering',
      'cpu',
      'instructions',
    ],
    otherSenses: [
      'line',
      'lines',
      'general',
      'plant',
      'plants',
      'hall',
      'member',
      'members',
      'national',
      'state',
      'parts',
      'furniture',
      'kit',
      'product',
      'products',
      'vehicle',
      'vehicles',
      'aircraft',
      'pcb',
      'manufacturing',
      'component',
      'components',
      'legislative',
      'school',
    ],
  },
  D: {
    rule: 'strict',
    extraAliases: ['D language', 'D programming language'],
    notFollowedBy: ['-', "'", '&', '.', '+'],
    notPrecededBy: [
      'Series',
      'Plan',
      'Vitamin',
      'Type',
      'Class',
      'Grade',
      'Tier',
      'Level',
      'Option',
      'Phase',
      'Section',
      'Appendix',
      'Part',
      'Round',
      '&',
      'Ph.',
      'Ph',
    ],
    cues: ['dlang', 'phobos', 'dmd', 'ldc', 'systems', 'compiled', 'garbage'],
    otherSenses: ['vitamin', 'phd', 'grade', 'series', 'funding', 'round', 'dimension', 'dimensional'],
  },
  Zig: {
    rule: 'usage',
    cues: ['c', 'systems', 'compiler', 'llvm', 'allocator', 'allocators', 'rust', 'comptime', 'bun'],
    otherSenses: ['zag'],
  },
  Nim: {
    rule: 'usage',
    extraAliases: ['Nim lang', 'Nimrod'],
    cues: ['compiled', 'python', 'systems', 'metaprogramming', 'macros', 'nimble'],
    otherSenses: ['game', 'games'],
  },
  Crystal: {
    rule: 'usage',
    extraAliases: ['Crystal lang', 'Crystal language'],
    cues: ['ruby', 'llvm', 'shards', 'compiled', 'kemal', 'amber', 'lucky'],
    otherSenses: [
      'reports',
      'clear',
      'glass',
      'ball',
      'meth',
      'chandelier',
      'crystals',
      'crystalline',
      'lattice',
      'structure',
      'structures',
      'oscillator',
      'oscillators',
      'quartz',
      'display',
      'liquid',
    ],
  },
  Ada: {
    rule: 'usage',
    extraAliases: ['Ada 95', 'Ada 2005', 'Ada 2012', 'SPARK Ada', 'GNAT Ada'],
    cues: [
      'spark',
      'gnat',
      'avionics',
      'embedded',
      'safety',
      'critical',
      'rtos',
      'aerospace',
      'defense',
      'defence',
      'do178',
      'realtime',
    ],
    otherSenses: [
      'lovelace',
      'accessibility',
      'compliance',
      'compliant',
      'disabilities',
      'disability',
      'americans',
      'cardano',
      'wheelchair',
      'dental',
      'diabetes',
      'ramp',
      'ramps',
    ],
  },
  Fortran: { extraAliases: ['Fortran 77', 'Fortran 90', 'Fortran 95', 'Fortran 2003', 'Fortran 2008'] },
  Pascal: {
    rule: 'usage',
    extraAliases: [
      'Object Pascal',
      'Free Pascal',
      'Turbo Pascal',
      'Embarcadero Delphi',
      'Borland Delphi',
      'Delphi XE',
      { text: 'Delphi', case: 'sensitive', anyOf: ['usage-context'] },
    ],
    cues: ['delphi', 'turbo', 'lazarus', 'freepascal', 'borland', 'embarcadero', 'vcl', 'firemonkey'],
    otherSenses: [
      'pressure',
      'kpa',
      'mpa',
      'blaise',
      'units',
      'unit',
      'triangle',
      'law',
      'automotive',
      'technologies',
      'aptiv',
      'delco',
      'packard',
      'oracle',
      'greece',
      'greek',
      'method',
      'panel',
    ],
  },
  Haxe: {},
  OCaml: {},
  'Standard ML': { extraAliases: ['SML/NJ'] },
  Smalltalk: { extraAliases: ['Pharo', 'VisualWorks'] },
  'Common Lisp': {
    extraAliases: ['SBCL', { text: 'Lisp', case: 'sensitive', anyOf: ['usage-context'] }],
    cues: ['clojure', 'scheme', 'racket', 'emacs', 'macros', 'sbcl', 'functional', 'repl'],
    otherSenses: ['speech', 'therapy', 'therapist', 'pathologist'],
  },
  Scheme: {
    rule: 'strict',
    extraAliases: ['Guile Scheme', 'Chez Scheme', 'MIT Scheme', 'Scheme programming language'],
    cues: ['lisp', 'racket', 'sicp', 'functional', 'guile', 'chez', 'clojure', 'macros'],
    otherSenses: [
      'pyramid',
      'ponzi',
      'pension',
      'color',
      'colour',
      'naming',
      'classification',
      'insurance',
      'benefit',
      'benefits',
      'incentive',
      'incentives',
      'bonus',
      'pricing',
      'url',
      'uri',
      'xml',
      'loyalty',
      'reward',
      'rewards',
      'government',
      'funding',
      'grant',
      'grants',
      'payment',
      'payments',
      'card',
      'cards',
      'retirement',
      'apprenticeship',
    ],
  },
  Racket: {
    rule: 'usage',
    extraAliases: ['DrRacket', 'Racket language'],
    cues: ['scheme', 'lisp', 'functional', 'drracket', 'macros'],
    otherSenses: [
      'tennis',
      'squash',
      'noise',
      'illegal',
      'extortion',
      'scam',
      'protection',
      'badminton',
      'crime',
      'mafia',
    ],
  },
  Prolog: {
    rule: 'usage',
    extraAliases: ['SWI-Prolog'],
    cues: ['logic', 'programming', 'datalog', 'ai', 'lisp', 'rules', 'inference'],
    otherSenses: ['prologue', 'epilogue', 'novel', 'book', 'chapter'],
  },
  'Emacs Lisp': {},
  Raku: {
    rule: 'usage',
    extraAliases: ['Perl 6', 'Rakudo'],
    cues: ['perl', 'rakudo', 'grammars', 'regex', 'scripts'],
    otherSenses: ['pottery', 'ceramics', 'ceramic', 'firing', 'kiln', 'glaze'],
  },
  Hack: {
    rule: 'strict',
    extraAliases: ['Hacklang', 'Hack language', 'HHVM Hack'],
    cues: ['hhvm', 'php', 'facebook', 'meta', 'typed'],
    otherSenses: [
      'hackathon',
      'hacker',
      'hackers',
      'hacking',
      'growth',
      'life',
      'quick',
      'day',
      'week',
      'night',
      'hacks',
    ],
  },
  Mojo: {
    rule: 'usage',
    extraAliases: ['Mojo language', 'Mojo programming language'],
    cues: ['python', 'modular', 'mlir', 'performance', 'ai', 'kernels', 'gpu'],
    otherSenses: ['lost', 'rising', 'magic', 'austin', 'powers', 'dojo'],
  },
  Gleam: {
    rule: 'usage',
    extraAliases: ['Gleam language'],
    cues: ['erlang', 'beam', 'elixir', 'functional', 'otp', 'typed'],
    otherSenses: ['eye', 'eyes', 'light', 'shine', 'smile'],
  },
  Ballerina: {
    rule: 'usage',
    vendor: 'WSO2',
    extraAliases: ['Ballerina language', 'Ballerina lang'],
    cues: ['wso2', 'integration', 'integrations', 'services', 'cloud', 'microservices', 'apis'],
    otherSenses: ['ballet', 'dance', 'dancer', 'dancers', 'flats', 'shoes', 'tutu'],
  },
  Nix: {
    rule: 'usage',
    extraAliases: ['Nix flakes', 'nixpkgs', 'Nix package manager'],
    cues: ['nixos', 'flakes', 'nixpkgs', 'reproducible', 'derivations', 'packages', 'declarative', 'builds'],
  },

  // ---------------------------------------------------------------- web & scripting
  CoffeeScript: {},
  PureScript: {},
  ReScript: { rule: 'case' },
  Reason: {
    rule: 'strict',
    extraAliases: ['ReasonML', 'ReasonReact'],
    cues: ['ocaml', 'react', 'reasonreact', 'bucklescript', 'rescript', 'javascript', 'functional'],
  },
  Elm: {
    rule: 'usage',
    extraAliases: ['Elm language', 'Elm lang'],
    cues: ['functional', 'haskell', 'frontend', 'javascript', 'purescript', 'architecture', 'typed'],
    otherSenses: ['tree', 'trees', 'street', 'elms', 'dutch', 'disease', 'nightmare', 'wood'],
  },
  ActionScript: { keepShort: ['as3'] },
  ColdFusion: { extraAliases: ['CFML', 'Adobe ColdFusion'] },
  'Classic ASP': { extraAliases: ['ASP Classic'] },
  VBScript: { vendor: 'Microsoft' },
  'Visual Basic 6.0': { id: 'visual-basic-6', vendor: 'Microsoft', keepShort: ['vb6'] },
  AppleScript: { vendor: 'Apple' },
  AutoHotkey: { keepShort: ['ahk'] },
  Awk: {
    name: 'AWK',
    extraAliases: ['gawk', { text: 'awk', anyOf: ['usage-context'] }],
    cues: ['sed', 'bash', 'grep', 'shell', 'unix', 'perl', 'scripts', 'scripting', 'linux', 'regex'],
  },
  sed: {
    rule: 'strict',
    extraAliases: ['GNU sed'],
    cues: ['awk', 'grep', 'bash', 'shell', 'unix', 'regex', 'scripts', 'scripting', 'linux'],
  },
  jq: {
    rule: 'usage',
    cues: ['json', 'bash', 'shell', 'curl', 'yaml', 'scripts', 'cli'],
  },
  'Vim script': { extraAliases: ['VimL'] },
  Tcl: { extraAliases: ['Tcl/Tk', 'Tcl scripts', 'Tcl scripting'] },

  // ---------------------------------------------------------------- enterprise & mainframe
  JCL: { vendor: 'IBM', extraAliases: ['Job Control Language'] },
  REXX: { vendor: 'IBM' },
  RPGLE: { vendor: 'IBM', extraAliases: ['RPG IV', 'RPG/400', 'ILE RPG IV'] },
  PowerBuilder: { vendor: 'Appeon' },
  ObjectScript: { vendor: 'InterSystems' },
  PLpgSQL: { vendor: 'PostgreSQL Global Development Group', extraAliases: ['PL/pgSQL'] },
  HCL: {
    rule: 'usage',
    icon: null, // simple-icons "HCL" is HCLTech, the company
    vendor: 'HashiCorp',
    cues: ['terraform', 'hashicorp', 'packer', 'nomad', 'vault', 'consul', 'modules', 'opentofu'],
    otherSenses: [
      'technologies',
      'tech',
      'hcltech',
      'infosys',
      'wipro',
      'tcs',
      'cognizant',
      'notes',
      'domino',
      'consultant',
      'consultants',
      'client',
      'vendor',
      'offshore',
    ],
  },
  Starlark: { vendor: 'Google' },

  // ---------------------------------------------------------------- hardware, scientific & numerical
  Verilog: {},
  SystemVerilog: {},
  VHDL: {},
  OpenCL: { vendor: 'Khronos Group' },
  'Q#': { id: 'qsharp', vendor: 'Microsoft', rule: 'case' },
  Scilab: {},
  Modelica: { vendor: 'Modelica Association' },
  AMPL: {},
  GAMS: {
    rule: 'usage',
    cues: [
      'optimization',
      'optimisation',
      'solver',
      'solvers',
      'cplex',
      'gurobi',
      'linear',
      'ampl',
      'pyomo',
      'models',
    ],
  },
  'G-code': { extraAliases: ['GCode'] },

  // ---------------------------------------------------------------- games, shaders & UI
  GDScript: { vendor: 'Godot Foundation' },
  GLSL: { vendor: 'Khronos Group' },
  HLSL: { vendor: 'Microsoft' },
  Luau: {
    rule: 'usage',
    vendor: 'Roblox',
    cues: ['roblox', 'lua', 'scripting', 'scripts', 'games', 'game'],
    otherSenses: ['hawaiian', 'party', 'beach', 'feast', 'pig'],
  },
  QML: { vendor: 'The Qt Company' },
};

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
