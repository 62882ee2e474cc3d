/** What the status banner shows: all well, the database is down, or the server itself does not answer. */
export type HealthState = 'ok' | 'database-down' | 'server-down';

export interface HealthOptions {
  /** URL of the health endpoint. */
  url: string;
  /** Polling interval while everything is up (ms). */
  upIntervalMs: number;
  /** Polling interval while something is down, so recovery shows quickly (ms). */
  downIntervalMs: number;
}

export const HEALTH_DEFAULTS: HealthOptions = { url: 'health', upIntervalMs: 10_000, downIntervalMs: 1_500 };

/** Maps a /health answer (or its absence) to a state: 200 is ok, 503 means the database is down. */
export function healthFromStatus(status: number | null): HealthState {
  if (status === null) return 'server-down';
  if (status === 200) return 'ok';
  if (status === 503) return 'database-down';
  return 'server-down';
}

/**
 * Polls /health and tells listeners when the state changes. `suspect()` is called when a request failed with an
 * outage error: the monitor then believes it at once and polls fast until /health says ok again.
 */
export class HealthMonitor {
  private state: HealthState = 'ok';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<(state: HealthState, previous: HealthState) => void>();

  constructor(private readonly options: HealthOptions = HEALTH_DEFAULTS) {}

  get current(): HealthState {
    return this.state;
  }

  onChange(listener: (state: HealthState, previous: HealthState) => void): void {
    this.listeners.add(listener);
  }

  start(): void {
    void this.poll();
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  suspect(state: Exclude<HealthState, 'ok'>): void {
    this.set(state);
    this.schedule();
  }

  private async poll(): Promise<void> {
    clearTimeout(this.timer);
    let status: number | null = null;
    try {
      const res = await fetch(this.options.url, {
        cache: 'no-store',
        headers: { accept: 'application/json' },
      });
      status = res.status;
    } catch {
      status = null;
    }
    this.set(healthFromStatus(status));
    this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const ms = this.state === 'ok' ? this.options.upIntervalMs : this.options.downIntervalMs;
    this.timer = setTimeout(() => void this.poll(), ms);
  }

  private set(state: HealthState): void {
    if (state === this.state) return;
    const previous = this.state;
    this.state = state;
    for (const listener of this.listeners) listener(state, previous);
  }
}
