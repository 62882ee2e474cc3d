import {
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
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
}

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
 * Validation rules that reject abusive operations before anything runs: too deep, too many aliases. Rejections carry
 * the code QUERY_TOO_COMPLEX and a message that says which limit and by how much. The cost limit depends on the
 * request's variables and the graph's counts, so it is a plugin (cost.ts) rather than a rule Apollo would cache.
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
  return [depthRule, aliasRule];
}
