import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { seedFiles } from '../../seed/seed.js';
import { CLIENT_DIR } from '../../server/http/app.js';
import { CHROMIUM, launchChromium } from '../helpers/chromium.js';
import { testDatabase, wipe } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

export const SCREENSHOTS = join(import.meta.dirname, 'screenshots');

/** Fails with what to do when the explorer was not built; the server would otherwise answer 503 for `/`. */
export function requireBuiltClient(): void {
  if (!existsSync(join(CLIENT_DIR, 'index.html'))) {
    throw new Error(`${CLIENT_DIR} is missing: run \`npm run build:client\` before the end-to-end tests.`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: install Debian's chromium package (apt-get install chromium).`,
    );
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
}

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

/** A screen the explorer is designed for. */
export interface Screen {
  name: string;
  width: number;
  height: number;
}

export const DESKTOP: Screen = { name: 'desktop', width: 1440, height: 900 };

/** The three narrow screens of issue 13: a phone, a tablet upright, a small laptop. */
export const SCREENS: readonly Screen[] = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'laptop', width: 1024, height: 768 },
];

/** Opens a page (1440×900 unless told) and waits for the explorer's ready signal (`<html data-ready="true">`). */
export async function openExplorer(
  browser: Browser,
  url: string,
  screen: Screen = DESKTOP,
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: screen.width, height: screen.height },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await waitReady(page);
  return { page, errors };
}

export async function waitReady(page: Page): Promise<void> {
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached', timeout: 30_000 });
  await page.waitForSelector('#graph[data-layout="done"]', { state: 'attached', timeout: 30_000 });
}

/** Waits until the inspector shows a finished answer of the given kind (and focus, when given). */
export async function waitInspector(page: Page, view: string, focus?: string): Promise<void> {
  const focusPart = focus ? `[data-focus="${focus}"]` : '';
  await page.waitForSelector(`#inspector[data-view="${view}"][data-state="ready"]${focusPart}`, {
    timeout: 20_000,
  });
}

/** Clicks a node on the canvas where Cytoscape drew it, like a person would. */
export async function clickNode(
  page: Page,
  id: string,
  modifiers: ('Shift' | 'Control')[] = [],
): Promise<void> {
  const point = await page.evaluate((nodeId) => {
    const cy = window.skillgraph?.cy;
    const node = cy?.getElementById(nodeId);
    if (!cy || !node || node.empty()) return null;
    const container = cy.container()?.getBoundingClientRect();
    const p = node.renderedPosition();
    return container ? { x: container.left + p.x, y: container.top + p.y } : null;
  }, id);
  if (!point) throw new Error(`node ${id} is not drawn`);
  for (const key of modifiers) await page.keyboard.down(key);
  await page.mouse.click(point.x, point.y);
  for (const key of modifiers) await page.keyboard.up(key);
}

export function screenshotPath(name: string): string {
  return join(SCREENSHOTS, name);
}

/**
 * The real server (seeded with the user's document, or with `files` instead; `env` adds configuration) and
 * Chromium, started once for a test file and closed after it. Returns accessors, since both exist only once beforeAll has run.
 */
export function explorerHarness(options: { files?: string[]; env?: Record<string, string> } = {}): {
  server: () => TestServer;
  browser: () => Browser;
} {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    requireBuiltClient();
    if (options.files) {
      // Seeded before the server starts, so nothing it warms up or caches at start-up predates these documents.
      const db = testDatabase();
      try {
        await wipe(db);
        await seedFiles(db, options.files);
      } finally {
        await db.close();
      }
      server = await startTestServer({ seed: false, env: options.env ?? {} });
    } else server = await startTestServer({ env: options.env ?? {} });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    server: () => server as TestServer,
    browser: () => browser as Browser,
  };
}

/** Where a test fixture lives. */
export function fixture(...path: string[]): string {
  return join(import.meta.dirname, '..', 'fixtures', ...path);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Runs axe-core on the page as it is now and returns the serious and critical violations. The script is evaluated
 * through the debugging protocol: the page's Content-Security-Policy rightly refuses an injected script tag.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
    }
    const results = await axe.run(document);
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
  });
}

/** The labels drawn on the canvas, with their boxes on screen, and every pair of them that overlaps. */
export async function drawnLabels(page: Page): Promise<{
  labels: { id: string; text: string; px: number; box: { x1: number; y1: number; x2: number; y2: number } }[];
  overlaps: [string, string][];
}> {
  return page.evaluate(() => {
    const cy = window.skillgraph?.cy;
    if (!cy) throw new Error('no graph');
    const zoom = cy.zoom();
    const pan = cy.pan();
    const labels = cy
      .nodes()
      .filter((n) => n.visible() && n.style('label') !== '' && Number(n.style('text-opacity')) > 0)
      .map((n) => {
        const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true } as never);
        const px = Number.parseFloat(n.style('font-size')) * zoom;
        return {
          id: n.id(),
          text: n.style('label') as string,
          px,
          box: {
            x1: b.x1 * zoom + pan.x,
            y1: b.y1 * zoom + pan.y,
            x2: b.x2 * zoom + pan.x,
            y2: b.y2 * zoom + pan.y,
          },
        };
      })
      // Cytoscape does not draw a label smaller than the stylesheet's min-zoomed-font-size (8 px).
      .filter((l) => l.px >= 8 && l.box.x2 > l.box.x1);
    const overlaps: [string, string][] = [];
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i]?.box;
        const b = labels[j]?.box;
        if (a && b && a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
          overlaps.push([labels[i]?.id ?? '', labels[j]?.id ?? '']);
      }
    return { labels, overlaps };
  });
}

/** True when the page is no wider than the screen: nothing sits off to the side, nothing scrolls sideways. */
export async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

/** The on-screen box of an element, or null when it is not rendered. */
export async function boxOf(page: Page, selector: string) {
  return page.locator(selector).first().boundingBox();
}
