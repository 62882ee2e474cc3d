import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Every stance a label file can give a tool. */
export const LABEL_STANCES = ['used', 'migratedFrom', 'evaluated', 'othersUse', 'planned'] as const;
export type LabelStance = (typeof LABEL_STANCES)[number];

export interface GoldJob {
  company: string | null;
  title: string | null;
  start: string | null;
  end: string | null;
  used: string[];
  migratedFrom: string[];
  evaluated: string[];
  othersUse: string[];
  planned: string[];
}

export interface GoldDocument {
  /** The document, next to its `.labels.yaml`. */
  file: string;
  name: string;
  style: string;
  field: string;
  person: string;
  jobs: GoldJob[];
  claimed: string[];
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** Reads every labelled document of a corpus folder (test/corpus/dev, test/corpus/held-out). */
export function readCorpus(dir: string): GoldDocument[] {
  const docs: GoldDocument[] = [];
  for (const labels of readdirSync(dir)
    .filter((f) => f.endsWith('.labels.yaml'))
    .sort()) {
    const base = labels.replace(/\.labels\.yaml$/, '');
    const file = readdirSync(dir).find((f) => f.startsWith(`${base}.`) && !f.endsWith('.labels.yaml'));
    if (!file) throw new Error(`${join(dir, labels)}: no document ${base}.* beside it`);
    const data = parse(readFileSync(join(dir, labels), 'utf8')) as Record<string, unknown>;
    docs.push({
      file: join(dir, file),
      name: base,
      style: String(data.style),
      field: String(data.field),
      person: String(data.person ?? 'Me'),
      claimed: list(data.claimed),
      jobs: ((data.jobs as Record<string, unknown>[]) ?? []).map((j) => ({
        company: str(j.company),
        title: str(j.title),
        start: str(j.start),
        end: str(j.end),
        used: list(j.used),
        migratedFrom: list(j.migratedFrom),
        evaluated: list(j.evaluated),
        othersUse: list(j.othersUse),
        planned: list(j.planned),
      })),
    });
  }
  return docs;
}
