import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';
import { type Database, isUnavailable } from '../../db/database.js';
import type { SupervisorStatus } from '../../db/local/supervisor.js';
import { packageRoot } from '../../db/paths.js';
import { STARTUP_QUERY_TIMEOUT_MS } from '../../db/retry.js';
import type { Config } from '../config.js';
import { checkAnswerSize } from '../graphql/answer-size.js';
import type { Context } from '../graphql/context.js';
import { LiveListSizes } from '../graphql/cost.js';
import { DatabaseUnavailableError } from '../graphql/errors.js';
import { createSchema } from '../graphql/schema.js';
import { createApollo } from '../graphql/server.js';
import { type WarmUpResult, warmUp } from '../graphql/warm-up.js';
import { TaxonomyHolder } from '../taxonomy.js';
import { graphCache } from './graph-cache.js';
import { healthHandler } from './health.js';
import { Recovery } from './recovery.js';
import { hostCheck, securityHeaders } from './security.js';
import { writeRoutes } from './writes.js';

/** Where `npm run build:client` puts the explorer and the GraphiQL page. */
export const CLIENT_DIR = join(packageRoot(), 'dist', 'client');

export interface AppOptions {
  db: Database;
  config: Config;
  /** How the database was provided, for /health. */
  describe: string;
  clientDir?: string;
  log?: (line: string) => void;
  /** The state of the local Neo4j this process supervises, for /health. */
  neo4jStatus?: () => SupervisorStatus | undefined;
  /** The taxonomy uploads, postings and unknown names are read with; default: built-in plus the user's corrections. */
  taxonomy?: TaxonomyHolder;
}

export interface SkillgraphHttp {
  app: express.Express;
  httpServer: Server;
  apollo: ApolloServer<Context>;
  /** Runs every root field's query once, so the first request does not pay for planning it. */
  warmUp(): Promise<WarmUpResult>;
  /** The whole-graph answer cache's counters. */
  graphCache: { stats(): { hits: number; misses: number; entries: number; bytes: number } };
  /** Drains HTTP, then stops Apollo. The caller closes the driver afterwards. */
  stop(): Promise<void>;
}

function errorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/** The request body limit is exceeded, the JSON is malformed, ...: answered as a GraphQL-shaped JSON error. */
function bodyErrorHandler(error: unknown, _req: Request, res: Response, next: NextFunction) {
  const e = error as { type?: string; status?: number; limit?: number; message?: string };
  if (e?.type === 'entity.too.large') {
    res.status(413).json(errorBody(`The request body is larger than ${e.limit} bytes.`, 'PAYLOAD_TOO_LARGE'));
    return;
  }
  if (e?.type === 'entity.parse.failed') {
    res.status(400).json(errorBody('The request body is not valid JSON.', 'BAD_REQUEST'));
    return;
  }
  // body-parser's other refusals (an unsupported charset or content encoding: 415) keep their status and message.
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
    res.status(e.status).json(errorBody(e.message ?? 'Bad request', 'BAD_REQUEST'));
    return;
  }
  next(error);
}

/**
 * Persisted queries (automatic or not) are off; Apollo would answer such a request with 200 and an error, which
 * clients and caches read as a success. Refused here with 400 and a code that says what to do instead.
 */
function refusePersistedQueries(req: Request, res: Response, next: NextFunction) {
  const body = req.body as { extensions?: { persistedQuery?: unknown } } | undefined;
  const query = req.query as Record<string, unknown>;
  const inBody = body && typeof body === 'object' && body.extensions?.persistedQuery !== undefined;
  const inUrl = typeof query.extensions === 'string' && query.extensions.includes('persistedQuery');
  if (!inBody && !inUrl) {
    next();
    return;
  }
  res
    .status(400)
    .json(
      errorBody(
        'Persisted queries are not supported: send the GraphQL document itself in "query".',
        'PERSISTED_QUERY_NOT_SUPPORTED',
      ),
    );
}

/**
 * The HTTP side of Skillgraph: /graphql (Apollo on express 5), /health, /graphiql and the explorer at /.
 * Nothing here can crash the process on a bad request: unexpected errors are logged and answered with a plain 500.
 * Every request passes the Host check and gets helmet's security headers; answers are compressed.
 */
