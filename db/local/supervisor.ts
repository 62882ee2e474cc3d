import type { LocalNeo4j } from './local-server.js';
import type { Log } from './resolve.js';

/** What /health shows about the local Neo4j this process supervises. */
export interface SupervisorStatus {
  /**
   * `running`: the JVM this process owns is up. `restarting`: it died and is being started again. `warming`: it is
   * up again and the queries are being warmed (the API answers 503 meanwhile, not slow timeouts). `stopped`: an
   * explicit `skillgraph neo4j stop` ended it, so it is not restarted. `not-owned`: another server took its place
   * (`skillgraph neo4j start` after it died); this process uses it but neither supervises nor stops it.
   */
  state: 'running' | 'restarting' | 'warming' | 'stopped' | 'not-owned';
  pid?: number;
  /** Restarts so far. */
  restarts: number;
  /** How the last JVM ended, when one did. */
  lastExit?: { pid: number; code: number | null; signal: string | null; at: string };
  /** Why the last restart attempt failed, while restarting. */
  lastError?: string;
}

export interface SupervisorOptions {
  log: Log;
  /** How often the JVM's pid is checked. Default 500 ms. */
  pollMs?: number;
  /** First pause before a restart; it doubles after each failed attempt, up to `maxDelayMs`. Defaults 1 s and 60 s. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /**
   * Awaited after each successful restart, before the state is `running` again (serve warms the query plans: a cold
   * JVM took over 5 s for its first query, so requests let through at once timed out).
   */
  onRestarted?: () => Promise<void> | void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Watches the Neo4j JVM this process owns. When it dies (an OOM kill, a crash, a `kill -9`) it says so in the log
 * and in status(), and starts it again on the same port with back-off, so the driver reconnects and `serve` recovers
 * without a restart. It never touches a server this process does not own, and leaves alone a JVM stopped on purpose.
 */
export class Neo4jSupervisor {
  private timer: NodeJS.Timeout | undefined;
  private current: SupervisorStatus;
  private restarting: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly local: LocalNeo4j,
    private readonly options: SupervisorOptions,
  ) {
    const owned = local.owned;
    this.current = owned
      ? { state: 'running', pid: owned.pid, restarts: 0 }
      : { state: 'not-owned', restarts: 0 };
  }

  /** Starts watching (a timer that does not keep the process alive). */
  start(): this {
    if (this.timer || this.current.state !== 'running') return this;
    this.timer = setInterval(() => this.check(), this.options.pollMs ?? 500);
    this.timer.unref();
    return this;
  }

  /** Stops watching; called before the process stops its own JVM on shutdown. */
  close(): void {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  status(): SupervisorStatus {
    return { ...this.current };
  }

  /** Resolves when a restart under way has finished (tests). */
  async settled(): Promise<void> {
    await this.restarting;
  }

  private check(): void {
    if (this.closed || this.restarting || this.local.isStopping) return;
    const owned = this.local.owned;
    if (!owned || this.local.ownedJvmAlive()) return;
    this.restarting = this.handleDeath(owned.pid, owned.port).finally(() => {
      this.restarting = undefined;
    });
  }

  private async handleDeath(pid: number, port: number): Promise<void> {
    // A JVM killed a moment ago can still be a zombie (its /proc entry empty) before Node reaps it and reports how
    // it ended: give the report a moment.
    for (let i = 0; i < 20 && !this.local.exitOf(pid); i++) await sleep(100);
    const exit = this.local.exitOf(pid);
    this.current = {
      ...this.current,
      lastExit: { pid, code: exit?.code ?? null, signal: exit?.signal ?? null, at: new Date().toISOString() },
    };
    if (this.local.stopWasRequested(pid)) {
      this.options.log(
        `Neo4j (pid ${pid}) was stopped with \`skillgraph neo4j stop\`; it is not restarted. ` +
          'Queries fail until it runs again (`skillgraph neo4j start`).',
      );
      this.current = { ...this.current, state: 'stopped' };
      this.close();
      return;
    }
    const how = exit ? (exit.signal ?? `exit code ${exit.code}`) : 'exit status unknown';
    this.options.log(`Neo4j (pid ${pid}) died unexpectedly (${how}); restarting it`);
    this.current = { ...this.current, state: 'restarting' };
    await this.restart(port);
  }

  private async restart(port: number): Promise<void> {
    let delay = this.options.initialDelayMs ?? 1_000;
    const maxDelay = this.options.maxDelayMs ?? 60_000;
    for (let attempt = 1; !this.closed; attempt++) {
      await sleep(delay);
      if (this.closed) return;
      try {
        // `attach`: if `skillgraph neo4j start` put a server there meanwhile, use it rather than start a second one.
        const started = await this.local.start({ shared: 'attach', port });
        if (this.closed) return;
        if (started.reused) {
          this.options.log(
            `Neo4j (pid ${started.pid}) was started by another process; using it without supervising it`,
          );
          this.current = { ...this.current, state: 'not-owned', pid: started.pid };
          delete this.current.lastError;
          this.close();
          return;
        }
        this.current = {
          ...this.current,
          state: 'warming',
          pid: started.pid,
          restarts: this.current.restarts + 1,
        };
        delete this.current.lastError;
        try {
          await this.options.onRestarted?.();
        } catch (error) {
          this.options.log(`warming the queries after the restart failed: ${(error as Error).message}`);
        }
        this.current = { ...this.current, state: 'running' };
        this.options.log(`Neo4j is running again (pid ${started.pid}, restart ${this.current.restarts})`);
        return;
      } catch (error) {
        const message = (error as Error).message.split('\n')[0] ?? String(error);
        this.current = { ...this.current, lastError: message };
        delay = Math.min(delay * 2, maxDelay);
        this.options.log(
          `Restart ${attempt} of Neo4j failed: ${message}; trying again in ${Math.round(delay / 1000)} s`,
        );
      }
    }
  }
}
