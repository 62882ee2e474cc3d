import type { LayoutName } from '../state/url.js';
import { aroundLayout } from './around.js';
import { categoriesLayout } from './categories.js';
import type { ForceLayoutWorker } from './force-client.js';
import { ringsLayout } from './rings.js';
import type { LayoutGraph, Positions } from './types.js';

/** The layouts a person can pick, with the words the toolbar shows. */
export const LAYOUTS: Record<LayoutName, { label: string; title: string }> = {
  force: { label: 'Force', title: 'Force-directed: connected things close together (fcose, seeded)' },
  categories: { label: 'Categories', title: 'Tools grouped around their categories, jobs on top' },
  around: { label: 'Around', title: 'Breadth-first rings around the focused node' },
};

export interface LayoutContext {
  /** The node "around focus" centres on. */
  focus: string | null;
  worker: ForceLayoutWorker;
}

/**
 * Positions for a whole graph under the named layout. The force layout runs in a worker; the others are cheap
 * (linear in the graph) and run here.
 */
/** A layout the page can compute: the ones on offer, and the recurrence rings kept as the fallback. */
export type LayoutId = LayoutName | 'rings';

export async function computeLayout(
  name: LayoutId,
  graph: LayoutGraph,
  context: LayoutContext,
): Promise<Positions> {
  switch (name) {
    case 'force':
      return (await context.worker.run(graph)).positions;
    case 'rings':
      return ringsLayout(graph);
    case 'categories':
      return categoriesLayout(graph);
    case 'around':
      return aroundLayout(graph, context.focus);
  }
}
