import {
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  getNullableType,
  isListType,
  type SelectionSetNode,
} from 'graphql';
import type { Graph, NodeType } from '../../contract/graphql.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import { matchPosting } from '../match/match.js';
import { bounded, fuzzyQuery, optionalText, prefixQuery, searchQuery, text, toolKey } from './arguments.js';
import type { Context } from './context.js';
import { BadUserInputError, fromDriverError, NotFoundError } from './errors.js';
import { columnsToGraph, type GraphColumns } from './graph-columns.js';
import { InFlightReads } from './in-flight.js';
import { KnownTools } from './known-tools.js';
import { instantiate, Namer } from './projection/compile.js';
import { OPAQUE_TYPES } from './projection/templates.js';

/** Nested lists (a tool's jobs, a job's evidence) return at most this many items; root fields page with `first`. */
export const NESTED_LIMIT = 1000;

const ALL_TYPES: NodeType[] = ['PERSON', 'JOB', 'COMPANY', 'TOOL', 'CATEGORY', 'CHALLENGE', 'INCIDENT'];
/** Relationships a shortest path may follow; IN_CATEGORY is added only when an end is a category. */
const PATH_TYPES = ['HELD', 'AT', 'USED', 'FACED', 'HAD_INCIDENT', 'INVOLVED'];

type Row = { result: unknown };

/**
 * Compiles the root field's Cypher file with the operation's selection and runs it as one read query. Driver errors
 * become the API's typed errors here, in one place.
 */
async function run(
  queries: Map<string, string>,
  inFlight: InFlightReads,
  info: GraphQLResolveInfo,
  ctx: Context,
  params: Record<string, unknown>,
): Promise<unknown> {
  const template = queries.get(info.fieldName);
  if (!template) throw new Error(`no Cypher for ${info.fieldName}`);
  const sets = info.fieldNodes.map((f) => f.selectionSet).filter((s): s is SelectionSetNode => Boolean(s));
  let rows: Row[];
  try {
    const cypher = instantiate(template, {}, sets, {
      schema: info.schema,
      selection: { fragments: info.fragments, variables: info.variableValues },
      namer: new Namer(),
    });
    const all = { nestedLimit: NESTED_LIMIT, ...params };
    // Rows are only read from here on, never changed, so requests that share an execution can share its rows.
    rows = await inFlight.run(`${cypher}\u0000${JSON.stringify(all)}`, () => ctx.read<Row>(cypher, all));
  } catch (error) {
    throw fromDriverError(error, ctx.queryTimeoutMs);
  }
  if (isListType(getNullableType(info.returnType))) return rows.map((r) => r.result);
  return rows[0]?.result ?? null;
}

/** Parameters of the lists that can be narrowed to one tool (challenges, incidents). */
function involvingTool(args: { tool?: string | null; first?: number | null }) {
  const tool = optionalText('tool', args.tool);
  return { key: tool ? toolKey(tool) : null, first: bounded('first', args.first, 1, 10000, 1000) };
}

