import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TYPE_STYLES } from '../../client/styles/palette.js';
import { explorerHarness, openExplorer, SCREENS, screenshotPath, waitInspector } from './support.js';

// Proof a person can take away: copied Markdown, the answer as JSON, a framed PNG, a printed page, and every quote
// traceable to its file, line and paragraph.

const harness = explorerHarness();

async function openKafka(page: Page): Promise<void> {
  await page.goto(`${harness.server().url}/?focus=tool%3Aapache-kafka`);
  await waitInspector(page, 'tool', 'tool:apache-kafka');
}

describe('proof to take away', () => {
  it('copies an answer as Markdown: each job, its company, the quotes and their lines', async () => {
    const { page } = await openExplorer(harness.browser(), `${harness.server().url}/`);
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.server().url });
    await openKafka(page);
    await page.click('#inspector .btn-proof');
    await expect
      .poll(() => page.locator('#inspector .copy-note').textContent())
      .toBe('Copied as Markdown: 4 quotes with file and line.');
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toContain('## Where I used Apache Kafka');
    expect(markdown).toContain('### Team Lead — Truist Financial Corporation');
    expect(markdown).toContain(
      '> Created data ingestion pipelines using AWS Lambda, Kinesis, and **Kafka** for real-time and batch processing.',
    );
    expect(markdown).toContain('> — narratives.md, line 21 (Features)');
    expect(markdown).toContain('### Senior Big Data Engineer — Pfizer');
    expect(markdown).toContain('**Confluent Kafka**');

    // A job's proof is its evidence, each sentence with its line.
    await page.locator('#inspector .usage-job').first().click();
    await waitInspector(page, 'job', 'job:me:1');
    await page.click('#inspector .btn-proof');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toContain('## Team Lead — Truist Financial Corporation');
    const job = await page.evaluate(() => navigator.clipboard.readText());
    expect(job).toContain('### Evidence');
    expect(job).toMatch(/> — narratives\.md, line \d+/);
    await page.context().close();
  });

  it('exports the focused answer with its evidence as JSON, and the visible graph when nothing is focused', async () => {
    const { page } = await openExplorer(harness.browser(), `${harness.server().url}/`);
    const [graphFile] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    expect(graphFile.suggestedFilename()).toBe('skillgraph-graph.json');
    const graph = JSON.parse(readFileSync(await graphFile.path(), 'utf8'));
    expect(graph.nodes.length).toBeGreaterThan(20);

    await openKafka(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    expect(download.suggestedFilename()).toBe('skillgraph-where-i-used-apache-kafka.json');
    const doc = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(doc.question).toBe('Where did I use Apache Kafka?');
    expect(doc.exportedFrom).toContain('focus=tool%3Aapache-kafka');
    expect(doc.answer.tool.name).toBe('Apache Kafka');
    expect(doc.answer.usages.map((u: { job: { id: string } }) => u.job.id)).toEqual(['job:me:1', 'job:me:4']);
    expect(doc.answer.usages[0].evidence[0]).toMatchObject({
      line: 21,
      source: 'narratives.md',
      section: 'Features',
    });
    expect(doc.nodes).toBeUndefined();
    expect(doc.answer.nodes).toBeUndefined();
    await page.context().close();
  });

  it('frames the PNG with a title above and a legend of what it shows below', async () => {
    const { page } = await openExplorer(harness.browser(), `${harness.server().url}/`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    expect(download.suggestedFilename()).toBe('skillgraph.png');
    const png = readFileSync(await download.path());
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // Read the picture back in the page: dark title text in the top band; the legend's colours in the bottom band.
    const found = await page.evaluate(
      async ({ data, colours }) => {
        const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
        const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
        ctx.drawImage(image, 0, 0);
        const band = (y0: number, y1: number) => ctx.getImageData(0, y0, image.width, y1 - y0).data;
        const has = (pixels: Uint8ClampedArray, hex: string) => {
          const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
          for (let i = 0; i < pixels.length; i += 4)
            if (pixels[i] === r && pixels[i + 1] === g && pixels[i + 2] === b) return true;
          return false;
        };
        const top = band(0, 120);
        const bottom = band(image.height - 200, image.height);
        return {
          title: has(top, '#0f172a'),
          legend: Object.fromEntries(Object.entries(colours).map(([type, hex]) => [type, has(bottom, hex)])),
        };
      },
      {
        data: png.toString('base64'),
        colours: {
          JOB: TYPE_STYLES.JOB.color,
          COMPANY: TYPE_STYLES.COMPANY.color,
          TOOL: TYPE_STYLES.TOOL.color,
          INCIDENT: TYPE_STYLES.INCIDENT.color,
        },
      },
    );
    expect(found.title).toBe(true);
    // The legend lists the types on show, and only those.
    expect(found.legend).toEqual({ JOB: true, COMPANY: true, TOOL: true, INCIDENT: false });
    await page.context().close();
  });

  it('prints an answer as a clean page: the quotes with their paragraphs, without the page around them', async () => {
    const { page } = await openExplorer(
      harness.browser(),
      `${harness.server().url}/?focus=tool%3Aconfluence`,
    );
    await waitInspector(page, 'tool', 'tool:confluence');
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const printed = await page.evaluate(() => {
      const shown = (selector: string) => {
        const el = document.querySelector(selector);
        return el !== null && getComputedStyle(el).display !== 'none';
      };
      const inspector = document.getElementById('inspector') as HTMLElement;
      return {
        header: shown('.topbar'),
        filters: shown('.sidebar'),
        graph: shown('.stage'),
        buttons: shown('#inspector .insp-actions'),
        answer: shown('#inspector'),
        clipped: getComputedStyle(inspector).overflow !== 'visible',
        closed: document.querySelectorAll('#inspector details:not([open])').length,
        note: document.getElementById('print-note')?.textContent ?? '',
      };
    });
    expect(printed).toMatchObject({
      header: false,
      filters: false,
      graph: false,
      buttons: false,
      answer: true,
      clipped: false,
      closed: 0,
    });
    expect(printed.note).toContain('focus=tool%3Aconfluence');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.screenshot({ path: screenshotPath('print.png'), fullPage: true });
    await page.context().close();
  });

  it('shows each quote’s file and line, and the paragraph it came from with the sentence marked', async () => {
    const { page } = await openExplorer(
      harness.browser(),
      `${harness.server().url}/?focus=tool%3Aconfluence`,
    );
    await waitInspector(page, 'tool', 'tool:confluence');
    const sources = await page.locator('#inspector .quote .quote-source').allTextContents();
    expect(sources.length).toBeGreaterThan(5);
    for (const source of sources) expect(source).toMatch(/^narratives\.md, line \d+/);
    const quote = page.locator('#inspector .quote:has(details.quote-context)').first();
    const sentence = ((await quote.locator('blockquote').textContent()) ?? '').trim();
    await quote.locator('summary').click();
    const context = quote.locator('.context');
    await expect(context.isVisible()).resolves.toBe(true);
    const paragraph = (await context.textContent()) ?? '';
    const marked = (await context.locator('mark.in-context').textContent()) ?? '';
    expect(paragraph.length).toBeGreaterThan(sentence.length);
    expect(marked.replace(/\s+/g, ' ')).toBe(sentence.replace(/\s+/g, ' '));
    await page.screenshot({ path: screenshotPath('evidence-context.png') });
    await page.context().close();
  });

  it('titles each incident from its own words', async () => {
    const { page } = await openExplorer(harness.browser(), `${harness.server().url}/?focus=job%3Ame%3A1`);
    await waitInspector(page, 'job', 'job:me:1');
    const titles = await page.locator('#inspector .incident h3').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).not.toBe('Production incident');
    await page.context().close();
  });

  it('says how to add dates when the narratives have none', async () => {
    const { page } = await openExplorer(harness.browser(), `${harness.server().url}/?view=timeline`);
    await page.waitForSelector('.tl-empty');
    const text = (await page.locator('.tl-empty').textContent()) ?? '';
    expect(text).toContain('None of your 6 jobs has dates');
    expect(text).toContain('start: 2019-03');
    expect(text).toContain('docs/input-formats.md');
    await page.context().close();
  });

  it.each(SCREENS)('keeps the exports within reach on a $name', async (screen) => {
    const { page } = await openExplorer(harness.browser(), `${harness.server().url}/`, screen);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    expect(download.suggestedFilename()).toBe('skillgraph.png');
    await openKafka(page);
    await page.locator('#inspector .btn-proof').scrollIntoViewIfNeeded();
    await expect(page.locator('#inspector .btn-proof').isVisible()).resolves.toBe(true);
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    expect(json.suggestedFilename()).toBe('skillgraph-where-i-used-apache-kafka.json');
    await page.context().close();
  });
});