export async function createHttp(options: AppOptions): Promise<SkillgraphHttp> {
  const { db, config } = options;
  const log = options.log ?? ((line: string) => console.error(line));
  const clientDir = options.clientDir ?? CLIENT_DIR;
  const maxAnswer = config.graphql.maxAnswerBytes;
  const localStatus = options.neo4jStatus ?? (() => undefined);
  const taxonomy = options.taxonomy ?? new TaxonomyHolder(config.writes.taxonomyFile, [], log);
  // Set once Apollo exists: it warms the queries after an outage (recovery.ts).
  let recovery: Recovery | undefined;
  const context = (timeoutMs?: number, warming = false): Context => ({
    get known() {
      return taxonomy.known;
    },
    read: async (cypher, params) => {
      // While a restarted JVM warms up, say so at once rather than let requests time out on it.
      const state = localStatus()?.state;
      const restarting = state === 'restarting' || state === 'warming' || recovery?.state === 'warming';
      if (!warming && restarting) throw new DatabaseUnavailableError();
      let rows: Awaited<ReturnType<Database['read']>>;
      try {
        rows = await db.read(cypher, params, timeoutMs);
      } catch (error) {
        if (isUnavailable(error)) recovery?.unavailable();
        throw error;
      }
      checkAnswerSize(rows, maxAnswer);
      return rows as never;
    },
    queryTimeoutMs: timeoutMs ?? config.graphql.queryTimeoutMs,
  });
  // The counts the cost estimate needs, read now (with the start-up timeout: this may be a fresh JVM's first
  // minute) and again as they age; without them every nested list counts as 10 items.
  const sizes = new LiveListSizes((cypher, params) => db.read(cypher, params));
  await sizes.refresh((cypher, params) => db.read(cypher, params, STARTUP_QUERY_TIMEOUT_MS));

  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const schema = createSchema();
  const apollo = createApollo({
    ...config.graphql,
    schema,
    listSizes: () => sizes.current(),
    httpServer,
    log: (message, error) => log(`${message} ${(error as Error)?.stack ?? String(error)}`),
  });
  await apollo.start();
  recovery = new Recovery({
    ping: async () => (await db.ping()).up,
    warmUp: () => warmUp(apollo, schema, context(STARTUP_QUERY_TIMEOUT_MS, true)),
    // The supervisor restarts and warms a local JVM that died: when it did so during this outage, once is enough.
    handledElsewhere: (since) => {
      const local = localStatus();
      return local?.lastExit !== undefined && Date.parse(local.lastExit.at) >= since - 10_000;
    },
    log,
  });
  const cache = graphCache({ apollo, context: async () => context(), version: () => db.dataVersion() });

  app.use(hostCheck(config.http.allowedHosts));
  app.use(securityHeaders());
  app.use(compression());
  app.get('/health', healthHandler(db, options.describe, config.graphql.production, localStatus, recovery));
  app.use(
    '/graphql',
    express.json({ limit: config.http.maxBody }),
    bodyErrorHandler,
    refusePersistedQueries,
    cache.middleware,
    expressMiddleware(apollo, { context: async () => context() }),
  );
  app.use('/api', writeRoutes({ db, config, taxonomy, log }), bodyErrorHandler);

  if (existsSync(join(clientDir, 'index.html'))) {
    if (config.http.graphiql)
      app.get('/graphiql', (_req, res) => res.sendFile(join(clientDir, 'graphiql.html')));
    // GraphiQL is also a static page; off means off at either address.
    else app.get('/graphiql.html', (_req, res) => res.status(404).json(errorBody('Not found', 'NOT_FOUND')));
    // Vite names every asset by its content hash: a changed file gets a new name, so a year is safe.
    app.use(
      '/assets',
      express.static(join(clientDir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }),
    );
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h', setHeaders: noCacheHtml }));
  } else {
    app.get('/', (_req, res) => {
      res
        .status(503)
        .type('text')
        .send(
          'The explorer is not built. Run `npm run build` (npm install does it) and restart. /graphql works.',
        );
    });
  }
  app.use((_req, res) => {
    res.status(404).json(errorBody('Not found', 'NOT_FOUND'));
  });
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = (error as { status?: number })?.status;
    // express.static's own 404 for a missing /assets file (fallthrough off), and similar client errors.
    if (typeof status === 'number' && status >= 400 && status < 500) {
      if (!res.headersSent)
        res
          .status(status)
          .json(
            errorBody(
              status === 404 ? 'Not found' : 'Bad request',
              status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST',
            ),
          );
      return;
    }
    log(`unexpected HTTP error: ${(error as Error)?.stack ?? String(error)}`);
    if (!res.headersSent) res.status(500).json({ errors: [{ message: 'Internal server error' }] });
  });

  return {
    app,
    httpServer,
    apollo,
    warmUp: () => warmUp(apollo, schema, context(STARTUP_QUERY_TIMEOUT_MS, true)),
    graphCache: cache,
    // The drain plugin closes the listener and waits for requests in flight; Apollo stops after.
    stop: () => {
      recovery?.close();
      return apollo.stop();
    },
  };
}

/** HTML must be revalidated so a rebuilt client is picked up; hashed assets can be cached. */
function noCacheHtml(res: Response, path: string) {
  if (path.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}
