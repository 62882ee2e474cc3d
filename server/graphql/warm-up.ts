import type { ApolloServer } from '@apollo/server';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import type { Context } from './context.js';

export interface WarmUpResult {
  /** Operations run. */
  queries: number;
  ms: number;
  /** Root fields whose warm-up failed unexpectedly (a NOT_FOUND for the made-up ids is expected). */
  failed: string[];
}

/** Errors the made-up arguments are expected to cause; the query still ran, and its plan is cached. */
const EXPECTED = new Set(['NOT_FOUND', 'BAD_USER_INPUT']);

/** A made-up value of an input type: a string that names nothing, 1, false, the first enum value, ... */
function literal(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(type.ofType);
  if (isListType(type)) return `[${literal(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0]?.name ?? 'null';
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${fields.map((f) => `${f.name}: ${literal(f.type)}`).join(', ')} }`;
  }
  if (type.name === 'Int' || type.name === 'Float') return '1';
  if (type.name === 'Boolean') return 'false';
  return '"warm-up"';
}

function argument(arg: GraphQLArgument): string | undefined {
  // 1 rather than the default: the plan does not depend on the value (it is a parameter), only the work does.
  if (arg.name === 'first' || arg.name === 'limit') return `${arg.name}: 1`;
  // An optional id still picks the way the query runs (tool(id:) or tool(name:) needs one of them).
  if (arg.name === 'id') return `id: ${literal(arg.type)}`;
  if (!isNonNullType(arg.type)) return undefined;
  return `${arg.name}: ${literal(arg.type)}`;
}

const leaf = (field: GraphQLField<unknown, unknown>) => {
  const type = getNamedType(field.type);
  return (isScalarType(type) || isEnumType(type)) && !field.args.some((a) => isNonNullType(a.type));
};

/** The scalar fields of a type and, `depth` levels down, of the objects it holds. */
function selection(type: GraphQLObjectType, depth: number): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (leaf(field)) parts.push(field.name);
    else if (depth > 0) {
      const inner = getNamedType(field.type);
      if (isObjectType(inner)) {
        const nested = selection(inner, depth - 1);
        if (nested) parts.push(`${field.name} { ${nested} }`);
      }
    }
  }
  return parts.join(' ');
}

/**
 * One operation per root field, with made-up arguments for the required ones and `first`/`limit` of 1, selecting
 * the answer's scalar fields. Nested lists are left out: each adds a subquery to plan (warming them as well took
 * 18 s instead of 7 s on a warm JVM), and the explorer's selections are its own texts anyway. The graph views and
 * stats, the heaviest and first requests, compile to the same Cypher whatever they select, so they are warmed
 * exactly.
 */
export function warmUpOperations(schema: GraphQLSchema): { field: string; query: string }[] {
  const root = schema.getQueryType();
  if (!root) return [];
  return Object.values(root.getFields()).map((field) => {
    const args = field.args.map(argument).filter(Boolean);
    const type = getNamedType(field.type);
    const inner = isObjectType(type) ? `{ ${selection(type, 0) || '__typename'} }` : '';
    return {
      field: field.name,
      query: `query WarmUp { ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${inner} }`,
    };
  });
}

/**
 * Runs every root field's query once, one after the other, so Neo4j has planned each Cypher file (and the JVM has
 * compiled its planner) before the first person asks: on a fresh JVM the first query took 4.9 s and each new query
 * text another 0.3-0.6 s of planning. EXPLAIN does not help: measured, it did not make the real query's plan
 * cached. Queries for other selections still plan once each, but on a warm JVM.
 */
export async function warmUp(
  apollo: ApolloServer<Context>,
  schema: GraphQLSchema,
  contextValue: Context,
): Promise<WarmUpResult> {
  const started = Date.now();
  const failed: string[] = [];
  const operations = warmUpOperations(schema);
  for (const { field, query } of operations) {
    const response = await apollo.executeOperation({ query }, { contextValue });
    const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
    const unexpected = errors.filter((e) => !EXPECTED.has(String(e.extensions?.code)));
    if (unexpected.length > 0) failed.push(`${field} (${unexpected[0]?.message})`);
  }
  return { queries: operations.length, ms: Date.now() - started, failed };
}
