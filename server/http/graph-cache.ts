import { createHash } from 'node:crypto';
import { parse as parseUrl } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type ApolloServer, HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Kind, parse } from 'graphql';
import type { Context } from '../graphql/context.js';
import { InFlightReads } from '../graphql/in-flight.js';

export interface GraphCacheOptions {
  apollo: ApolloServer<Context>;
  /** The context of a request Apollo answers (the same the HTTP route builds). */
  context: () => Promise<Context>;
  /** The data's version now (Database.dataVersion): a seed, from any process, changes it. Empty: do not cache. */
  version: () => Promise<string>;
  /** Most answers kept, and most bytes (bodies plus their gzipped copies). Defaults 32 and 64 MB. */
  maxEntries?: number;
  maxBytes?: number;
}

interface Entry {
  /** The answer's UTF-8 bytes: encoded once, not on every send of a 14 MB answer. */
  body: Buffer;
  gzip: Buffer;
  etag: string;
  bytes: number;
}

interface GraphRequest {
  query: string;
  variables: Record<string, unknown> | undefined;
  operationName: string | undefined;
}

/** A computation's outcome: a cacheable answer, or the response to pass on as it is (errors are not cached). */
type Outcome = { entry: Entry } | { response: HTTPGraphQLResponse };

const MAX_TOKENS = 5_000;