/** Root resolvers: check and normalise arguments, then run the field's query. */
export function createResolvers(queries: Map<string, string>): { Query: QueryResolvers<Context> } {
  // The result type is inferred from each resolver's generated return type: run() returns what the projection
  // compiler built for exactly that field, so the maps have that shape.
  const inFlight = new InFlightReads();
  const q = <T>(info: GraphQLResolveInfo, ctx: Context, params: Record<string, unknown>) =>
    run(queries, inFlight, info, ctx, params) as Promise<T>;
  const byId = <T>(info: GraphQLResolveInfo, ctx: Context, id: string) =>
    q<T>(info, ctx, { id: text('id', id, 300) });
  const Query: QueryResolvers<Context> = {
    whereUsed: async (_, args, ctx, info) => {
      const query = text('tool', args.tool);
      const key = toolKey(query);
      const known = ctx.known ?? KnownTools.default;
      const result = await q<Record<string, unknown>>(info, ctx, {
        key,
        id: query.startsWith('tool:') ? query : null,
        query,
        fuzzy: fuzzyQuery(key),
        known: known.lookup(key),
        person: optionalText('person', args.person, 300),
        first: bounded('first', args.first, 1, 1000, 500),
      });
      // Full-text suggestions come in Lucene's order; a person asking "postgres" expects PostgreSQL first.
      const suggestions = info.fieldNodes[0]?.selectionSet?.selections.find(
        (s) => s.kind === 'Field' && s.name.value === 'suggestions',
      );
      const field = suggestions?.kind === 'Field' ? (suggestions.alias?.value ?? 'suggestions') : null;
      if (field && Array.isArray(result[field])) result[field] = known.rank(key, result[field] as string[]);
      return result;
    },
    tools: (_, args, ctx, info) => {
      const search = optionalText('search', args.search);
      const category = optionalText('category', args.category);
      return q(info, ctx, {
        search: search ? prefixQuery(search) : null,
        category: category?.toLowerCase() ?? null,
        minJobs:
          args.minJobs === null || args.minJobs === undefined
            ? null
            : bounded('minJobs', args.minJobs, 0, 1e9, 0),
        first: bounded('first', args.first, 1, 1000, 100),
      });
    },
    tool: (_, args, ctx, info) => {
      const id = optionalText('id', args.id, 300);
      const name = optionalText('name', args.name);
      if (!id && !name) throw new BadUserInputError('"tool" needs an "id" or a "name".');
      return q(info, ctx, { id, key: name ? toolKey(name) : null });
    },
    recurringTools: (_, args, ctx, info) =>
      q(info, ctx, {
        minJobs: bounded('minJobs', args.minJobs, 0, 1e9, 2),
        first: bounded('first', args.first, 1, 500, 50),
      }),
    coUsedTools: (_, args, ctx, info) =>
      q(info, ctx, {
        key: toolKey(text('tool', args.tool)),
        first: bounded('first', args.first, 1, 200, 10),
      }),
    people: (_, args, ctx, info) => q(info, ctx, { first: bounded('first', args.first, 1, 10000, 1000) }),
    jobs: (_, args, ctx, info) =>
      q(info, ctx, {
        person: optionalText('person', args.person, 300),
        first: bounded('first', args.first, 1, 10000, 1000),
      }),
    job: (_, args, ctx, info) => byId(info, ctx, args.id),
    person: (_, args, ctx, info) => byId(info, ctx, args.id),
    company: (_, args, ctx, info) => byId(info, ctx, args.id),
    category: (_, args, ctx, info) => byId(info, ctx, args.id),
    challenge: (_, args, ctx, info) => byId(info, ctx, args.id),
    incident: (_, args, ctx, info) => byId(info, ctx, args.id),
    companies: (_, args, ctx, info) => q(info, ctx, { first: bounded('first', args.first, 1, 10000, 1000) }),
    categories: (_, __, ctx, info) => q(info, ctx, {}),
    challenges: (_, args, ctx, info) => q(info, ctx, involvingTool(args)),
    incidents: (_, args, ctx, info) => q(info, ctx, involvingTool(args)),
    search: (_, args, ctx, info) =>
      q(info, ctx, {
        query: searchQuery(text('text', args.text)),
        first: bounded('first', args.first, 1, 100, 20),
      }),
    graph: async (_, args, ctx, info) =>
      columnsToGraph(
        await q<GraphColumns>(info, ctx, {
          types: args.types && args.types.length > 0 ? args.types : ALL_TYPES,
          minJobs:
            args.minJobs === null || args.minJobs === undefined
              ? 0
              : bounded('minJobs', args.minJobs, 0, 1e9, 0),
          person: optionalText('person', args.person, 300),
          category: optionalText('category', args.category)?.toLowerCase() ?? null,
          limit: bounded('limit', args.limit, 1, 50000, 5000),
        }),
      ) as Graph,
    neighborhood: async (_, args, ctx, info) => {
      const result = columnsToGraph(
        await q<GraphColumns | null>(info, ctx, {
          id: text('id', args.id, 300),
          depth: bounded('depth', args.depth, 1, 3, 1),
          limit: bounded('limit', args.limit, 1, 5000, 200),
          frontier: 500,
        }),
      );
      if (result === null) throw new NotFoundError(`No node has the id "${args.id}".`);
      return result;
    },
    shortestPath: async (_, args, ctx, info) => {
      const from = text('from', args.from, 300);
      const to = text('to', args.to, 300);
      const categoryEnd = from.startsWith('category:') || to.startsWith('category:');
      return columnsToGraph(
        await q<GraphColumns | null>(info, ctx, {
          from,
          to,
          maxLength: bounded('maxLength', args.maxLength, 1, 10, 6),
          relTypes: categoryEnd ? [...PATH_TYPES, 'IN_CATEGORY'] : PATH_TYPES,
        }),
      );
    },
    stats: (_, __, ctx, info) => q(info, ctx, {}),
    // Not projected: the posting is read in code and the person's tools come whole from one query (server/match/).
    match: async (_, args, ctx) => {
      const cypher = queries.get('match');
      if (!cypher) throw new Error('no Cypher for match');
      const person = optionalText('person', args.person, 300);
      try {
        return await matchPosting(
          ctx.read,
          cypher,
          { text: args.text, person },
          ctx.known ?? KnownTools.default,
        );
      } catch (error) {
        throw fromDriverError(error, ctx.queryTimeoutMs);
      }
    },
  };
  return { Query };
}

/**
 * Every non-root field reads the map built for it. Maps the compiler projected carry response keys (so aliases work);
 * opaque maps returned whole by Cypher (graphs, stats, evidence) carry field names.
 */
export const fieldResolver: GraphQLFieldResolver<unknown, Context> = (source, _args, _ctx, info) => {
  if (source === null || typeof source !== 'object') return undefined;
  const map = source as Record<string, unknown>;
  const key = OPAQUE_TYPES.has(info.parentType.name) ? info.fieldName : (info.path.key as string);
  // Own properties only: an alias such as `constructor` must not reach Object.prototype.
  return Object.hasOwn(map, key) ? map[key] : undefined;
};
