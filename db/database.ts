import neo4j, { type Driver, Neo4jError, routing } from 'neo4j-driver';
import { toParams, toPlain } from './values.js';

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string | undefined;
  database: string;
  /** Transaction timeout for reads. */
  queryTimeoutMs: number;
}

/** Neo4j error codes meaning "the database is not there right now" rather than "your query is wrong". */
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

export function isUnavailable(error: unknown): boolean {
  if (error instanceof Neo4jError) {
    return (
      UNAVAILABLE_CODES.has(error.code) || (error.retriable && /Unavailable|connect/i.test(error.message))
    );
  }
  return error instanceof Error && /ECONNREFUSED|ECONNRESET|Connection was closed/i.test(error.message);
}

export function isTimeout(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    /TransactionTimedOut|Transaction\.Terminated.*timed out/i.test(error.code + error.message)
  );
}

export type Row = Record<string, unknown>;

/**
 * The one driver of a process and the only way Skillgraph talks to Neo4j. Reads go through executeQuery with READ
 * routing, the named database and a transaction timeout; rows come back as plain JSON.
 */
export class Database {
  readonly driver: Driver;
  readonly name: string;
  private readonly timeoutMs: number;

  constructor(options: DatabaseOptions, driver?: Driver) {
    this.name = options.database;
    this.timeoutMs = options.queryTimeoutMs;
    this.driver =
      driver ??
      neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password ?? ''), {
        // Fail fast when the database is down: the API answers 503 at once instead of retrying for 30 s.
        maxTransactionRetryTime: 1_000,
        connectionTimeout: 2_000,
        connectionAcquisitionTimeout: 5_000,
        userAgent: 'skillgraph/0.1',
        logging: { level: 'error', logger: (_level, message) => console.error(`neo4j-driver: ${message}`) },
      });
  }

  /** Runs a read query and returns its rows as plain objects. */
  async read<T extends Row = Row>(
    cypher: string,
    params: Record<string, unknown> = {},
    timeoutMs = this.timeoutMs,
  ): Promise<T[]> {
    const result = await this.driver.executeQuery(cypher, toParams(params), {
      routing: routing.READ,
      database: this.name,
      transactionConfig: { timeout: timeoutMs },
    });
    return result.records.map((record) => toPlain(record.toObject()) as T);
  }

  /** Runs one write in a managed transaction (schema statements, small maintenance). Seeding uses its own transaction. */
  async write<T extends Row = Row>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    const result = await this.driver.executeQuery(cypher, toParams(params), {
      routing: routing.WRITE,
      database: this.name,
    });
    return result.records.map((record) => toPlain(record.toObject()) as T);
  }

  /**
   * The version of the data: the bookmark a read transaction ends with, which names the last transaction committed in
   * the database. Any committed write, from any process, changes it (a seed is one transaction). The session shares
   * executeQuery's bookmark manager, so reads that follow wait for at least this version, even on a cluster follower.
   * Empty when the server gives no bookmark.
   */
  async dataVersion(timeoutMs = this.timeoutMs): Promise<string> {
    const session = this.driver.session({
      database: this.name,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    try {
      await session.executeRead((tx) => tx.run('RETURN 1'), { timeout: timeoutMs });
      return session.lastBookmarks().sort().join(',');
    } finally {
      await session.close();
    }
  }

  /** Answers whether the database accepts queries, within `timeoutMs` (the /health deadline). */
  async ping(timeoutMs = 1_500): Promise<{ up: boolean; error?: string; version?: string }> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      const info = await Promise.race([this.driver.getServerInfo({ database: this.name }), timeout]);
      return { up: true, version: info.agent ?? undefined };
    } catch (error) {
      return { up: false, error: (error as Error).message };
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
