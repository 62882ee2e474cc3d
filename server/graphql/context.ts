import type { Database } from '../../db/database.js';

/** What every resolver receives. */
export interface Context {
  db: Database;
  /** Read transaction timeout, for error messages. */
  queryTimeoutMs: number;
}
