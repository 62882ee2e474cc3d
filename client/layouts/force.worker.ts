import { type ForceOptions, runForceLayout } from './force.js';
import type { LayoutGraph, Positions } from './types.js';

/** A layout request: an id so the page can ignore answers to requests it has replaced. */
export interface ForceRequest {
  id: number;
  graph: LayoutGraph;
  options: Partial<ForceOptions>;
}

export type ForceResponse =
  | { id: number; positions: Positions; ms: number }
  | { id: number; error: string }
  | { id: 0; ready: true };

// fcose on thousands of nodes takes seconds; here it cannot freeze the page.
self.addEventListener('message', (event: MessageEvent<ForceRequest>) => {
  const { id, graph, options } = event.data;
  const started = performance.now();
  let response: ForceResponse;
  try {
    response = { id, positions: runForceLayout(graph, options), ms: performance.now() - started };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
});

// Tells the page the script is loaded: a request posted before this waits until the page's thread is idle, which
// on a big first render is seconds later.
const ready: ForceResponse = { id: 0, ready: true };
self.postMessage(ready);
