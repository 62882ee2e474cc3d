import type { NodeType } from '../../contract/graphql.js';
import { NODE_TYPES } from '../styles/palette.js';

export const VIEW_NAMES = ['graph', 'recurrence', 'matrix', 'timeline'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];
/**
 * Layouts a person can pick. `rings` (recurrence rings) is no longer offered, since the Recurrence view shows the
 * same at a glance; it stays the fallback when the force worker fails, and old `layout=rings` links open that view.
 */
export const LAYOUT_NAMES = ['force', 'categories', 'around'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

/** Everything a link restores: what is focused, which filters apply, which view and layout are shown. */
export interface ExplorerState {
  /** The focused node id ("tool:apache-kafka"). */
  focus: string | null;
  /** A question that matched no tool ("kafak"), shown with the server's suggestions. */
  ask: string | null;
  /** Both ends of a shortest path on show. */
  path: [string, string] | null;
  /** Node types drawn; all of them unless filtered. */
  types: NodeType[];
  /** A category id: only that category's tools are drawn. */
  category: string | null;
  person: string | null;
  /** Tools used in fewer jobs are left out (1 keeps all). */
  minJobs: number;
  view: ViewName;
  layout: LayoutName;
  /** Nodes whose neighbourhoods were expanded, in order. */
  expanded: string[];
}

/**
 * The first picture answers "which tools recur, and where": jobs, their companies and the tools used in two or more
 * of them. Everything else (people, categories, challenges, incidents, one-off tools) is one click away in the legend.
 */
export const DEFAULT_TYPES: readonly NodeType[] = ['JOB', 'COMPANY', 'TOOL'];
export const DEFAULT_MIN_JOBS = 2;

/** Every node type and every tool: what "Show everything" asks for. */
export const EVERYTHING: Pick<ExplorerState, 'types' | 'minJobs' | 'category' | 'person'> = {
  types: [...NODE_TYPES],
  minJobs: 1,
  category: null,
  person: null,
};

export const DEFAULT_STATE: ExplorerState = {
  focus: null,
  ask: null,
  path: null,
  types: [...DEFAULT_TYPES],
  category: null,
  person: null,
  minJobs: DEFAULT_MIN_JOBS,
  view: 'graph',
  layout: 'force',
  expanded: [],
};

const MAX_MIN_JOBS = 1000;

/** The query string for a state (without "?"); defaults are left out and keys keep one order, so links are stable. */
export function encodeState(state: ExplorerState): string {
  const p = new URLSearchParams();
  if (state.focus) p.set('focus', state.focus);
  if (state.ask) p.set('ask', state.ask);
  if (state.path) {
    p.set('from', state.path[0]);
    p.set('to', state.path[1]);
  }
  if (state.view !== DEFAULT_STATE.view) p.set('view', state.view);
  if (state.layout !== DEFAULT_STATE.layout) p.set('layout', state.layout);
  const types = NODE_TYPES.filter((t) => state.types.includes(t));
  if (types.join(',') !== DEFAULT_TYPES.join(',')) p.set('types', types.join(','));
  if (state.category) p.set('category', state.category);
  if (state.person) p.set('person', state.person);
  if (state.minJobs !== DEFAULT_MIN_JOBS) p.set('minJobs', String(state.minJobs));
  for (const id of state.expanded) p.append('expand', id);
  return p.toString();
}

/** The state a query string describes. Unknown keys and malformed values fall back to defaults instead of failing. */
export function decodeState(search: string): ExplorerState {
  const p = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const text = (key: string) => {
    const v = p.get(key)?.trim();
    return v ? v : null;
  };
  const from = text('from');
  const to = text('to');
  const typesParam = p.get('types');
  const types =
    typesParam === null
      ? [...DEFAULT_STATE.types]
      : NODE_TYPES.filter((t) =>
          typesParam
            .split(',')
            .map((s) => s.trim().toUpperCase())
            .includes(t),
        );
  const view = text('view');
  const layout = text('layout');
  const minJobs = Number.parseInt(p.get('minJobs') ?? '', 10);
  return {
    focus: text('focus'),
    ask: text('ask'),
    path: from && to ? [from, to] : null,
    types,
    category: text('category'),
    person: text('person'),
    minJobs: Number.isFinite(minJobs) ? Math.min(Math.max(minJobs, 1), MAX_MIN_JOBS) : DEFAULT_MIN_JOBS,
    view: (VIEW_NAMES as readonly string[]).includes(view ?? '')
      ? (view as ViewName)
      : layout === 'rings'
        ? 'recurrence'
        : 'graph',
    layout: (LAYOUT_NAMES as readonly string[]).includes(layout ?? '') ? (layout as LayoutName) : 'force',
    expanded: [
      ...new Set(
        p
          .getAll('expand')
          .map((s) => s.trim())
          .filter((s) => s !== ''),
      ),
    ],
  };
}

/** True when two states would produce the same URL. */
export function sameState(a: ExplorerState, b: ExplorerState): boolean {
  return encodeState(a) === encodeState(b);
}
