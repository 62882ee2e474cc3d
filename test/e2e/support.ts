import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CLIENT_DIR } from '../../server/http/app.js';
import { CHROMIUM, launchChromium } from '../helpers/chromium.js';
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

/** Opens a page at 1440×900 and waits for the explorer's ready signal (`<html data-ready="true">`). */
export async function openExplorer(browser: Browser, url: string): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
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
 * The real server (seeded with the user's document) and Chromium, started once for a test file and closed after it.
 * Returns accessors, since both exist only once beforeAll has run.
 */
export function explorerHarness(): { server: () => TestServer; browser: () => Browser } {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    requireBuiltClient();
    server = await startTestServer();
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
