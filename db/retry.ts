import { Neo4jError } from 'neo4j-driver';
import { isTimeout, isUnavailable } from './database.js';
import { DatabaseSetupError } from './errors.js';

/**
 * Start-up work (the schema, migrations, the emptiness check, the seed) gets this read timeout instead of the 5 s
 * request timeout: on a fresh JVM the very first query took 4.9 s on an idle 2-core machine (JIT, class loading,
 * opening the store), and longer on a busy one, which is how 4 of 8 cold starts failed.
 */
export const STARTUP_QUERY_TIMEOUT_MS = 60_000;

/**
 * True for errors that may go away by themselves: the database is still starting or was restarted, a connection
 * dropped, a transaction was terminated by a timeout or a deadlock. Errors in the query or the data are not.
 */
export function isTransient(error: unknown): boolean {
  if (isUnavailable(error) || isTimeout(error)) return true;
  return error instanceof Neo4jError && error.retriable;
}

export interface RetryOptions {
  /** What is being done, for the log and the final error ("applying the schema"). */
  what: string;
  /** Give up this long after the first attempt. */
  deadlineMs: number;
  log?: (line: string) => void;
  /** First pause between attempts; it doubles up to `maxDelayMs`. */
  initialDelayMs?: number;
  maxDelayMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` until it succeeds, retrying transient database errors with exponential back-off until the deadline.
 * Any other error is thrown at once, unchanged (a SeedError, a syntax error). Running out of time throws a
 * DatabaseSetupError whose message is one sentence naming what failed and the last error.
 */
export async function retryTransient<T>(work: () => Promise<T>, options: RetryOptions): Promise<T> {
  const deadline = Date.now() + options.deadlineMs;
  let delay = options.initialDelayMs ?? 500;
  const maxDelay = options.maxDelayMs ?? 5_000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isTransient(error)) throw error;
      const message = firstLine((error as Error).message);
      if (Date.now() + delay > deadline) {
        throw new DatabaseSetupError(
          `${capitalise(options.what)} did not succeed within ${Math.round(options.deadlineMs / 1000)} s ` +
            `(${attempt} attempts); the database last answered: ${message}`,
          { cause: error },
        );
      }
      options.log?.(`  ${options.what}: ${message} — trying again in ${(delay / 1000).toFixed(1)} s`);
      await sleep(delay);
      delay = Math.min(delay * 2, maxDelay);
    }
  }
}

function firstLine(text: string | undefined): string {
  return (text ?? 'unknown error').split('\n')[0]?.trim() ?? '';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
