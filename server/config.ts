import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const int = (def: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(def);

const memory = z
  .string()
  .regex(/^\d+[kKmMgG]?$/, 'a size such as 512m or 1g')
  .optional();

/**
 * Every environment variable Skillgraph reads, with its default. The README's Configuration table documents this
 * schema; keep the two together.
 */
const envSchema = z.object({
  NEO4J_URI: optionalString,
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: optionalString,
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  SKILLGRAPH_HOME: optionalString,
  SKILLGRAPH_NEO4J_VERSION: z
    .string()
    .regex(/^5\.26\.\d+$/, 'a Neo4j 5.26.x version')
    .default('5.26.31'),
  SKILLGRAPH_NEO4J_PORT: int(0, 0, 65535),
  SKILLGRAPH_NEO4J_HEAP: memory.default('1g'),
  SKILLGRAPH_NEO4J_PAGECACHE: memory.default('256m'),
  SKILLGRAPH_NEO4J_START_TIMEOUT_MS: int(120_000, 1_000, 900_000),
  JAVA_HOME: optionalString,
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

export interface Config {
  neo4j: {
    /** Set when the user points at their own server; Skillgraph then starts nothing. */
    uri: string | undefined;
    user: string;
    password: string | undefined;
    database: string;
  };
  local: {
    home: string;
    version: string;
    port: number;
    heap: string;
    pageCache: string;
    startTimeoutMs: number;
    javaHome: string | undefined;
  };
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
    neo4j: { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE },
    local: {
      home: resolve(e.SKILLGRAPH_HOME ?? join(homedir(), '.skillgraph')),
      version: e.SKILLGRAPH_NEO4J_VERSION,
      port: e.SKILLGRAPH_NEO4J_PORT,
      heap: e.SKILLGRAPH_NEO4J_HEAP,
      pageCache: e.SKILLGRAPH_NEO4J_PAGECACHE,
      startTimeoutMs: e.SKILLGRAPH_NEO4J_START_TIMEOUT_MS,
      javaHome: e.JAVA_HOME,
    },
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
