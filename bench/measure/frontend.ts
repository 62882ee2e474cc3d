import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../test/helpers/chromium.js';
import { median, percentile, round } from '../lib/stats.js';

export interface FrontendCase {
  label: string;
  nodes: number;
  edges: number;
}

export interface FrontendResult extends FrontendCase {
  requestedRenderer: string;
  renderer: string;
  firstRenderMs: number;
  /** Until a complete layout with every edge was on screen. */
  layoutMs: number;
  /** Until the force layout's final positions were on screen (a big graph is refined after its first layout). */
  refinedMs: number;
  /** Until the page reported ready, as the bench saw it (page load and bundle parse included). */
  readyMs: number;
  frames: number;
  frameMedianMs: number;
  frameP95Ms: number;
  error?: string;
}

/** Element counts of the issue: 150, 1,000, 5,000 and 20,000 (nodes + edges), plus its 5,000-node goal case. */
export const FRONTEND_CASES: FrontendCase[] = [
  { label: '150 elements', nodes: 50, edges: 100 },
  { label: '1,000 elements', nodes: 300, edges: 700 },
  { label: '5,000 elements', nodes: 1250, edges: 3750 },
  { label: '20,000 elements', nodes: 5000, edges: 15000 },
  { label: '5,000 nodes + 20,000 edges (goal)', nodes: 5000, edges: 20000 },
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/** A tiny static server for the built client (dist/client), on a free loopback port. */
async function serveStatic(root: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(root, path === '/' ? 'index.html' : path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

type BenchWindow = {
  __benchResult?:
    | { ready: true; renderer: string; firstRenderMs: number; layoutMs: number; refinedMs: number }
    | { ready: false; error: string };
  __benchPan?: (frames: number) => Promise<number[]>;
};

async function runCase(
  browser: Browser,
  url: string,
  c: FrontendCase,
  renderer: 'canvas' | 'webgl',
  frames: number,
  tracePath?: string,
): Promise<FrontendResult> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const base = { ...c, requestedRenderer: renderer };
  try {
    if (tracePath) await browser.startTracing(page, { path: tracePath, screenshots: false });
    const started = Date.now();
    await page.goto(`${url}/bench.html?nodes=${c.nodes}&edges=${c.edges}&renderer=${renderer}`);
    await page.waitForFunction(
      () => (window as unknown as BenchWindow).__benchResult !== undefined,
      undefined,
      {
        timeout: 300_000,
        polling: 100,
      },
    );
    const readyMs = Date.now() - started;
    const result = await page.evaluate(() => (window as unknown as BenchWindow).__benchResult);
    if (!result) throw new Error('the page published no result');
    if (!result.ready) throw new Error(result.error);
    const times = await page.evaluate(
      (n) => (window as unknown as BenchWindow).__benchPan?.(n) ?? [],
      frames,
    );
    if (tracePath) await browser.stopTracing();
    const sorted = [...times].sort((a, b) => a - b);
    return {
      ...base,
      renderer: result.renderer,
      firstRenderMs: result.firstRenderMs,
      layoutMs: result.layoutMs,
      refinedMs: result.refinedMs,
      readyMs,
      frames: times.length,
      frameMedianMs: round(median(times), 2),
      frameP95Ms: round(percentile(sorted, 95), 2),
    };
  } catch (error) {
    return {
      ...base,
      renderer: '',
      firstRenderMs: Number.NaN,
      layoutMs: Number.NaN,
      refinedMs: Number.NaN,
      readyMs: Number.NaN,
      frames: 0,
      frameMedianMs: Number.NaN,
      frameP95Ms: Number.NaN,
      error: (error as Error).message.split('\n')[0],
    };
  } finally {
    await page.close();
  }
}

export interface TraceSummary {
  file: string;
  /** Main-thread time by trace event name over the traced run (ms), largest first. */
  topEvents: { name: string; ms: number }[];
}

/** Sums complete ('X') trace events of the renderer's main thread by name. */
function summarizeTrace(file: string): TraceSummary {
  const data = JSON.parse(readFileSync(file, 'utf8')) as {
    traceEvents: {
      name: string;
      ph: string;
      dur?: number;
      tid: number;
      pid: number;
      args?: { name?: string };
    }[];
  };
  const events = data.traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const byName = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    if (main && (e.pid !== main.pid || e.tid !== main.tid)) continue;
    byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
  }
  const topEvents = [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([name, ms]) => ({ name, ms: round(ms, 1) }));
  return { file, topEvents };
}

/**
 * The explorer's rendering in headless Chromium: dist/client/bench.html builds a synthetic skills-shaped graph of the
 * requested size, draws it with the canvas or the WebGL renderer and runs the force layout; the page reports first
 * render and layout times, then pans and zooms for `frames` frames. The goal case is also traced (Chromium's
 * performance timeline) when `trace` names a file.
 */
export async function measureFrontend(options: {
  clientDir: string;
  cases: FrontendCase[];
  frames: number;
  trace?: string;
  log: (line: string) => void;
}): Promise<{ results: FrontendResult[]; chromium: string; trace?: TraceSummary }> {
  const { server, url } = await serveStatic(options.clientDir);
  const browser = await launchChromium();
  try {
    const results: FrontendResult[] = [];
    let trace: TraceSummary | undefined;
    for (const c of options.cases) {
      for (const renderer of ['canvas', 'webgl'] as const) {
        const traceIt = options.trace !== undefined && c.edges === 20000 && renderer === 'canvas' && !trace;
        const r = await runCase(
          browser,
          url,
          c,
          renderer,
          options.frames,
          traceIt ? options.trace : undefined,
        );
        if (traceIt && options.trace && existsSync(options.trace)) {
          trace = summarizeTrace(options.trace);
          writeFileSync(`${options.trace}.summary.json`, JSON.stringify(trace, null, 2));
        }
        options.log(
          `  ${c.label}, ${renderer}${r.renderer && r.renderer !== renderer ? ` (ran ${r.renderer})` : ''}: ` +
            (r.error
              ? `failed: ${r.error}`
              : `first render ${r.firstRenderMs} ms, layout ${r.layoutMs} ms, force refined ${r.refinedMs} ms, frames median ${r.frameMedianMs} ms`),
        );
        results.push(r);
      }
    }
    return { results, chromium: browser.version(), ...(trace ? { trace } : {}) };
  } finally {
    await browser.close();
    server.close();
  }
}
