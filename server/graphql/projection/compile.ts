import {
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isObjectType,
  type SelectionSetNode,
} from 'graphql';
import { collectFields, type SelectionContext } from '../selection.js';
import { NODE_TYPES, OPAQUE_TYPES, TEMPLATES, VALUE_TYPES } from './templates.js';

const MARKER = /#\{(\w+)((?:\s+\w+=[@$]?\w+)*)\s*\}/g;
const VARIABLE = /@(\w+)/g;
const IDENTIFIER = /^[A-Za-z_]\w*$/;

/** Gives each local template variable a fresh name, so nested projections never shadow each other. */
export class Namer {
  private n = 0;
  next(base: string): string {
    this.n += 1;
    return `${base}__${this.n}`;
  }
}

export interface CompileContext {
  schema: GraphQLSchema;
  selection: SelectionContext;
  namer: Namer;
}

/** Variables visible to a template: context name → Cypher identifier or parameter. */
type Scope = Record<string, string>;

function quoteKey(key: string): string {
  // GraphQL names are [_A-Za-z][_0-9A-Za-z]*, safe as Cypher map keys; backticks keep reserved words harmless.
  return `\`${key}\``;
}

function parseMarkerArgs(args: string): [string, string][] {
  return args
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => {
      const [k, v] = pair.split('=');
      return [k as string, v as string];
    });
}

/**
 * Expands one template: markers become the projection of `sets` as the marked type, `@x` becomes the scope's
 * variable x or a fresh local variable. Text produced by nested projections is never rescanned.
 */
export function instantiate(
  template: string,
  scope: Scope,
  sets: readonly SelectionSetNode[],
  cc: CompileContext,
): string {
  const locals = new Map<string, string>();
  const resolve = (name: string) => {
    const inScope = scope[name];
    if (inScope) return inScope;
    let local = locals.get(name);
    if (!local) {
      local = cc.namer.next(name);
      locals.set(name, local);
    }
    return local;
  };
  const resolveArg = (value: string) => {
    if (value.startsWith('@')) return resolve(value.slice(1));
    return value;
  };
  let out = '';
  let last = 0;
  for (const m of template.matchAll(MARKER)) {
    const index = m.index ?? 0;
    out += template.slice(last, index).replace(VARIABLE, (_, name: string) => resolve(name));
    const childScope: Scope = {};
    for (const [k, v] of parseMarkerArgs(m[2] ?? '')) childScope[k] = resolveArg(v);
    out += compileSelection(m[1] as string, sets, childScope, cc);
    last = index + m[0].length;
  }
  out += template.slice(last).replace(VARIABLE, (_, name: string) => resolve(name));
  return out;
}

/** Compiles the selection of `typeName` into one Cypher expression (a map projection or a map literal). */
export function compileSelection(
  typeName: string,
  sets: readonly SelectionSetNode[],
  scope: Scope,
  cc: CompileContext,
): string {
  const type = cc.schema.getType(typeName);
  if (!type || !isObjectType(type)) throw new Error(`projection of unknown object type ${typeName}`);
  const fields = type.getFields();
  const entries: string[] = [];
  for (const selected of collectFields(sets, cc.selection)) {
    if (selected.name === '__typename') continue;
    const field = fields[selected.name];
    if (!field) continue;
    const template = TEMPLATES[typeName]?.[selected.name];
    let expr: string;
    if (template) expr = instantiate(template, scope, selected.selections, cc);
    else if (NODE_TYPES.has(typeName)) expr = `${scope.this}.${selected.name}`;
    else throw new Error(`${typeName}.${selected.name} has no Cypher template`);
    entries.push(`${quoteKey(selected.responseKey)}: ${expr}`);
  }
  const body = `{${entries.join(', ')}}`;
  if (NODE_TYPES.has(typeName)) {
    const node = scope.this;
    if (!node || !IDENTIFIER.test(node)) throw new Error(`${typeName} needs a node variable, got ${node}`);
    // A map projection is null when the node is null (an unknown tool), where a map literal would not be.
    return `${node} ${body}`;
  }
  return body;
}

/**
 * Checks at start-up that every field of every projected type can be compiled: a template exists where one is
 * needed, and each template's marker names the field's own type. A mismatch fails the boot, not a request.
 */
export function checkTemplates(schema: GraphQLSchema): void {
  const problems: string[] = [];
  for (const typeName of [...NODE_TYPES, ...VALUE_TYPES]) {
    const type = schema.getType(typeName);
    if (!type || !isObjectType(type)) {
      problems.push(`type ${typeName} is not in the schema`);
      continue;
    }
    const fields = type.getFields() as Record<string, GraphQLField<unknown, unknown>>;
    for (const [name, field] of Object.entries(fields)) {
      const named: GraphQLNamedType = getNamedType(field.type);
      const template = TEMPLATES[typeName]?.[name];
      const projected = isObjectType(named) && !OPAQUE_TYPES.has(named.name);
      if (!template) {
        if (projected || VALUE_TYPES.has(typeName)) problems.push(`${typeName}.${name} needs a template`);
        continue;
      }
      const markers = [...template.matchAll(MARKER)].map((m) => m[1]);
      if (projected && !markers.includes(named.name))
        problems.push(`${typeName}.${name} must project #{${named.name} ...}`);
      if (!projected && markers.length > 0)
        problems.push(`${typeName}.${name} returns ${named.name} but projects`);
    }
  }
  for (const typeName of Object.keys(TEMPLATES)) {
    if (!NODE_TYPES.has(typeName) && !VALUE_TYPES.has(typeName))
      problems.push(`templates for unlisted type ${typeName}`);
  }
  if (problems.length > 0)
    throw new Error(`Cypher templates do not match the schema:\n  ${problems.join('\n  ')}`);
}
