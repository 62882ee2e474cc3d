import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { packageRoot } from '../../db/paths.js';
import type { Context } from './context.js';
import { checkTemplates } from './projection/compile.js';
import { loadQueries } from './queries.js';
import { createResolvers } from './resolvers.js';

/** The schema file: the single source of the API and of the generated TypeScript types. */
export const SCHEMA_FILE = join(packageRoot(), 'server', 'schema.graphql');

/**
 * Builds the executable schema: the SDL, the root resolvers, and the start-up checks (a Cypher file per root field,
 * a template for every projected field). Anything missing fails here, before the server listens.
 */
export function createSchema(): GraphQLSchema {
  const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
  checkTemplates(schema);
  const queries = loadQueries(schema);
  const { Query } = createResolvers(queries);
  const fields = schema.getQueryType()?.getFields() ?? {};
  for (const [name, field] of Object.entries(fields)) {
    const resolve = (Query as Record<string, GraphQLFieldResolver<unknown, Context> | undefined>)[name];
    if (!resolve) throw new Error(`no resolver for Query.${name}`);
    field.resolve = resolve;
  }
  return schema;
}
