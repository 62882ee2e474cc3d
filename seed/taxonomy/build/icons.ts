/**
 * Fills in the `icon:` field of hand-written tools from simple-icons (CC0): `npx tsx seed/taxonomy/build/icons.ts`.
 *
 * A tool gets the slug of the simple-icons brand whose title, slug or alias (aka, old name, duplicate title) equals,
 * after simple-icons' own normalisation, the tool's name or one of its aliases; a name shared by two brands gives no
 * icon. OVERRIDES below records the reviewed corrections (a wrong brand with the same name, or a brand under another
 * name). The script owns the `icon:` line of every tool in the hand-written files: it rewrites those lines in place
 * (one line after `vendor:`, or after `category:` when there is no vendor) and leaves everything else untouched.
 * Generated files are left alone (languages.ts looks icons up itself).
 *
 * It prints every match with the brand's source for review, and `--suggest` lists simple-icons alias spellings
 * (aka) of matched brands that no tool has yet: candidates to add by hand, never added automatically.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadTaxonomy, taxonomyFiles } from '../load.js';
import {
  aliasText,
  type Brand,
  BUILTIN_DIR,
  findBrand,
  handWritten,
  isGenerated,
  packageInfo,
  simpleIcons,
} from './shared.js';

/**
 * Reviewed corrections: tool id → simple-icons slug, or null for "no icon" where the name matches a different brand.
 */
const OVERRIDES: Record<string, string | null> = {
  // Same name, different brand (found by reviewing the printed matches).
  'apache-hive': null, // "Hive" is Hive Home and the Hive blockchain
  'icon-model': null, // "Icon" is a brand of its own, not the weather model
  'ion-allegro': null, // "Allegro" is the Polish marketplace, not ION's trading system
  'fathom-hq': null, // "Fathom" is Fathom Analytics, not the accounting reports app
  'max-msp': null, // "Max" is the streaming service
  'oracle-opera-pms': null, // "Opera" is the web browser
  'plex-smart-manufacturing': null, // "Plex" is the media server
  'arc-xp': null, // "Arc" is the web browser
  'oxygen-xml-editor': null, // "Oxygen" is another brand
  'amazon-neptune': null, // "Neptune" is neptune.ai
  'aws-certificate-manager': null, // "ACM" is the Association for Computing Machinery
  boost: null, // "Boost" is Boost Mobile
  glide: null, // "Glide" is the Glide app builder
  'gnu-make': null, // "Make" is make.com
  'hadoop-yarn': null, // "Yarn" is the JavaScript package manager
  hypothesis: null, // "Hypothesis" is the web annotation tool
  'intersystems-iris': null, // "IRIS" is a UK software company
  pix: null, // "Pix" is Brazil's instant payment system
  puma: null, // "Puma" is the sportswear brand
  redox: null, // "Redox" is Redox OS
  uikit: null, // "UIkit" is the CSS framework, not Apple's UIKit
  'saturn-traffic': null, // "Saturn" is the electronics retailer, not the traffic assignment model
  uptimerobot: null, // only Uptime Kuma has an icon
  vespa: null, // "Vespa" is the scooter
  // The right brand under another name.
  'anthropic-claude': 'claude',
  'make-com': 'make',
  'neptune-ai': 'neptune',
  shell: 'gnubash',
  'spring-framework': 'spring',
  yarn: 'yarn',
};

const { tools, inputs } = handWritten();
const { byKey } = simpleIcons();
const bySlug = new Map<string, Brand>();
for (const brands of byKey.values()) for (const b of brands) bySlug.set(b.slug, b);

