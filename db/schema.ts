import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR, readStatements } from './cypher-files.js';
import type { Database } from './database.js';

const SCHEMA = readStatements(join(CYPHER_DIR, 'schema.cypher'));
/** Migrations in order: [number, statements]. */
const MIGRATIONS = readdirSync(join(CYPHER_DIR, 'migrations'))
  .filter((f) => /^\d+-.+\.cypher$/.test(f))
  .sort()
  .map((f) => [Number.parseInt(f, 10), readStatements(join(CYPHER_DIR, 'migrations', f))] as const);

/**
 * Creates the constraints and indexes (idempotent), brings a graph from an older version up to date, and waits until
 * the indexes are online.
 */
export async function applySchema(db: Database): Promise<void> {
  const [meta] = await db.read<{ version: number | null }>(
    'OPTIONAL MATCH (m:SkillgraphMeta) RETURN m.version AS version',
  );
  const current = meta?.version ?? 0;
  for (const [number, statements] of MIGRATIONS) {
    if (number <= current) continue;
    for (const s of statements) await db.write(s);
  }
  const latest = MIGRATIONS.at(-1)?.[0] ?? 0;
  if (latest > current) await db.write('MERGE (m:SkillgraphMeta) SET m.version = $latest', { latest });
  for (const s of SCHEMA) await db.write(s);
  await db.write('CALL db.awaitIndexes(300)');
}
