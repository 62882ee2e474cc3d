import type { Database } from '../db/database.js';
import { type ExtractOptions, extractDocuments } from './extract/documents.js';
import { type LoadOptions, type LoadSummary, loadPeople } from './load/loader.js';
import type { PersonDocument } from './model.js';

export interface SeedOptions extends ExtractOptions, LoadOptions {}

export interface SeedResult {
  people: PersonDocument[];
  load: LoadSummary;
}

/**
 * Extracts the files and loads them in one transaction. Extraction runs completely before the database is touched,
 * so a bad file stops the run with a `file:line` error and the graph unchanged.
 */
export async function seedFiles(
  db: Database,
  files: string[],
  options: SeedOptions = {},
): Promise<SeedResult> {
  const { people, taxonomy } = extractDocuments(files, options);
  const load = await loadPeople(db, people, taxonomy, options);
  return { people, load };
}

/** True when the database holds no skills graph yet (`serve` seeds the bundled narratives then). */
export async function graphIsEmpty(db: Database): Promise<boolean> {
  const rows = await db.read<{ n: number }>('MATCH (j:Job) RETURN count(j) AS n');
  return (rows[0]?.n ?? 0) === 0;
}
