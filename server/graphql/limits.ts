import {
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLOutputType,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { QueryTooComplexError } from './errors.js';

export interface LimitOptions {
  /** Deepest field nesting allowed (introspection excluded). */
  maxDepth: number;
  /** Most aliased fields allowed in one document. */
  maxAliases: number;
  /** Highest estimated cost: each field costs 1, and a list multiplies what is selected inside it by 10. */
  maxCost: number;
}

const LIST_FACTOR = 10;

/** Introspection (GraphiQL's schema query is 13 levels deep) is cheap and served from memory; it is not limited. */
const isIntrospection = (node: FieldNode) => node.name.value.startsWith('__');

function fragmentsOf(context: ValidationContext): Record<string, FragmentDefinitionNode> {
  const out: Record<string, FragmentDefinitionNode> = {};
  for (const def of context.getDocument().definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) out[def.name.value] = def;
  }
  return out;
}

/**
 * Depth of a selection set, following fragments. Each fragment's depth is computed once (memo), so a document that
 * spreads fragments into each other many times costs linear time, and a cycle counts as depth 0 instead of looping.
 */
function depthOf(
  set: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  memo: Map<string, number>,
): number {
  let max = 0;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) {
      if (isIntrospection(s)) continue;
      max = Math.max(max, 1 + (s.selectionSet ? depthOf(s.selectionSet, fragments, memo) : 0));
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, depthOf(s.selectionSet, fragments, memo));
    } else {
      const name = s.name.value;
      let depth = memo.get(name);
      if (depth === undefined) {
        memo.set(name, 0);
        const f = fragments[name];
        depth = f ? depthOf(f.selectionSet, fragments, memo) : 0;
        memo.set(name, depth);
      }
      max = Math.max(max, depth);
    }
  }
  return max;
}

/** Estimated cost of a selection of `type`, following the schema to know which fields are lists (memoised like depth). */
function costOf(
  set: SelectionSetNode,
  type: GraphQLOutputType,
  fragments: Record<string, FragmentDefinitionNode>,
  memo: Map<string, number>,
): number {
  const named = getNamedType(type);
  if (!isObjectType(named)) return 0;
  const fields = named.getFields();
  let cost = 0;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) {
      if (isIntrospection(s)) continue;
      const field = fields[s.name.value];
      if (!field) continue;
      const inner = s.selectionSet ? costOf(s.selectionSet, field.type, fragments, memo) : 0;
      const factor = isListType(getNullableType(field.type)) ? LIST_FACTOR : 1;
      cost += 1 + factor * inner;
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      cost += costOf(s.selectionSet, type, fragments, memo);
    } else {
      const key = `${s.name.value}@${named.name}`;
      let fragmentCost = memo.get(key);
      if (fragmentCost === undefined) {
        memo.set(key, 0);
        const f = fragments[s.name.value];
        fragmentCost = f ? costOf(f.selectionSet, type, fragments, memo) : 0;
        memo.set(key, fragmentCost);
      }
      cost += fragmentCost;
    }
  }
  return cost;
}

/** The API only reads: a mutation or subscription is refused at validation (400), not failed at execution. */
export function queriesOnly(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation !== 'query') {
        context.reportError(
          new GraphQLError(`Skillgraph's API is read-only: ${node.operation} operations are not supported.`, {
            nodes: [node],
          }),
        );
      }
    },
  };
}

/**
 * Validation rules that reject abusive operations before anything runs: too deep, too many aliases, too costly.
 * Rejections carry the code QUERY_TOO_COMPLEX and a message that says which limit and by how much.
 */
export function limitRules(options: LimitOptions) {
  const depthRule = (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const depth = depthOf(node.selectionSet, fragmentsOf(context), new Map());
      if (depth > options.maxDepth) {
        context.reportError(
          new QueryTooComplexError(`Query depth ${depth} exceeds the limit of ${options.maxDepth}.`, 'depth'),
        );
      }
    },
  });
  const aliasRule = (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    let reported = false;
    return {
      Field(node) {
        if (!node.alias) return;
        aliases += 1;
        if (aliases > options.maxAliases && !reported) {
          reported = true;
          context.reportError(
            new QueryTooComplexError(
              `The query uses more than ${options.maxAliases} aliases, the most allowed.`,
              'aliases',
            ),
          );
        }
      },
    };
  };
  const costRule = (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const root = node.operation === 'query' ? context.getSchema().getQueryType() : undefined;
      if (!root) return;
      const cost = costOf(node.selectionSet, root, fragmentsOf(context), new Map());
      if (cost > options.maxCost) {
        context.reportError(
          new QueryTooComplexError(
            `Estimated query cost ${cost} exceeds the limit of ${options.maxCost} (lists multiply the cost of what they contain by ${LIST_FACTOR}).`,
            'cost',
          ),
        );
      }
    },
  });
  return [depthRule, aliasRule, costRule];
}
