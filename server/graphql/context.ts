import type { KnownTools } from './known-tools.js';

/** Runs one read query and returns its rows as plain objects (Database.read, in production). */
export type ReadQuery = <T extends Record<string, unknown>>(
  cypher: string,
  params: Record<string, unknown>,
) => Promise<T[]>;

/** What every resolver receives. */
export interface Context {
  /**
   * The only way a resolver reaches Neo4j. The HTTP app binds it to the one Database; the compiled-Cypher snapshot
   * test binds it to a recorder, as the Neo4j GraphQL Library's TCK tests do, to see the Cypher without a database.
   */
  read: ReadQuery;
  /** Read transaction timeout, for error messages. */
  queryTimeoutMs: number;
  /** The taxonomy postings and unknown names are read with (built-in, the user's corrections, --taxonomy files). */
  known?: KnownTools;
}
