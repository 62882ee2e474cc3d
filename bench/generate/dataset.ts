import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_TAXONOMY } from '../../seed/paths.js';
import { type Taxonomy, taxonomyFiles } from '../../seed/taxonomy/load.js';
import { ToolMatcher } from '../../seed/taxonomy/matcher.js';
import { Random, Zipf } from '../lib/random.js';
import { NarrativeWriter, type PlannedJob } from './narrative.js';
import { COMPANY_KINDS, COMPANY_STEMS, LEGAL_SUFFIXES } from './vocabulary/companies.js';
import { FIRST_NAMES, LAST_NAMES } from './vocabulary/people.js';

/** Bump when the generated text changes, so cached datasets are rebuilt. */
export const GENERATOR_VERSION = 3;

export interface DatasetSpec {
  name: string;
  people: number;
  jobsPerPerson: number;
  seed: number;
  /** Stop adding people once the files hold this many bytes (the extraction corpus). */
  targetBytes?: number;
}

export interface PlannedPerson {
  file: string;
  name: string;
  jobs: PlannedJob[];
}

export interface Dataset {
  spec: DatasetSpec;
  dir: string;
  files: string[];
  bytes: number;
  jobs: number;
  people: PlannedPerson[];
  /** Seconds spent writing it now; 0 when the cached copy was reused. */
  generatedSeconds: number;
}

interface Manifest {
  version: number;
  taxonomy: string;
  spec: DatasetSpec;
  bytes: number;
  people: PlannedPerson[];
}

const taxonomyHash = () => {
  const hash = createHash('sha256');
  for (const file of taxonomyFiles(BUILTIN_TAXONOMY)) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
};

/** Companies named by capitalised words that are neither tools nor taken for anything else by the extractor. */
function companyPool(taxonomy: Taxonomy, random: Random, size: number): string[] {
  const matcher = new ToolMatcher(taxonomy);
  const names: string[] = [];
  for (const stem of COMPANY_STEMS) {
    for (const kind of COMPANY_KINDS) {
      const base = `${stem} ${kind}`;
      if (matcher.matchSentence(`At ${base}, I led the team.`).length > 0) continue;
      names.push(base);
    }
  }
  random.shuffle(names);
  // A company keeps one spelling everywhere; some carry a legal suffix, which the extractor keeps as written.
  return names.slice(0, size).map((name) => `${name}${random.pick(LEGAL_SUFFIXES)}`);
}

/** Unique "First Last" names in a seeded order; the file name is their kebab-case form. */
function personNames(random: Random, count: number): string[] {
  const all: string[] = [];
  for (const first of FIRST_NAMES) for (const last of LAST_NAMES) all.push(`${first} ${last}`);
  if (count > all.length) throw new Error(`at most ${all.length} generated people; asked for ${count}`);
  return random.shuffle(all).slice(0, count);
}

/**
 * Generates (or reuses, when an identical one is already on disk) a dataset: one Markdown file per person in
 * `bench/data/<name>/`, plus manifest.json with what each job was meant to name. Deterministic: the same spec and
 * taxonomy give byte-identical files.
 */
export function ensureDataset(spec: DatasetSpec, root: string, taxonomy: Taxonomy): Dataset {
  const dir = join(root, spec.name);
  const manifestFile = join(dir, 'manifest.json');
  const hash = taxonomyHash();
  if (existsSync(manifestFile)) {
    const cached = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
    if (
      cached.version === GENERATOR_VERSION &&
      cached.taxonomy === hash &&
      JSON.stringify(cached.spec) === JSON.stringify(spec) &&
      cached.people.every((p) => existsSync(p.file))
    ) {
      return describe(spec, dir, cached.people, cached.bytes, 0);
    }
  }
  const started = Date.now();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const writer = new NarrativeWriter(taxonomy, spec.seed);
  const random = new Random(spec.seed);
  const companies = new Zipf(companyPool(taxonomy, random, Math.max(20, Math.ceil(spec.people / 5))), 1);
  const names = personNames(random, spec.people);
  const people: PlannedPerson[] = [];
  let bytes = 0;
  for (const [i, name] of names.entries()) {
    if (spec.targetBytes && bytes >= spec.targetBytes) break;
    const personRandom = new Random(spec.seed * 100_003 + i);
    const employers: string[] = [];
    for (let guard = 0; employers.length < spec.jobsPerPerson && guard < 100; guard++) {
      const c = companies.draw(personRandom);
      if (!employers.includes(c)) employers.push(c);
    }
    const jobs: PlannedJob[] = [];
    let text = '';
    for (const company of employers) {
      const written = writer.write(personRandom, company);
      text += `${written.text}\n`;
      jobs.push(written.job);
    }
    const file = join(dir, `${name.toLowerCase().replace(/\s+/g, '-')}.md`);
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
    people.push({ file, name, jobs });
  }
  const manifest: Manifest = { version: GENERATOR_VERSION, taxonomy: hash, spec, bytes, people };
  writeFileSync(manifestFile, JSON.stringify(manifest));
  return describe(spec, dir, people, bytes, (Date.now() - started) / 1000);
}

function describe(
  spec: DatasetSpec,
  dir: string,
  people: PlannedPerson[],
  bytes: number,
  generatedSeconds: number,
): Dataset {
  return {
    spec,
    dir,
    files: people.map((p) => p.file),
    bytes,
    jobs: people.reduce((n, p) => n + p.jobs.length, 0),
    people,
    generatedSeconds,
  };
}
