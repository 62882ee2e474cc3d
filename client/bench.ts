import { drawInitial, nextPaint } from './graph/draw.js';
import { syntheticGraph } from './graph/synthetic.js';
import { chooseStyleMode, GraphView, type RendererName, webglAvailable } from './graph/view.js';
import { ForceLayoutWorker } from './layouts/force-client.js';

/** What the benchmark reads once `ready` is true. */
export interface BenchResult {
  nodes: number;
  edges: number;
  /** The renderer actually used: "webgl" falls back to "canvas" where the browser has no WebGL 2. */
  renderer: RendererName;
  requestedRenderer: RendererName;
  firstRenderMs: number;
  layoutMs: number;
  /** Until the force layout's final positions were on screen (big graphs are refined after their first layout). */
  refinedMs: number;
  ready: true;
}

declare global {
  interface Window {
    __benchResult?: BenchResult | { ready: false; error: string };
    /** Pans and zooms for `frames` animation frames; resolves with each frame's duration in ms. */
    __benchPan?: (frames: number) => Promise<number[]>;
  }
}

const params = new URLSearchParams(location.search);
const intParam = (key: string, fallback: number) => {
  const v = Number.parseInt(params.get(key) ?? '', 10);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};
const nodeCount = intParam('nodes', 5_000);
const edgeCount = intParam('edges', 20_000);
const requested: RendererName = params.get('renderer') === 'webgl' ? 'webgl' : 'canvas';
const status = document.getElementById('bench-status') as HTMLElement;
const container = document.getElementById('graph') as HTMLElement;

async function run(): Promise<void> {
  // As in the explorer, the layout worker starts with the page, while the data is being fetched (here: generated).
  const worker = new ForceLayoutWorker();
  const warm = worker.warm();
  const graph = syntheticGraph(nodeCount, edgeCount);
  await warm;
  const renderer: RendererName = requested === 'webgl' && webglAvailable() ? 'webgl' : 'canvas';
  // Explorer code path for big graphs: the same view, stylesheet, draw pipeline and layout worker.
  const view = new GraphView({
    container,
    renderer,
    styleMode: chooseStyleMode(graph.nodes.length, renderer),
  });
  const timings = await drawInitial(view, graph, 'force', { focus: null, worker });
  window.__benchPan = (frames) => pan(view, frames);
  window.__benchResult = {
    nodes: view.cy.nodes().length,
    edges: view.cy.edges().length,
    renderer,
    requestedRenderer: requested,
    firstRenderMs: Math.round(timings.firstRenderMs),
    layoutMs: Math.round(timings.layoutMs),
    refinedMs: Math.round(timings.refinedMs),
    ready: true,
  };
  status.textContent = `${graph.nodes.length} nodes, ${graph.edges.length} edges, ${renderer}: first render ${Math.round(
    timings.firstRenderMs,
  )} ms, layout ${Math.round(timings.layoutMs)} ms`;
}

/**
 * Pans in a circle and zooms in and out, one step per animation frame, the way a person drags and scrolls. Each
 * entry is the time between two frames, which includes Cytoscape's redraw.
 */
function pan(view: GraphView, frames: number): Promise<number[]> {
  const cy = view.cy;
  const baseZoom = cy.zoom();
  const times: number[] = [];
  return nextPaint().then(
    () =>
      new Promise((resolve) => {
        let last = performance.now();
        let frame = 0;
        const step = (now: number) => {
          if (frame > 0) times.push(Math.round((now - last) * 100) / 100);
          last = now;
          if (frame >= frames) {
            resolve(times);
            return;
          }
          const t = frame / 30;
          cy.panBy({ x: Math.cos(t) * 12, y: Math.sin(t) * 12 });
          cy.zoom({
            level: baseZoom * (1 + 0.25 * Math.sin(t / 2)),
            renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
          });
          frame += 1;
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
  );
}

run().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  window.__benchResult = { ready: false, error: message };
  status.textContent = `Benchmark failed: ${message}`;
  console.error(error);
});
