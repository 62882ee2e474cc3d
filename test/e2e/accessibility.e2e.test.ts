import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  clickNode,
  DESKTOP,
  explorerHarness,
  openExplorer,
  SCREENS,
  type Screen,
  seriousViolations,
  waitInspector,
} from './support.js';

// axe-core on the explorer's own pages, in each state a person meets: no serious or critical violation.

const harness = explorerHarness();

interface State {
  name: string;
  path: string;
  ready: (page: Page) => Promise<unknown>;
}

const STATES: State[] = [
  { name: 'the first view', path: '/', ready: async () => {} },
  {
    name: 'a tool’s answer with a quote opened in context',
    path: '/?focus=tool%3Aconfluence',
    ready: async (page) => {
      await waitInspector(page, 'tool', 'tool:confluence');
      await page.locator('#inspector details.quote-context summary').first().click();
    },
  },
  {
    name: 'a job',
    path: '/?focus=job%3Ame%3A1',
    ready: (page) => waitInspector(page, 'job', 'job:me:1'),
  },
  {
    name: 'a known tool no job names',
    path: '/?ask=k8s',
    ready: (page) => waitInspector(page, 'unknown-tool'),
  },
  {
    name: 'the Recurrence view',
    path: '/?view=recurrence',
    ready: (page) => page.waitForSelector('.rank-row'),
  },
  { name: 'the Matrix view', path: '/?view=matrix', ready: (page) => page.waitForSelector('.matrix-table') },
  {
    name: 'the Timeline view without dates',
    path: '/?view=timeline',
    ready: (page) => page.waitForSelector('.tl-empty'),
  },
  {
    name: 'a shortest path',
    path: '/?from=tool%3Aapache-kafka&to=company%3Aetsy',
    ready: (page) => waitInspector(page, 'path'),
  },
];

async function check(screen: Screen, state: State): Promise<void> {
  const { page } = await openExplorer(harness.browser(), `${harness.server().url}${state.path}`, screen);
  await state.ready(page);
  expect(await seriousViolations(page)).toEqual([]);
  await page.context().close();
}

describe('axe-core finds no serious or critical violation', () => {
  it.each(STATES)('on a desktop: $name', (state) => check(DESKTOP, state));

  it.each(SCREENS)('on a $name: the first view, a tool’s answer, and the open drawer', async (screen) => {
    await check(screen, STATES[0] as State);
    await check(screen, STATES[1] as State);
    const { page } = await openExplorer(harness.browser(), `${harness.server().url}/`, screen);
    await page.click('#drawer-toggle');
    await page.waitForSelector('#sidebar.open #filter-category', { state: 'visible' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('with a node picked on the canvas', async () => {
    const { page } = await openExplorer(harness.browser(), `${harness.server().url}/`);
    await clickNode(page, 'job:me:1');
    await waitInspector(page, 'job', 'job:me:1');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
