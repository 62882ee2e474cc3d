import type { GraphData } from '../api/operations.js';
import { computeLayout, type LayoutContext } from '../layouts/index.js';
import { hashedPosition } from '../layouts/seed.js';
import type { Positions } from '../layouts/types.js';
import type { LayoutName } from '../state/url.js';
import { toLayoutGraph } from './elements.js';
import { ANIMATE_MAX_NODES } from './scale.js';
import type { GraphView } from './view.js';

export interface DrawTimings {
  /** From the call until the graph was first on screen. */
  firstRenderMs: number;
  /** From the call until the final layout was on screen. */
  layoutMs: number;
}

/** Resolves after the browser has painted a frame that includes the latest changes. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Cheap, deterministic starting places: a disc sized to the graph, each node at its id's hashed point. */
export function hashedPositions(ids: readonly string[]): Positions {
  const radius = 40 * Math.sqrt(ids.length);
  const out: Positions = {};
  for (const id of ids) out[id] = hashedPosition(id, radius);
  return out;
}

/**
 * Draws a graph into an empty view with a full layout. A small graph is laid out first and appears in place. A big
 * one appears at once at hashed positions, so the page shows something and stays responsive, while the layout runs
 * in the worker; the nodes then move to their final places. Explorer and bench both draw through here.
 */
export async function drawInitial(
  view: GraphView,
  graph: GraphData,
  layout: LayoutName,
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
    return { firstRenderMs: ms, layoutMs: ms };
  }
  // The worker computes on the second core while this thread draws the first picture: nodes at hashed places,
  // without edges (20,000 edges drawn across the whole scatter cost seconds of canvas time; drawn short, after the
  // layout, they cost well under one).
  await context.worker.warm();
  const layoutDone = layoutOrFallback(layout, layoutGraph, context);
  view.sync({ ...graph, edges: [] }, hashedPositions(graph.nodes.map((n) => n.id)));
  view.fit(undefined, false);
  await nextPaint();
  const firstRenderMs = performance.now() - started;
  const positions = await layoutDone;
  await view.applyPositions(positions, { fit: true, animate: false });
  view.sync(graph);
  await nextPaint();
  return { firstRenderMs, layoutMs: performance.now() - started };
}

/** Lays out what is drawn again (another layout picked, or "re-run"), animated on small graphs. */
export async function relayout(view: GraphView, layout: LayoutName, context: LayoutContext): Promise<void> {
  const graph = view.visibleGraph();
  const positions = await layoutOrFallback(layout, toLayoutGraph(graph), context);
  await view.applyPositions(positions, { fit: true });
}

async function layoutOrFallback(
  layout: LayoutName,
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
