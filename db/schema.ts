import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR, readStatements } from './cypher-files.js';
import type { Database } from './database.js';
import { type RetryOptions, retryTransient, STARTUP_QUERY_TIMEOUT_MS } from './retry.js';

const SCHEMA = readStatements(join(CYPHER_DIR, 'schema.cypher'));
/** Migrations in order: [number, statements]. */
const MIGRATIONS = readdirSync(join(CYPHER_DIR, 'migrations'))
  .filter((f) => /^\d+-.+\.cypher$/.test(f))
  .sort()
  .map((f) => [Number.parseInt(f, 10), readStatements(join(CYPHER_DIR, 'migrations', f))] as const);

export interface ApplySchemaOptions {
  /** How long transient errors (a database still starting, a dropped connection) are retried. Default 120 s. */
  deadlineMs?: number;
  log?: (line: string) => void;
}

/**
 * Creates the constraints and indexes (idempotent), brings a graph from an older version up to date, and waits until
 * the indexes are online. It runs at start-up, often as the first query a fresh JVM answers, so it reads with the
 * start-up timeout rather than the request timeout, and retries transient errors: each statement is idempotent, and
 * one that failed that way did not commit.
 */
export async function applySchema(db: Database, options: ApplySchemaOptions = {}): Promise<void> {
  const retry: RetryOptions = {
    what: 'applying the schema',
    deadlineMs: options.deadlineMs ?? 120_000,
    ...(options.log ? { log: options.log } : {}),
  };
  const [meta] = await retryTransient(
    () =>
      db.read<{ version: number | null }>(
        'OPTIONAL MATCH (m:SkillgraphMeta) RETURN m.version AS version',
        {},
        STARTUP_QUERY_TIMEOUT_MS,
      ),
    retry,
  );
  const current = meta?.version ?? 0;
  for (const [number, statements] of MIGRATIONS) {
    if (number <= current) continue;
    for (const s of statements) await retryTransient(() => db.write(s), retry);
  }
  const latest = MIGRATIONS.at(-1)?.[0] ?? 0;
  if (latest > current) {
    await retryTransient(
      () => db.write('MERGE (m:SkillgraphMeta) SET m.version = $latest', { latest }),
      retry,
    );
  }
  for (const s of SCHEMA) await retryTransient(() => db.write(s), retry);
  await retryTransient(() => db.write('CALL db.awaitIndexes(300)'), retry);
}
