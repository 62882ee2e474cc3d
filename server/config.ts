import { z } from 'zod';
import { type DbConfig, dbConfig, dbEnvSchema, int } from '../db/config.js';

/**
 * Every environment variable Skillgraph reads, with its default: the database layer's (db/config.ts) and the
 * server's. The README's Configuration table documents this schema; keep the two together.
 */
const envSchema = dbEnvSchema.extend({
  PORT: int(4000, 0, 65535),
  HOST: z.string().min(1).default('127.0.0.1'),
  SKILLGRAPH_QUERY_TIMEOUT_MS: int(5_000, 100, 600_000),
  SKILLGRAPH_MAX_BODY: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, 'a size such as 100kb')
    .default('100kb'),
  SKILLGRAPH_MAX_DEPTH: int(8, 2, 50),
  SKILLGRAPH_MAX_COST: int(5_000, 10, 1_000_000),
  SKILLGRAPH_MAX_ALIASES: int(30, 1, 1000),
  NODE_ENV: z.string().default('development'),
});

export interface Config extends DbConfig {
  http: { port: number; host: string; maxBody: string };
  graphql: {
    queryTimeoutMs: number;
    maxDepth: number;
    maxCost: number;
    maxAliases: number;
    production: boolean;
  };
}

/** Thrown when the environment does not describe a usable configuration. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads and validates the environment once; every other module receives the resulting object. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    ...dbConfig(e),
    http: { port: e.PORT, host: e.HOST, maxBody: e.SKILLGRAPH_MAX_BODY },
    graphql: {
      queryTimeoutMs: e.SKILLGRAPH_QUERY_TIMEOUT_MS,
      maxDepth: e.SKILLGRAPH_MAX_DEPTH,
      maxCost: e.SKILLGRAPH_MAX_COST,
      maxAliases: e.SKILLGRAPH_MAX_ALIASES,
      production: e.NODE_ENV === 'production',
    },
  };
}
