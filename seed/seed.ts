import type { Database } from '../db/database.js';
import { retryTransient, STARTUP_QUERY_TIMEOUT_MS } from '../db/retry.js';
import type { ExtractOptions } from './extract/documents.js';
import { extractInParallel } from './extract/parallel.js';
import { type LoadOptions, type LoadSummary, loadPeople } from './load/loader.js';
import type { PersonDocument } from './model.js';

export interface SeedOptions extends ExtractOptions, LoadOptions {}

export interface SeedResult {
  people: PersonDocument[];
  load: LoadSummary;
}

/**
 * Extracts the files (on worker threads when there is much to read) and loads them in one transaction. Extraction
 * runs completely before the database is touched, so a bad file stops the run with a `file:line` error and the graph
 * unchanged.
 */
export async function seedFiles(
  db: Database,
  files: string[],
  options: SeedOptions = {},
): Promise<SeedResult> {
  const { people, taxonomy } = await extractInParallel(files, options);
  const load = await loadPeople(db, people, taxonomy, options);
  return { people, load };
}

/**
 * True when the database holds no skills graph yet (`serve` seeds the bundled narratives then). Asked at start-up,
 * so it reads with the start-up timeout and retries transient errors until `deadlineMs` (default 120 s) has passed.
 */
export async function graphIsEmpty(
  db: Database,
  options: { deadlineMs?: number; log?: (line: string) => void } = {},
): Promise<boolean> {
  const rows = await retryTransient(
    () => db.read<{ n: number }>('MATCH (j:Job) RETURN count(j) AS n', {}, STARTUP_QUERY_TIMEOUT_MS),
    {
      what: 'checking whether the graph is empty',
      deadlineMs: options.deadlineMs ?? 120_000,
      ...(options.log ? { log: options.log } : {}),
    },
  );
  return (rows[0]?.n ?? 0) === 0;
}
