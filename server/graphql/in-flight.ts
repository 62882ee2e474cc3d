/**
 * Identical reads that are in flight at the same moment share one execution. The explorer's first request (the
 * whole graph) is the heaviest query there is; when many people open it at once, or one user's tabs reload
 * together, Neo4j would run it once per request and the 2 cores would queue them all. A request that joins an
 * execution already running gets what it would have got a few milliseconds earlier, so nothing stale is served:
 * the entry is gone the moment the execution settles, and nothing is cached beyond that.
 */
export class InFlightReads {
  private readonly pending = new Map<string, Promise<unknown>>();

  /** Runs `read`, or joins the execution already running for the same `key`. */
  run<T>(key: string, read: () => Promise<T>): Promise<T> {
    const running = this.pending.get(key);
    if (running) return running as Promise<T>;
    const execution = read().finally(() => this.pending.delete(key));
    this.pending.set(key, execution);
    return execution;
  }

  /** Executions running now (for tests). */
  get size(): number {
    return this.pending.size;
  }
}
