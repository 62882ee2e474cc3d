import type { ForceOptions } from './force.js';
import type { ForceRequest, ForceResponse } from './force.worker.js';
import type { LayoutGraph, Positions } from './types.js';

/**
 * Runs the force layout in a Web Worker. A new request supersedes the one in flight: the old worker is terminated
 * (fcose cannot be interrupted from outside) and its promise rejects with an AbortError.
 */
export class ForceLayoutWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending: { id: number; reject: (error: Error) => void } | null = null;
  private ready: Promise<void> | null = null;

  /** Starts the worker (if needed) and resolves once its script has loaded and it can take requests at once. */
  warm(): Promise<void> {
    this.ensureWorker();
    return this.ready ?? Promise.resolve();
  }

  run(
    graph: LayoutGraph,
    options: Partial<ForceOptions> = {},
  ): Promise<{ positions: Positions; ms: number }> {
    this.cancel();
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending = { id, reject };
      const onMessage = (event: MessageEvent<ForceResponse>) => {
        if (event.data.id !== id) return;
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        this.pending = null;
        if ('error' in event.data) reject(new Error(`layout failed: ${event.data.error}`));
        else if ('positions' in event.data) resolve({ positions: event.data.positions, ms: event.data.ms });
      };
      const onError = (event: ErrorEvent) => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        this.pending = null;
        this.worker = null;
        this.ready = null;
        reject(new Error(`layout worker failed: ${event.message}`));
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      const request: ForceRequest = { id, graph, options };
      worker.postMessage(request);
    });
  }

  cancel(): void {
    if (!this.pending) return;
    this.worker?.terminate();
    this.worker = null;
    this.ready = null;
    const abort = new Error('layout superseded');
    abort.name = 'AbortError';
    this.pending.reject(abort);
    this.pending = null;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./force.worker.ts', import.meta.url), { type: 'module' });
    this.worker = worker;
    this.ready = new Promise((resolve) => {
      const onReady = (event: MessageEvent<ForceResponse>) => {
        if (!('ready' in event.data)) return;
        worker.removeEventListener('message', onReady);
        resolve();
      };
      worker.addEventListener('message', onReady);
      // A worker that fails to load never says ready; run() reports the error, so do not hold callers up.
      worker.addEventListener('error', () => resolve(), { once: true });
    });
    return worker;
  }
}
