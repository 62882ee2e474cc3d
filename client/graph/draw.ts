import type { GraphData } from '../api/operations.js';
import { computeLayout, type LayoutContext, type LayoutId } from '../layouts/index.js';
import type { Positions } from '../layouts/types.js';
import { toLayoutGraph } from './elements.js';
import { ANIMATE_MAX_NODES } from './scale.js';
import type { GraphView } from './view.js';

export interface DrawTimings {
  /** From the call until the graph was first on screen. */
  firstRenderMs: number;
  /** From the call until a complete layout, every edge drawn, was on screen. */
  layoutMs: number;
  /** From the call until the chosen layout's final positions were on screen (a big graph is refined after its first layout). */
  refinedMs: number;
}

/** Resolves after the browser has painted a frame that includes the latest changes. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/**
 * Draws a graph into an empty view with a full layout. A small graph is laid out first and appears in place. A big
 * one appears at once in the categories layout and is then refined by the chosen layout from the worker, so the page
 * shows a complete graph within seconds and never blocks. Explorer and bench both draw through here.
 */
export async function drawInitial(
  view: GraphView,
  graph: GraphData,
  layout: LayoutId,
  context: LayoutContext,
): Promise<DrawTimings> {
  const started = performance.now();
  const layoutGraph = toLayoutGraph(graph);
  if (graph.nodes.length <= ANIMATE_MAX_NODES) {
    const positions = await layoutOrFallback(layout, layoutGraph, context);
    view.sync(graph, positions);
    view.fit(undefined, false);
    await nextPaint();
    const ms = performance.now() - started;
    return { firstRenderMs: ms, layoutMs: ms, refinedMs: ms };
  }
  // Big graph: a structured layout that costs milliseconds (tools grouped around their categories, jobs above) is
  // drawn at once with every edge (5,000 nodes and 20,000 edges: 40 ms of layout, 0.5 s to add, 1.8 s to paint),
  // while the force layout, seconds long even at draft quality, runs in the worker on the second core and then
  // refines the picture.
  const refined = layout === 'categories' ? undefined : layoutOrFallback(layout, layoutGraph, context);
  view.sync(graph, await computeLayout('categories', layoutGraph, context));
  view.fit(undefined, false);
  await nextPaint();
  const firstRenderMs = performance.now() - started;
  if (!refined) return { firstRenderMs, layoutMs: firstRenderMs, refinedMs: firstRenderMs };
  await view.applyPositions(await refined, { fit: true, animate: false });
  await nextPaint();
  return { firstRenderMs, layoutMs: firstRenderMs, refinedMs: performance.now() - started };
}

/** Lays out what is drawn again (another layout picked, or "re-run"), animated on small graphs. */
export async function relayout(view: GraphView, layout: LayoutId, context: LayoutContext): Promise<void> {
  const graph = view.visibleGraph();
  const positions = await layoutOrFallback(layout, toLayoutGraph(graph), context);
  await view.applyPositions(positions, { fit: true });
}

async function layoutOrFallback(
  layout: LayoutId,
  graph: ReturnType<typeof toLayoutGraph>,
  context: LayoutContext,
): Promise<Positions> {
  try {
    return await computeLayout(layout, graph, context);
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    // Without a working worker the page still needs a layout; rings cost almost nothing.
    console.warn('force layout failed, using recurrence rings instead:', error);
    return computeLayout('rings', graph, context);
  }
}
