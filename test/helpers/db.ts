import { inject } from 'vitest';
import { Database } from '../../db/database.js';
import { LocalNeo4j } from '../../db/local/local-server.js';

/** A Database on the test server from global-setup. */
export function testDatabase(queryTimeoutMs = 5_000): Database {
  const info = inject('neo4j');
  return new Database({ ...info, queryTimeoutMs });
}

/** The test server as a LocalNeo4j, for tests that stop and restart it. Throws when the tests use NEO4J_URI. */
export function testServer(): LocalNeo4j {
  const info = inject('neo4j');
  if (!info.local) throw new Error('this test needs the throwaway local server; unset NEO4J_URI');
  return new LocalNeo4j({
    home: info.local.home,
    dir: info.local.dir,
    version: info.local.version,
    port: info.local.port,
    heap: info.local.heap,
    pageCache: info.local.pageCache,
    database: info.database,
    startTimeoutMs: 120_000,
    javaHome: process.env.JAVA_HOME,
    log: () => {},
  });
}

/** Deletes every node, so a test starts from a graph it builds itself. */
export async function wipe(db: Database): Promise<void> {
  // CALL ... IN TRANSACTIONS needs an auto-commit transaction, which executeQuery does not use.
  const session = db.driver.session({ database: db.name });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
