import {
  type FragmentDefinitionNode,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  getDirectiveValues,
  Kind,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

/** A field as the response will carry it: under its alias (response key), with its own sub-selection merged. */
export interface SelectedField {
  responseKey: string;
  name: string;
  selections: SelectionSetNode[];
}

export interface SelectionContext {
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

function included(node: SelectionNode, ctx: SelectionContext): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, ctx.variables);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, ctx.variables);
  return include?.if !== false;
}

/**
 * Collects the fields of selection sets the way GraphQL executes them: fragments spread, inline fragments and
 * @skip/@include applied, and repeated response keys merged. The schema has no interfaces or unions, so every
 * fragment applies to the type being selected.
 */
export function collectFields(sets: readonly SelectionSetNode[], ctx: SelectionContext): SelectedField[] {
  const fields = new Map<string, SelectedField>();
  const visited = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (!included(selection, ctx)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const existing = fields.get(key);
        if (existing) {
          if (selection.selectionSet) existing.selections.push(selection.selectionSet);
        } else {
          fields.set(key, {
            responseKey: key,
            name: selection.name.value,
            selections: selection.selectionSet ? [selection.selectionSet] : [],
          });
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = ctx.fragments[name];
        if (fragment && !visited.has(name)) {
          visited.add(name);
          walk(fragment.selectionSet);
        }
      }
    }
  };
  for (const set of sets) walk(set);
  return [...fields.values()];
}
