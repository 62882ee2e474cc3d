import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';

export const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

export const int = (def: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(def);

const memory = z
  .string()
  .regex(/^\d+[kKmMgG]?$/, 'a size such as 512m or 1g')
  .optional();

/**
 * The environment variables of the database layer, with their defaults: which Neo4j to use, and how to run the local
 * one. The server's configuration extends this schema, so the whole environment is still read and validated once.
 */
export const dbEnvSchema = z.object({
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
});

export interface DbConfig {
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
}

/** The database part of a validated environment. */
export function dbConfig(e: z.infer<typeof dbEnvSchema>): DbConfig {
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
  };
}
