export interface RecoveryOptions {
  /** True when the database answers (Database.ping). */
  ping: () => Promise<boolean>;
  /** Runs every root field's query once (warm-up.ts). */
  warmUp: () => Promise<unknown>;
  /** True when someone else (the local Neo4j's supervisor) restarts and warms the database for this outage. */
  handledElsewhere?: (since: number) => boolean;
  log: (line: string) => void;
  /** How often the database is asked while it is down. Default 1 s. */
  pollMs?: number;
  /** Outages at least this long are taken for a restart, after which the queries are warmed. Default 3 s. */
  warmAfterMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Notices when the database comes back after an outage and warms the queries before the API answers on it again.
 * After a restart (Neo4j's own, Docker's, `skillgraph neo4j stop` and `start`) the JVM is cold: its first query took
 * over 5 s and was answered 504 TIMEOUT. While warming, the API answers 503 at once and /health says `starting`.
 * A blip shorter than `warmAfterMs` (a dropped connection, a cluster changing leader) is not a restart: the plans
 * are still cached, and nothing is held back.
 */
export class Recovery {
  private down: { since: number } | undefined;
  private warming = false;
  private closed = false;

  constructor(private readonly options: RecoveryOptions) {}

  get state(): 'ready' | 'down' | 'warming' {
    return this.warming ? 'warming' : this.down ? 'down' : 'ready';
  }

  /** Stops watching (the server is shutting down). */
  close(): void {
    this.closed = true;
    this.down = undefined;
  }

  /** A read or a health check found the database unreachable. */
  unavailable(): void {
    if (this.closed || this.down || this.warming) return;
    this.down = { since: Date.now() };
    void this.watch();
  }

  /** A health check found the database answering. */
  available(): void {
    const down = this.down;
    if (!down) return;
    this.down = undefined;
    const outage = Date.now() - down.since;
    if (outage < (this.options.warmAfterMs ?? 3_000) || this.options.handledElsewhere?.(down.since)) return;
    this.warming = true;
    this.options.log(`The database is back after ${(outage / 1000).toFixed(0)} s; warming the queries first`);
    const started = Date.now();
    this.options
      .warmUp()
      .then(
        () => this.options.log(`Warmed the queries in ${((Date.now() - started) / 1000).toFixed(1)} s`),
        (error: unknown) => this.options.log(`warming the queries failed: ${(error as Error).message}`),
      )
      .finally(() => {
        this.warming = false;
      });
  }

  private async watch(): Promise<void> {
    while (this.down) {
      await sleep(this.options.pollMs ?? 1_000);
      if (this.down && (await this.options.ping().catch(() => false))) this.available();
    }
  }
}