/** tool id → slug (or undefined for no icon), with how it was found. */
const chosen = new Map<string, { slug: string; via: string; brand: Brand } | undefined>();
const seen = new Set<string>();
for (const input of inputs) {
  if (seen.has(input.id)) continue;
  seen.add(input.id);
  // All spellings a tool has across files (a repeated id adds aliases).
  const spellings = [input.name];
  for (const t of inputs) if (t.id === input.id) spellings.push(...t.aliases.map(aliasText));
  const override = OVERRIDES[input.id];
  if (override === null) {
    chosen.set(input.id, undefined);
    continue;
  }
  if (override !== undefined) {
    const brand = bySlug.get(override);
    if (!brand) throw new Error(`OVERRIDES: no simple-icons slug "${override}" (tool ${input.id})`);
    chosen.set(input.id, { slug: override, via: 'OVERRIDES', brand });
    continue;
  }
  const found = findBrand(spellings, byKey);
  chosen.set(input.id, found && { slug: found.brand.slug, via: found.via, brand: found.brand });
}
for (const id of Object.keys(OVERRIDES)) {
  if (!tools.has(id)) throw new Error(`OVERRIDES names unknown tool "${id}"`);
}

/** Rewrites the icon line of every tool block in one hand-written file. */
function annotate(file: string): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: string[] = [];
  let changed = 0;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    const m = /^ {2}- id: ([a-z0-9-]+)\s*$/.exec(line);
    if (!m) {
      out.push(line);
      i++;
      continue;
    }
    // The tool block: this line and the following lines indented by four spaces or more (or blank inside it).
    let end = i + 1;
    while (end < lines.length && /^ {4}/.test(lines[end] as string)) end++;
    const block = lines.slice(i, end).filter((l) => !/^ {4}icon:/.test(l));
    const pick = chosen.get(m[1] as string);
    if (pick) {
      let at = block.findIndex((l) => /^ {4}vendor:/.test(l));
      if (at < 0) at = block.findIndex((l) => /^ {4}category:/.test(l));
      if (at < 0) throw new Error(`${file}: tool ${m[1]} has no category line`);
      block.splice(at + 1, 0, `    icon: ${pick.slug}`);
    }
    const before = lines.slice(i, end).join('\n');
    if (before !== block.join('\n')) changed++;
    out.push(...block);
    i = end;
  }
  const text = out.join('\n');
  if (text !== lines.join('\n')) writeFileSync(file, text);
  return changed;
}

const files = taxonomyFiles(BUILTIN_DIR).filter((f) => !isGenerated(f));
let changedTools = 0;
for (const file of files) changedTools += annotate(file);

// Check the whole taxonomy still loads.
const taxonomy = loadTaxonomy();
const withIcon = taxonomy.tools.filter((t) => t.icon).length;
const { version, license } = packageInfo('simple-icons');

const report = [...chosen.entries()]
  .filter(([, p]) => p)
  .map(([id, p]) => {
    const pick = p as { slug: string; via: string; brand: Brand };
    const name = tools.get(id)?.name;
    const flag = pick.via === name ? ' ' : '~';
    return `${flag} ${id.padEnd(34)} ${pick.slug.padEnd(24)} via "${pick.via}" → "${pick.brand.title}" (${pick.brand.source})`;
  });
process.stdout.write(`${report.join('\n')}\n`);
process.stdout.write(
  `\nsimple-icons ${version} (${license}): ${withIcon} of ${taxonomy.tools.length} tools have an icon; ` +
    `${changedTools} tool blocks rewritten. Lines starting with "~" matched through an alias: review them.\n`,
);

if (process.argv.includes('--suggest')) {
  const spellings = new Set(taxonomy.tools.flatMap((t) => t.aliases.map((a) => a.text.toLowerCase())));
  const lines: string[] = [];
  for (const [id, p] of chosen) {
    if (!p) continue;
    const extra = p.brand.otherNames.filter((n) => !spellings.has(n.toLowerCase()));
    if (extra.length) lines.push(`${id}: ${extra.join(', ')}`);
  }
  process.stdout.write(
    `\nAlias spellings simple-icons knows for matched brands, not yet in the taxonomy:\n${lines.join('\n')}\n`,
  );
}
