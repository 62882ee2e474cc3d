import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Database } from '../../db/database.js';
import { packageRoot } from '../../db/paths.js';
import type { Config } from '../config.js';
import type { Context } from '../graphql/context.js';
import { createApollo } from '../graphql/server.js';
import { healthHandler } from './health.js';

/** Where `npm run build:client` puts the explorer and the GraphiQL page. */
export const CLIENT_DIR = join(packageRoot(), 'dist', 'client');

export interface AppOptions {
  db: Database;
  config: Config;
  /** How the database was provided, for /health. */
  describe: string;
  clientDir?: string;
  log?: (line: string) => void;
}

export interface SkillgraphHttp {
  app: express.Express;
  httpServer: Server;
  apollo: ApolloServer<Context>;
  /** Drains HTTP, then stops Apollo. The caller closes the driver afterwards. */
  stop(): Promise<void>;
}

/** The request body limit is exceeded, the JSON is malformed, ...: answered as a GraphQL-shaped JSON error. */
function bodyErrorHandler(error: unknown, _req: Request, res: Response, next: NextFunction) {
  const e = error as { type?: string; status?: number; limit?: number; message?: string };
  if (e?.type === 'entity.too.large') {
    res.status(413).json({
      errors: [
        {
          message: `The request body is larger than ${e.limit} bytes.`,
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
    return;
  }
  if (e?.type === 'entity.parse.failed') {
    res.status(400).json({
      errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
    return;
  }
  // body-parser's other refusals (an unsupported charset or content encoding: 415) keep their status and message.
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
    res
      .status(e.status)
      .json({ errors: [{ message: e.message ?? 'Bad request', extensions: { code: 'BAD_REQUEST' } }] });
    return;
  }
  next(error);
}

/**
 * The HTTP side of Skillgraph: /graphql (Apollo on express 5), /health, /graphiql and the explorer at /.
 * Nothing here can crash the process on a bad request: unexpected errors are logged and answered with a plain 500.
 */
export async function createHttp(options: AppOptions): Promise<SkillgraphHttp> {
  const { db, config } = options;
  const log = options.log ?? ((line: string) => console.error(line));
  const clientDir = options.clientDir ?? CLIENT_DIR;
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const apollo = createApollo({
    ...config.graphql,
    httpServer,
    log: (message, error) => log(`${message} ${(error as Error)?.stack ?? String(error)}`),
  });
  await apollo.start();

  app.get('/health', healthHandler(db, options.describe, config.graphql.production));
  app.use(
    '/graphql',
    express.json({ limit: config.http.maxBody }),
    bodyErrorHandler,
    expressMiddleware(apollo, {
      context: async () => ({
        read: (cypher, params) => db.read(cypher, params),
        queryTimeoutMs: config.graphql.queryTimeoutMs,
      }),
    }),
  );

  if (existsSync(join(clientDir, 'index.html'))) {
    app.get('/graphiql', (_req, res) => res.sendFile(join(clientDir, 'graphiql.html')));
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
    res.status(404).json({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
  });
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    log(`unexpected HTTP error: ${(error as Error)?.stack ?? String(error)}`);
    if (!res.headersSent) res.status(500).json({ errors: [{ message: 'Internal server error' }] });
  });

  return {
    app,
    httpServer,
    apollo,
    // The drain plugin closes the listener and waits for requests in flight; Apollo stops after.
    stop: () => apollo.stop(),
  };
}

/** HTML must be revalidated so a rebuilt client is picked up; hashed assets can be cached. */
function noCacheHtml(res: Response, path: string) {
  if (path.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}
