import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../helpers/server.js';
import {
  DESKTOP,
  explorerHarness,
  fitsWidth,
  openExplorer,
  SCREENS,
  type Screen,
  screenshotPath,
  seriousViolations,
  waitReady,
} from './support.js';

// The "Match a job" panel (issue 10) in Chromium against the real server and the bundled narratives: a posting
// pasted, the answer grouped by status with its evidence, the graph marked, the pack downloaded, the posting kept
// across a reload, the keyboard and axe-core.

const harness = explorerHarness();

const POSTING = `# Data Platform Engineer

## Requirements
- Kafka and Spark in production
- Terraform
- Kubernetes

## Nice to have
- Apache Pulsar
`;

const PHONE = SCREENS.find((s) => s.name === 'phone') as Screen;

interface Answer {
  requirements: {
    tool: { id: string; name: string };
    priority: 'MUST' | 'NICE';
    status: string;
    usages: { job: { id: string; company: string | null }; evidence: { text: string }[] }[];
    adjacent: { tool: { name: string }; reason: string }[];
  }[];
  summary: { must: { total: number; evidenced: number }; nice: { total: number; evidenced: number } };
}

/** The server's own answer to the posting, which the panel must show (not a copy of it written here). */
let answer: Answer;

beforeAll(async () => {
  const { body } = await gql(
    harness.server().url,
    `query M($text: String!) { match(text: $text) {
      requirements { tool { id name } priority status usages { job { id company } evidence { text } } adjacent { tool { name } reason } }
      summary { must { total evidenced } nice { total evidenced } }
    } }`,
    { text: POSTING },
  );
  if (!body.data) throw new Error(`match failed: ${JSON.stringify(body.errors)}`);
  answer = (body.data as { match: Answer }).match;
});

const byName = (name: string) => {
  const r = answer.requirements.find((x) => x.tool.name === name);
  if (!r) throw new Error(`the answer has no ${name}`);
  return r;
};

/** Status → number of requirements, as the panel groups them. */
async function shownGroups(page: Page): Promise<Record<string, number>> {
  return page.$$eval('#match-results .match-group[data-status]', (groups) =>
    Object.fromEntries(
      groups.map((g) => [(g as HTMLElement).dataset.status, g.querySelectorAll('li.req').length]),
    ),
  );
}

function expectedGroups(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of answer.requirements) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return counts;
}

async function runMatch(page: Page): Promise<void> {
  await page.click('#match-toggle');
  await page.waitForSelector('#match-panel:not([hidden]) #match-text', { state: 'visible' });
  await page.fill('#match-text', POSTING);
  await page.click('#match-run');
  await page.waitForSelector('#match-results:not([hidden]) .match-group', { timeout: 20_000 });
}

const graphState = (page: Page) =>
  page.evaluate(() => {
    const cy = window.skillgraph?.cy;
    if (!cy) throw new Error('no graph');
    const ghost = cy.getElementById('ghost:tool:kubernetes');
    return {
      highlighted: cy.nodes('.highlighted').map((n) => n.id()),
      faded: cy.nodes('.faded').length,
      ghosts: cy.nodes('.ghost').map((n) => n.id()),
      ghostStyle: ghost.nonempty()
        ? { border: ghost.style('border-style'), opacity: Number(ghost.style('background-opacity')) }
        : null,
      status: document.getElementById('graph-status')?.textContent ?? '',
    };
  });

