import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { CYPHER_DIR, readCypherDir } from '../../db/cypher-files.js';
import type { Database } from '../../db/database.js';
import { applySchema } from '../../db/schema.js';
import { toParams } from '../../db/values.js';
import { SeedError } from '../errors.js';
import type { PersonDocument } from '../model.js';
import type { Taxonomy } from '../taxonomy/load.js';
import { buildRows, type SeedRows } from './rows.js';

/** Seed statements by file name, read once: a missing file fails at start-up, not half-way through a load. */
const SEED = readCypherDir(join(CYPHER_DIR, 'seed'));

/**
 * The whole load is one transaction (so a failure leaves the previous graph as it was), and Neo4j caps the memory
 * one transaction may hold (`dbms.memory.transaction.total.max`, 70% of the heap by default): a big enough input
 * hits that cap. The driver calls it transient and would retry the same doomed load for 30 s, then print a
 * stack trace; a SeedError stops the retries and tells the user what to change.
 */
function transactionMemoryError(error: unknown, jobs: number): SeedError | undefined {
  if (error instanceof SeedError) return error;
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (
    code !== 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' &&
    !String(message).includes('memory.transaction')
  )
    return undefined;
  return new SeedError(
    'LOAD_FAILED',
    `loading ${jobs} jobs in one transaction needs more memory than the database allows per transaction ` +
      `(${String(message).replace(/\.$/, '')}). Nothing was loaded; the previous graph is intact. ` +
      'With the local Neo4j, give it a bigger heap (SKILLGRAPH_NEO4J_HEAP=2g, then `skillgraph neo4j stop` so the ' +
      'next start uses it); on your own server raise dbms.memory.transaction.total.max; or seed fewer files at a time.',
    undefined,
    undefined,
    { cause: error },
  );
}

function statement(name: string): string {
  const cypher = SEED.get(name);
  if (!cypher) throw new Error(`cypher/seed/${name}.cypher is missing`);
  return cypher;
}

export interface LoadProgress {
  step: string;
  rowsDone: number;
  rowsTotal: number;
}

export interface LoadOptions {
  /** Rows per UNWIND statement. */
  batchSize?: number;
  onProgress?: (progress: LoadProgress) => void;
  /**
   * Runs before each batch, inside the transaction. Throwing aborts the load and rolls everything back; the tests use
   * it to make a load fail part-way.
   */
  beforeBatch?: (step: string, batch: number) => void | Promise<void>;
}

export interface LoadSummary {
  people: number;
  jobs: number;
  tools: number;
  companies: number;
  evidence: number;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  ms: number;
}

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Loads people into Neo4j in one write transaction: their old subgraphs are deleted, the new ones created with
 * batched UNWIND statements, and tools or companies nobody uses any more removed. Either all of it commits or none
 * of it does, so a failed load (bad data, a database error, a killed process) leaves the previous graph as it was.
 */
export async function loadPeople(
  db: Database,
  people: PersonDocument[],
  taxonomy: Taxonomy,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const started = Date.now();
  const rows = buildRows(people, taxonomy);
  await applySchema(db);

  const steps: [string, string, keyof SeedRows | 'people'][] = [
    ['delete previous', '01-delete-people', 'people'],
    ['categories', '02-categories', 'categories'],
    ['tools', '03-tools', 'tools'],
    ['people', '04-people', 'persons'],
    ['companies', '05-companies', 'companies'],
    ['jobs', '06-jobs', 'jobs'],
    ['tool usage', '07-used', 'used'],
    ['other mentions', '07-mentioned', 'mentioned'],
    ['evidence', '08-evidence', 'evidence'],
    ['challenges, incidents, features', '09-job-items', 'items'],
    ['skills', '10-skills', 'skills'],
  ];
  const batchSize = options.batchSize ?? 2_000;
  const totals = { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 };
  const add = (counters: ReturnType<neo4j.ResultSummary['counters']['updates']>) => {
    totals.nodesCreated += counters.nodesCreated;
    totals.nodesDeleted += counters.nodesDeleted;
    totals.relationshipsCreated += counters.relationshipsCreated;
    totals.relationshipsDeleted += counters.relationshipsDeleted;
  };

  // The reads' bookmark manager: on a cluster, reads the server runs after this load wait for it on whichever
  // follower answers them, instead of showing the graph as it was before the seed.
  const session = db.driver.session({
    database: db.name,
    defaultAccessMode: neo4j.session.WRITE,
    bookmarkManager: db.driver.executeQueryBookmarkManager,
  });
  try {
    await session.executeWrite(async (tx) => {
      Object.assign(totals, {
        nodesCreated: 0,
        nodesDeleted: 0,
        relationshipsCreated: 0,
        relationshipsDeleted: 0,
      });
      // Caught here, inside the transaction function, so the driver does not retry a load that cannot fit.
      const run = (cypher: string, params?: Record<string, unknown>) =>
        tx.run(cypher, params).catch((error: unknown) => {
          throw transactionMemoryError(error, rows.jobs.length) ?? error;
        });
      let batchNo = 0;
      for (const [step, file, key] of steps) {
        const all = rows[key] as unknown[];
        const cypher = statement(file);
        let done = 0;
        for (const batch of chunks(all, batchSize)) {
          await options.beforeBatch?.(step, batchNo++);
          const param = key === 'people' ? { people: batch } : { rows: batch };
          const result = await run(cypher, toParams(param));
          add(result.summary.counters.updates());
          done += batch.length;
          options.onProgress?.({ step, rowsDone: done, rowsTotal: all.length });
        }
      }
      await options.beforeBatch?.('finish', batchNo++);
      const cleanup = await run(statement('99-finish'));
      add(cleanup.summary.counters.updates());
    });
  } catch (error) {
    // The commit runs after the transaction function, so its failure arrives here.
    throw transactionMemoryError(error, rows.jobs.length) ?? error;
  } finally {
    await session.close();
  }
  return {
    people: rows.persons.length,
    jobs: rows.jobs.length,
    tools: rows.tools.length,
    companies: rows.companies.length,
    evidence: rows.evidence.length,
    ...totals,
    ms: Date.now() - started,
  };
}
