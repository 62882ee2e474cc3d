import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { Database } from '../../db/database.js';
import { LocalNeo4j } from '../../db/local/local-server.js';
import { neo4jLibDir, resolveNeo4j } from '../../db/local/resolve.js';
import type { Config } from '../../server/config.js';

export interface BenchNeo4jOptions {
  config: Config;
  /** JVM heap and page cache of the bench's own server (ignored with NEO4J_URI). */
  heap: string;
  pageCache: string;
  log: (line: string) => void;
}

/** The database the benchmark measures: its own throwaway local server, or the one NEO4J_URI names. */
export class BenchNeo4j {
  uri = '';
  user = 'neo4j';
  password = '';
  readonly database: string;
  /** Set when the bench runs its own server. */
  local: LocalNeo4j | undefined;
  pid: number | undefined;
  dir: string | undefined;
  private db: Database | undefined;

  private constructor(private readonly options: BenchNeo4jOptions) {
    this.database = options.config.neo4j.database;
  }

  /**
   * Starts the bench's server (a fresh instance folder under the OS temp dir, with the jars Skillgraph already
   * resolves into SKILLGRAPH_HOME), or checks that wiping NEO4J_URI's database was confirmed.
   */
  static async provide(options: BenchNeo4jOptions): Promise<BenchNeo4j> {
    const bench = new BenchNeo4j(options);
    const { config } = options;
    if (config.neo4j.uri) {
      if (process.env.SKILLGRAPH_BENCH_WIPE !== 'yes') {
        throw new Error(
          `NEO4J_URI is set (${config.neo4j.uri}). The benchmark deletes everything in database "${config.neo4j.database}"; ` +
            'set SKILLGRAPH_BENCH_WIPE=yes to confirm, or unset NEO4J_URI to let it start its own server.',
        );
      }
      bench.uri = config.neo4j.uri;
      bench.user = config.neo4j.user;
      bench.password = config.neo4j.password ?? '';
      return bench;
    }
    bench.dir = mkdtempSync(join(tmpdir(), 'skillgraph-bench-'));
    bench.local = new LocalNeo4j({
      home: config.local.home,
      dir: bench.dir,
      version: config.local.version,
      port: 0,
      heap: options.heap,
      pageCache: options.pageCache,
      database: bench.database,
      startTimeoutMs: config.local.startTimeoutMs,
      javaHome: config.local.javaHome,
      log: (line) => options.log(`[neo4j] ${line}`),
    });
    await bench.startLocal();
    return bench;
  }

  private async startLocal(): Promise<void> {
    if (!this.local) return;
    const started = await this.local.start();
    this.uri = started.uri;
    this.user = started.user;
    this.password = started.password;
    this.pid = started.pid;
  }

  /** The lib folder of the resolved Neo4j jars (neo4j-admin runs from it). */
  async libDir(): Promise<string> {
    const { home, version } = this.options.config.local;
    await resolveNeo4j(home, version, this.options.log);
    return neo4jLibDir(home, version);
  }

  /** One shared Database (driver) for the bench's own reads and writes. */
  get connection(): Database {
    this.db ??= new Database({
      uri: this.uri,
      user: this.user,
      password: this.password,
      database: this.database,
      queryTimeoutMs: 600_000,
    });
    return this.db;
  }

  /**
   * Empties the database. The bench's own server is restarted on a deleted store (seconds, whatever the size);
   * an external one is emptied in batches.
   */
  async reset(): Promise<void> {
    if (this.local && this.dir) {
      await this.db?.close();
      this.db = undefined;
      await this.local.stop();
      for (const sub of ['databases', 'transactions'])
        rmSync(join(this.dir, 'data', sub, this.database), { recursive: true, force: true });
      await this.startLocal();
      return;
    }
    const session = this.connection.driver.session({ database: this.database });
    try {
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    } finally {
      await session.close();
    }
  }

  /** Heap in use and committed, in MB, from the JVM's memory MBean. */
  async heap(): Promise<{ usedMb: number; committedMb: number; maxMb: number } | undefined> {
    try {
      const rows = await this.connection.read<{ heap: { used: number; committed: number; max: number } }>(
        "CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties AS heap",
      );
      const heap = rows[0]?.heap;
      if (!heap) return undefined;
      const mb = (v: number) => Math.round(v / 1024 / 1024);
      return { usedMb: mb(heap.used), committedMb: mb(heap.committed), maxMb: mb(heap.max) };
    } catch (error) {
      this.options.log(`heap reading failed: ${(error as Error).message}`);
      return undefined;
    }
  }

  async version(): Promise<string> {
    const rows = await this.connection.read<{ version: string; edition: string }>(
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
    );
    return rows[0] ? `${rows[0].version} ${rows[0].edition}` : 'unknown';
  }

  /** Closes the driver and stops (and deletes) the bench's own server. Safe to call twice. */
  async stop(): Promise<void> {
    await this.db?.close().catch(() => {});
    this.db = undefined;
    if (this.local) {
      await this.local.stop();
      this.local = undefined;
    }
    if (this.dir) {
      rmSync(this.dir, { recursive: true, force: true });
      this.dir = undefined;
    }
  }

  /** For 'exit' handlers: SIGTERM the server, nothing asynchronous. */
  stopSync(): void {
    this.local?.stopSync();
  }
}

/** neo4j.int for whole numbers, for parameters written outside the Database helper. */
export const int = (n: number) => neo4j.int(n);
