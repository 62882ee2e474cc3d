import { isIP } from 'node:net';
import { join } from 'node:path';
import { z } from 'zod';
import { type DbConfig, dbConfig, dbEnvSchema, int } from '../db/config.js';

/** A host name (RFC 1123 labels), an IPv4 address, or an IPv6 address with or without brackets. */
function hostName(value: string): string | undefined {
  const bare = value.startsWith('[') && value.endsWith(']') ? value.slice(1, -1) : value;
  if (isIP(bare)) return bare.toLowerCase();
  const lower = value.toLowerCase().replace(/\.$/, '');
  const label = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
  return lower.length <= 253 && lower.split('.').every((l) => label.test(l)) ? lower : undefined;
}

const allowedHosts = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const names = (value ?? '')
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    const out: string[] = [];
    for (const name of names) {
      const host = name === '*' ? '*' : hostName(name);
      if (!host) {
        ctx.addIssue({
          code: 'custom',
          message: `"${name}" is not a host name or IP address (a comma-separated list such as skillgraph.example.com,10.0.0.5)`,
        });
        return z.NEVER;
      }
      out.push(host);
    }
    return out;
  });

const size = (def: string) =>
  z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, 'a size such as 100kb or 16mb')
    .default(def);

/**
 * Every environment variable Skillgraph reads, with its default: the database layer's (db/config.ts) and the
 * server's. The README's Configuration table documents this schema; keep the two together.
 */
const envSchema = dbEnvSchema.extend({
  PORT: int(4000, 0, 65535),
  HOST: z.string().min(1).default('127.0.0.1'),
  SKILLGRAPH_ALLOWED_HOSTS: allowedHosts,
  SKILLGRAPH_GRAPHIQL: z.enum(['true', 'false']).optional(),
  SKILLGRAPH_QUERY_TIMEOUT_MS: int(5_000, 100, 600_000),
  // Room for a 100 KB job posting (match) once JSON has escaped its quotes and line breaks.
  SKILLGRAPH_MAX_BODY: size('256kb'),
  SKILLGRAPH_MAX_ANSWER: size('16mb'),
  SKILLGRAPH_MAX_DEPTH: int(8, 2, 50),
  SKILLGRAPH_MAX_COST: int(500_000, 10, 100_000_000),
  SKILLGRAPH_MAX_ALIASES: int(30, 1, 1000),
  // The write API (upload a document, correct the taxonomy): on by itself only on loopback, else with this token.
  SKILLGRAPH_WRITE_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  SKILLGRAPH_MAX_UPLOAD: size('8mb'),
  NODE_ENV: z.string().default('development'),
});

export interface Config extends DbConfig {
  http: {
    port: number;
    host: string;
    maxBody: string;
    /**
     * Host names the server answers to (DNS-rebinding protection): localhost, 127.0.0.1, ::1, HOST when it names
     * one interface, and SKILLGRAPH_ALLOWED_HOSTS. `*` in the list turns the check off.
     */
    allowedHosts: string[];
    /** Serve GraphiQL at /graphiql: on in development, off in production unless SKILLGRAPH_GRAPHIQL=true. */
    graphiql: boolean;
  };
  writes: {
    /** Uploads and corrections are accepted: HOST is a loopback address, or a token is set. */
    enabled: boolean;
    /** When set, every write must carry `Authorization: Bearer <token>`. */
    token: string | undefined;
    /** Largest upload request body. */
    maxUpload: string;
    /** The user taxonomy the corrections go to, used by every seed: $SKILLGRAPH_HOME/taxonomy.yaml. */
    taxonomyFile: string;
  };
  graphql: {
    queryTimeoutMs: number;
    maxDepth: number;
    maxCost: number;
    maxAliases: number;
    /** Largest answer, in bytes, the server builds; a bigger one is refused with ANSWER_TOO_LARGE. */
    maxAnswerBytes: number;
    production: boolean;
  };
}

/** Thrown when the environment does not describe a usable configuration. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** "100kb" → 102400. */
export function parseSize(text: string): number {
  const m = /^(\d+)(b|kb|mb)$/i.exec(text);
  if (!m) throw new ConfigError(`not a size: ${text}`);
  const unit = (m[2] as string).toLowerCase();
  return Number(m[1]) * (unit === 'mb' ? 1024 * 1024 : unit === 'kb' ? 1024 : 1);
}

/** Addresses only this machine can reach. */
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** The hosts a server listening on `host` answers to, before SKILLGRAPH_ALLOWED_HOSTS. */
function defaultHosts(host: string): string[] {
  const own = hostName(host);
  // 0.0.0.0 and :: are "every interface", not names a browser sends.
  const wildcard = own === '0.0.0.0' || own === '::';
  return ['localhost', '127.0.0.1', '::1', ...(own && !wildcard ? [own] : [])];
}

/** Reads and validates the environment once; every other module receives the resulting object. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const db = dbConfig(e);
  return {
    ...db,
    http: {
      port: e.PORT,
      host: e.HOST,
      maxBody: e.SKILLGRAPH_MAX_BODY,
      allowedHosts: [...new Set([...defaultHosts(e.HOST), ...e.SKILLGRAPH_ALLOWED_HOSTS])],
      graphiql: e.SKILLGRAPH_GRAPHIQL === undefined ? !production : e.SKILLGRAPH_GRAPHIQL === 'true',
    },
    writes: {
      enabled: LOOPBACK.has(hostName(e.HOST) ?? '') || e.SKILLGRAPH_WRITE_TOKEN !== undefined,
      token: e.SKILLGRAPH_WRITE_TOKEN,
      maxUpload: e.SKILLGRAPH_MAX_UPLOAD,
      taxonomyFile: join(db.local.home, 'taxonomy.yaml'),
    },
    graphql: {
      queryTimeoutMs: e.SKILLGRAPH_QUERY_TIMEOUT_MS,
      maxDepth: e.SKILLGRAPH_MAX_DEPTH,
      maxCost: e.SKILLGRAPH_MAX_COST,
      maxAliases: e.SKILLGRAPH_MAX_ALIASES,
      maxAnswerBytes: parseSize(e.SKILLGRAPH_MAX_ANSWER),
      production,
    },
  };
}
