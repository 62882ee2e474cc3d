import type { Database } from '../neo4j/database.js';

/** What every resolver receives. */
export interface Context {
  db: Database;
  /** Read transaction timeout, for error messages. */
  queryTimeoutMs: number;
}
