import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { ERROR_CODES } from '../../contract/errors.js';
import type { Context } from './context.js';
import { costLimitPlugin, ListSizes } from './cost.js';
import { type LimitOptions, limitRules, queriesOnly } from './limits.js';
import { fieldResolver } from './resolvers.js';
import { createSchema } from './schema.js';

export interface ApolloOptions extends LimitOptions {
  /** Highest estimated cost (values in the answer; see cost.ts). */
  maxCost: number;
  /** The graph's list sizes now, for the cost estimate; without it every nested list counts as 10 items. */
  listSizes?: () => ListSizes;
  /** The executable schema (built here when absent). */
  schema?: GraphQLSchema;
  /**
   * Masks unexpected errors as "Internal server error" and leaves out "Did you mean …?" field suggestions, which
   * would tell a stranger the schema piece by piece (NODE_ENV=production).
   */
  production: boolean;
  /** The HTTP server to drain on shutdown. */
  httpServer?: Server;
  /** Where unexpected errors are logged. */
  log?: (message: string, error: unknown) => void;
}

/** Error codes the API reports as they are; anything else is unexpected, logged, and masked in production. */
const KNOWN_CODES = new Set<string>([
  ...ERROR_CODES.filter((code) => code !== 'INTERNAL_SERVER_ERROR'),
  'PERSISTED_QUERY_NOT_FOUND',
]);

/** Limits a parsed document's token count, so a huge query is refused before validation walks it. */
const MAX_TOKENS = 5_000;

/**
 * The Apollo server: CSRF prevention on, persisted queries off, no landing page (GraphiQL is served locally at
 * /graphiql), depth/alias/cost limits, errors with stable codes and no stack traces.
 */
export function createApollo(options: ApolloOptions): ApolloServer<Context> {
  const plugins: ApolloServerPlugin<Context>[] = [
    ApolloServerPluginLandingPageDisabled(),
    // Installed by default, it wraps every field resolver to compute cache hints nobody here reads: 3-4% of the
    // server's CPU on a whereUsed answer.
    ApolloServerPluginCacheControlDisabled(),
    costLimitPlugin({
      maxCost: options.maxCost,
      sizes: options.listSizes ?? (() => new ListSizes(undefined)),
    }),
  ];
  if (options.httpServer) plugins.push(ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer }));
  const log = options.log ?? ((message, error) => console.error(message, error));
  return new ApolloServer<Context>({
    schema: options.schema ?? createSchema(),
    fieldResolver,
    validationRules: [queriesOnly, ...limitRules(options)],
    parseOptions: { maxTokens: MAX_TOKENS },
    csrfPrevention: true,
    persistedQueries: false,
    allowBatchedHttpRequests: false,
    // serve() handles SIGINT/SIGTERM itself, stopping Neo4j after Apollo; Apollo's own handler would re-raise the
    // signal and cut that short.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: options.production,
    plugins,
    formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
      if (formatted.extensions?.limit) {
        const { limit: _limit, ...extensions } = formatted.extensions;
        return { ...formatted, extensions: { ...extensions, code: 'QUERY_TOO_COMPLEX' } };
      }
      const code = formatted.extensions?.code;
      if (typeof code === 'string' && KNOWN_CODES.has(code)) return formatted;
      // The cause under Apollo's and our wrappers is what an operator needs to see.
      let cause: unknown = error;
      while ((cause as { originalError?: unknown })?.originalError)
        cause = (cause as { originalError: unknown }).originalError;
      log('unexpected error while answering a GraphQL request:', cause);
      return {
        message: options.production ? 'Internal server error' : formatted.message,
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
    },
  });
}