/** True when the document's operation asks for `graph` and nothing else (the whole-graph answer the explorer opens with). */
function graphOnly(query: string, operationName: string | undefined): boolean {
  if (!query.includes('graph')) return false;
  let document: ReturnType<typeof parse>;
  try {
    document = parse(query, { maxTokens: MAX_TOKENS });
  } catch {
    return false;
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (operation?.operation !== 'query') return false;
  const fields = operation.selectionSet.selections;
  return (
    fields.some((s) => s.kind === Kind.FIELD && s.name.value === 'graph') &&
    fields.every((s) => s.kind === Kind.FIELD && (s.name.value === 'graph' || s.name.value === '__typename'))
  );
}

/** JSON with sorted keys, so {a, b} and {b, a} are one cache key. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** The GraphQL request, when it is one this cache may answer: a POST with a JSON body, or a preflighted GET. */
function graphRequest(req: Request): GraphRequest | undefined {
  let query: unknown;
  let variables: unknown;
  let operationName: unknown;
  if (req.method === 'POST' && req.is('application/json') && req.body && typeof req.body === 'object') {
    ({ query, variables, operationName } = req.body as Record<string, unknown>);
    if ((req.body as Record<string, unknown>).extensions !== undefined) return undefined;
  } else if (
    req.method === 'GET' &&
    // Apollo's CSRF prevention lets a GET through only with one of these headers; so does this cache.
    (req.headers['apollo-require-preflight'] || req.headers['x-apollo-operation-name'])
  ) {
    const q = req.query as Record<string, unknown>;
    if (q.extensions !== undefined) return undefined;
    query = q.query;
    operationName = q.operationName;
    try {
      variables = typeof q.variables === 'string' ? JSON.parse(q.variables) : undefined;
    } catch {
      return undefined;
    }
  } else return undefined;
  if (typeof query !== 'string') return undefined;
  if (
    variables !== undefined &&
    variables !== null &&
    (typeof variables !== 'object' || Array.isArray(variables))
  )
    return undefined;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string')
    return undefined;
  return {
    query,
    variables: (variables ?? undefined) as Record<string, unknown> | undefined,
    operationName: (operationName ?? undefined) as string | undefined,
  };
}

/**
 * A cache of whole-graph answers (`graph(...)`, the explorer's first and heaviest request: 0.5-1 s of Cypher and
 * a few MB of JSON at the benchmark's L scale). Keyed by the data's version — the bookmark of the last committed
 * transaction, which a seed from any process changes — and by the request (document, operation, variables), so an
 * identical request is answered with the stored bytes, gzipped once, without touching Neo4j beyond a version check,
 * and 64 connections opening the explorer together compute it once. Answers with errors are never stored.
 *
 * Each answer carries an ETag (a hash of its body); a GET that sends it back in If-None-Match gets 304.
 */
export function graphCache(options: GraphCacheOptions) {
  const maxEntries = options.maxEntries ?? 32;
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const entries = new Map<string, Entry>();
  const graphOnlyMemo = new Map<string, boolean>();
  const versions = new InFlightReads();
  const computing = new InFlightReads();
  let version = '';
  let bytes = 0;
  const stats = { hits: 0, misses: 0 };

  const isGraphOnly = (request: GraphRequest) => {
    const key = `${request.operationName ?? ''}\u0000${request.query}`;
    let answer = graphOnlyMemo.get(key);
    if (answer === undefined) {
      answer = graphOnly(request.query, request.operationName);
      if (graphOnlyMemo.size > 1000) graphOnlyMemo.clear();
      graphOnlyMemo.set(key, answer);
    }
    return answer;
  };

  const store = (key: string, entry: Entry) => {
    entries.set(key, entry);
    bytes += entry.bytes;
    for (const [oldest, old] of entries) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break;
      entries.delete(oldest);
      bytes -= old.bytes;
    }
  };

  const compute = async (req: Request): Promise<Outcome> => {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method.toUpperCase(),
        headers,
        search: parseUrl(req.url).search ?? '',
        body: req.body,
      },
      context: options.context,
    });
    if ((response.status ?? 200) !== 200 || response.body.kind !== 'complete') return { response };
    const body = response.body.string;
    // Parsed once per computation (the expensive path anyway), so an answer with errors is never stored.
    if ((JSON.parse(body) as { errors?: unknown }).errors !== undefined) return { response };
    const bytes = Buffer.from(body, 'utf8');
    const gzip = gzipSync(bytes);
    const etag = `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 32)}"`;
    return { entry: { body: bytes, gzip, etag, bytes: bytes.length + gzip.length } };
  };

  const send = (req: Request, res: Response, entry: Entry, hit: boolean) => {
    res.setHeader('ETag', entry.etag);
    // Stored by browsers but revalidated each time: a seed changes the answer.
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Skillgraph-Cache', hit ? 'hit' : 'miss');
    const match = req.headers['if-none-match'];
    if (req.method === 'GET' && match && match.split(/\s*,\s*/).includes(entry.etag)) {
      res.status(304).end();
      return;
    }
    res.status(200).type('application/json; charset=utf-8');
    if (req.acceptsEncodings('gzip') === 'gzip') {
      // Already compressed: the compression middleware leaves a response with a Content-Encoding alone.
      res.setHeader('Content-Encoding', 'gzip');
      res.end(entry.gzip);
    } else res.end(entry.body);
  };

  const passOn = (res: Response, response: HTTPGraphQLResponse) => {
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    res.send(response.body.kind === 'complete' ? response.body.string : '');
  };

  const middleware: RequestHandler = async (req: Request, res: Response, next: NextFunction) => {
    const request = graphRequest(req);
    if (!request || !isGraphOnly(request)) {
      next();
      return;
    }
    let now: string;
    try {
      now = await versions.run('version', () => options.version());
    } catch {
      // The database is not answering: Apollo answers DATABASE_UNAVAILABLE as for any other request.
      next();
      return;
    }
    if (!now) {
      next();
      return;
    }
    if (now !== version) {
      // Every stored answer is of an older graph.
      version = now;
      entries.clear();
      bytes = 0;
    }
    const key = `${now}\u0000${canonical([request.query, request.operationName ?? null, request.variables ?? {}])}`;
    const cached = entries.get(key);
    if (cached) {
      stats.hits += 1;
      // Most recently used last, so eviction drops the least recently used.
      entries.delete(key);
      entries.set(key, cached);
      send(req, res, cached, true);
      return;
    }
    stats.misses += 1;
    try {
      const outcome = await computing.run(key, () => compute(req));
      if ('entry' in outcome) {
        if (!entries.has(key) && version === now) store(key, outcome.entry);
        send(req, res, outcome.entry, false);
      } else passOn(res, outcome.response);
    } catch (error) {
      next(error);
    }
  };

  return {
    middleware,
    /** Hits and misses so far, and what is stored (for tests and /health). */
    stats: () => ({ ...stats, entries: entries.size, bytes }),
  };
}