describe('Match a job', () => {
  it('answers a pasted posting at desktop size: grouped, with evidence, on the graph, as a pack, kept across a reload', async () => {
    // What the bundled narratives say, checked against the server rather than assumed.
    expect(byName('Apache Kafka').status).toBe('EVIDENCED');
    expect(byName('Apache Spark').status).toBe('EVIDENCED');
    expect(byName('Terraform').status).toBe('EVIDENCED');
    expect(byName('Kubernetes').status).toBe('MISSING');
    expect(byName('Apache Pulsar')).toMatchObject({ status: 'ADJACENT', priority: 'NICE' });

    const { page, errors } = await openExplorer(harness.browser(), harness.server().url, DESKTOP);
    const before = await graphState(page);
    await runMatch(page);

    // Focus moves to the answer, and the status line says what happened.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('match-results');
    expect(await page.textContent('#match-status')).toContain('Matched 5 requirements: 3 evidenced.');

    // Grouped by status, strongest proof first, with the counts of the real answer.
    expect(await shownGroups(page)).toEqual(expectedGroups());
    expect(
      await page.$$eval('#match-results .match-group[data-status]', (g) =>
        g.map((x) => (x as HTMLElement).dataset.status),
      ),
    ).toEqual(['EVIDENCED', 'ADJACENT', 'MISSING']);
    const { must, nice } = answer.summary;
    const coverage = await page.$$eval('#match-summary dd', (dds) => dds.map((d) => d.textContent ?? ''));
    expect(coverage[0]).toMatch(new RegExp(`^${must.evidenced} of ${must.total} evidenced`));
    expect(coverage[1]).toMatch(new RegExp(`^${nice.evidenced} of ${nice.total} evidenced`));
    expect(await page.textContent('#match-summary dl')).toContain('Must-haves');
    expect(await fitsWidth(page)).toBe(true);

    // Each item with its priority and the posting's sentence.
    const kafka = page.locator('li.req[data-tool="tool:apache-kafka"]');
    await expect(kafka.locator('.prio').textContent()).resolves.toBe('must');
    await expect(kafka.locator('.req-source q').textContent()).resolves.toBe('Kafka and Spark in production');
    const pulsar = page.locator('li.req[data-tool="tool:apache-pulsar"]');
    await expect(pulsar.locator('.prio').textContent()).resolves.toBe('nice');

    // Expanded: the jobs with their companies and best sentences; for the adjacent one, the substitute and why.
    const toggle = kafka.locator('button.req-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await kafka.locator('.req-details').isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const details = (await kafka.locator('.req-details').textContent()) ?? '';
    const firstUsage = byName('Apache Kafka').usages[0];
    expect(details).toContain(firstUsage?.evidence[0]?.text ?? '(no sentence)');
    expect(details).toContain(firstUsage?.job.company ?? '(no company)');
    expect(details).toContain(`Used in ${byName('Apache Kafka').usages.length} jobs`);
    await pulsar.locator('button.req-toggle').click();
    const substitute = byName('Apache Pulsar').adjacent[0];
    const pulsarDetails = (await pulsar.locator('.req-details').textContent()) ?? '';
    expect(pulsarDetails).toContain(substitute?.tool.name ?? '(none)');
    expect(pulsarDetails).toContain(substitute?.reason ?? '(none)');

    // The graph: evidenced tools and their jobs highlighted, the rest faded, Kubernetes a dashed, translucent ghost
    // that the counts leave out.
    const after = await graphState(page);
    for (const name of ['Apache Kafka', 'Apache Spark', 'Terraform']) {
      const r = byName(name);
      expect(after.highlighted).toContain(r.tool.id);
      for (const u of r.usages) expect(after.highlighted).toContain(u.job.id);
    }
    expect(after.faded).toBeGreaterThan(0);
    expect(after.ghosts).toEqual(['ghost:tool:kubernetes']);
    expect(after.ghostStyle?.border).toBe('dashed');
    expect(after.ghostStyle?.opacity).toBeLessThan(0.5);
    expect(after.status).toBe(before.status);

    // The pack, as Markdown and as JSON.
    const [md] = await Promise.all([page.waitForEvent('download'), page.click('#match-download-md')]);
    expect(md.suggestedFilename()).toMatch(/^skillgraph-match-data-platform-engineer-\d{4}-\d{2}-\d{2}\.md$/);
    const markdown = readFileSync(await md.path(), 'utf8');
    expect(markdown).toContain('Apache Kafka');
    expect(markdown).toContain(firstUsage?.evidence[0]?.text ?? '(no sentence)');
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#match-download-json')]);
    expect(json.suggestedFilename()).toMatch(/\.json$/);
    const pack = JSON.parse(readFileSync(await json.path(), 'utf8'));
    expect(pack.requirements.map((r: { tool: { name: string } }) => r.tool.name)).toEqual(
      answer.requirements.map((r) => r.tool.name),
    );

    await page.screenshot({ path: screenshotPath('match-desktop.png') });

    // A reload keeps the match: the posting from localStorage, matched again, the panel open as it was left.
    await page.reload();
    await waitReady(page);
    await page.waitForSelector('#match-results:not([hidden]) .match-group', { timeout: 20_000 });
    expect(await page.inputValue('#match-text')).toBe(POSTING);
    expect(await shownGroups(page)).toEqual(expectedGroups());
    await expect.poll(async () => (await graphState(page)).ghosts).toEqual(['ghost:tool:kubernetes']);
    expect((await graphState(page)).highlighted).toContain('tool:apache-kafka');

    // Clear forgets it: the panel, the browser's storage and the graph.
    await page.click('#match-clear');
    expect(await page.isHidden('#match-results')).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('skillgraph.match.v1'))).toBeNull();
    const cleared = await graphState(page);
    expect(cleared.ghosts).toEqual([]);
    expect(cleared.highlighted).toEqual([]);
    await page.reload();
    await waitReady(page);
    expect(await page.isHidden('#match-panel')).toBe(true);
    expect(await page.getAttribute('#match-toggle', 'aria-expanded')).toBe('false');

    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('works on a phone (390×844): the toggle in the toolbar, the panel in the page, Ctrl+Enter runs it', async () => {
    const { page, errors } = await openExplorer(harness.browser(), harness.server().url, PHONE);
    const box = await page.locator('#match-toggle').boundingBox();
    expect(box).not.toBeNull();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(PHONE.width);
    await page.click('#match-toggle');
    await page.fill('#match-text', POSTING);
    await page.press('#match-text', 'Control+Enter');
    await page.waitForSelector('#match-results:not([hidden]) .match-group', { timeout: 20_000 });
    expect(await shownGroups(page)).toEqual(expectedGroups());
    const item = page.locator('li.req[data-tool="tool:terraform"]');
    await item.locator('button.req-toggle').click();
    expect(await item.locator('.req-details blockquote').first().textContent()).toBe(
      byName('Terraform').usages[0]?.evidence[0]?.text,
    );
    expect(await fitsWidth(page)).toBe(true);
    expect((await graphState(page)).ghosts).toEqual(['ghost:tool:kubernetes']);
    await page.screenshot({ path: screenshotPath('match-phone.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('can be used with the keyboard alone, and Esc closes it and gives focus back', async () => {
    const { page } = await openExplorer(harness.browser(), harness.server().url, DESKTOP);
    const active = () =>
      page.evaluate(() => document.activeElement?.id ?? document.activeElement?.className ?? '');
    for (let i = 0; i < 80 && (await active()) !== 'match-toggle'; i++) await page.keyboard.press('Tab');
    expect(await active()).toBe('match-toggle');
    await page.keyboard.press('Enter');
    expect(await active()).toBe('match-text');
    await page.keyboard.insertText(POSTING);
    await page.keyboard.press('Control+Enter');
    await page.waitForSelector('#match-results:not([hidden]) .match-group', { timeout: 20_000 });
    expect(await active()).toBe('match-results');
    // Tab reaches the downloads, then the first requirement; Enter opens it.
    await page.keyboard.press('Tab');
    expect(await active()).toBe('match-download-md');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('req-toggle'))).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('true');
    await page.keyboard.press('Escape');
    expect(await page.isHidden('#match-panel')).toBe(true);
    expect(await active()).toBe('match-toggle');
    // Closing keeps the match on the graph until Clear.
    expect((await graphState(page)).ghosts).toEqual(['ghost:tool:kubernetes']);
    await page.context().close();
  });

  it('passes axe-core with the answer open and an item expanded', async () => {
    const { page } = await openExplorer(harness.browser(), harness.server().url, DESKTOP);
    await runMatch(page);
    await page.locator('li.req button.req-toggle').first().click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('shows the server’s refusals in plain words: an empty posting, one over 100 KB', async () => {
    const { page } = await openExplorer(harness.browser(), harness.server().url, DESKTOP);
    await page.click('#match-toggle');
    await page.click('#match-run');
    await page.waitForSelector('#match-status[data-state="error"]');
    expect(await page.textContent('#match-status')).toContain('must not be empty');
    await page.fill('#match-text', `- Kafka\n${'x'.repeat(101 * 1024)}`);
    await page.click('#match-run');
    await expect.poll(() => page.textContent('#match-status'), { timeout: 20_000 }).toContain('up to 100 KB');
    expect(await page.getAttribute('#match-status', 'data-state')).toBe('error');
    expect(await page.isHidden('#match-results')).toBe(true);
    await page.context().close();
  });
});
