import neo4j, { type Driver, routing } from 'neo4j-driver';
import { toParams } from '../../db/values.js';
import { graphQLError, postGraphQL } from '../lib/http.js';
import { now, type Summary, summarize } from '../lib/stats.js';
import type { CapturedQuery } from './capture.js';

export interface SeriesOptions {
  warmup: number;
  requests: number;
  /** Stop early after this long (the series then has fewer requests; the results say how many). */
  budgetMs: number;
}

export interface Series extends Summary {
  errors: number;
  firstError?: string;
  /** True when the time budget, not the request count, ended the series. */
  cutByBudget: boolean;
  /** Bytes of one response (HTTP only). */
  responseBytes?: number;
}

/** Runs `once` sequentially (one request in flight, as one user clicking): warm-up first, then the timed requests. */
export async function series(
  once: () => Promise<string | undefined>,
  options: SeriesOptions,
): Promise<Series> {
  let errors = 0;
  let firstError: string | undefined;
  const record = (error: string | undefined) => {
    if (error === undefined) return;
    errors += 1;
    firstError ??= error;
  };
  const warmDeadline = now() + options.budgetMs / 4;
  for (let i = 0; i < options.warmup && now() < warmDeadline; i++) record(await once().catch(String));
  const times: number[] = [];
  const deadline = now() + options.budgetMs;
  let cutByBudget = false;
  for (let i = 0; i < options.requests; i++) {
    if (now() > deadline) {
      cutByBudget = true;
      break;
    }
    const t = now();
    const error = await once().catch((e: unknown) => String(e));
    times.push(now() - t);
    record(error);
  }
  return { ...summarize(times), errors, ...(firstError ? { firstError } : {}), cutByBudget };
}

/** One operation through a GraphQL server over HTTP. */
export function httpOnce(url: string, query: string, variables: Record<string, unknown>) {
  const payload = JSON.stringify({ query, variables });
  let bytes = 0;
  const once = async () => {
    const response = await postGraphQL(url, payload);
    bytes = response.body.length;
    return graphQLError(response);
  };
  return { once, bytes: () => bytes };
}

/** The same Cypher and parameters Skillgraph runs, straight through the driver: the floor under any API. */
export function driverOnce(driver: Driver, database: string, captured: CapturedQuery, timeoutMs: number) {
  const params = toParams(captured.params);
  return async () => {
    await driver.executeQuery(captured.cypher, params, {
      routing: routing.READ,
      database,
      transactionConfig: { timeout: timeoutMs },
    });
    return undefined;
  };
}

/** A driver configured as the server's (one per process, default pool). */
export function benchDriver(connection: { uri: string; user: string; password: string }): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    userAgent: 'skillgraph-bench/0.1',
    logging: { level: 'error', logger: (_level, message) => console.error(`neo4j-driver: ${message}`) },
  });
}
