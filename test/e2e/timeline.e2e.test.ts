import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  explorerHarness,
  fitsWidth,
  fixture,
  openExplorer,
  SCREENS,
  screenshotPath,
  seriousViolations,
  waitInspector,
} from './support.js';

// A dated document: Noor Haddad was a Backend Developer at Petra Labs (2017 – 2021), then a Platform Engineer at
// Wadi Freight (Mar 2021 – Present).
const harness = explorerHarness({ files: [fixture('inputs', 'stances-resume.md')] });

/** Left edge and width of an element, as percentages of its track. */
async function placement(page: Page, selector: string): Promise<{ left: number; width: number }> {
  return page
    .locator(selector)
    .first()
    .evaluate((el: HTMLElement) => ({
      left: Number.parseFloat(el.style.left),
      width: Number.parseFloat(el.style.width),
    }));
}

describe('the timeline of a dated document', () => {
  it('draws jobs as bars over the years and tools as lanes of when each was used', async () => {
    const { page, errors } = await openExplorer(harness.browser(), `${harness.server().url}/?view=timeline`);
    await page.waitForSelector('.timeline .tl-bar');
    const bars = await page.locator('.tl-bar').allTextContents();
    expect(bars).toEqual(['2017 – 2021', 'Mar 2021 – present']);
    const years = await page.locator('.tl-year').allTextContents();
    expect(years[0]).toBe('2017');
    const petra = await placement(page, '.tl-bar >> nth=0');
    const wadi = await placement(page, '.tl-bar >> nth=1');
    expect(petra.left).toBe(0);
    // Wadi Freight starts in March 2021, after four years and two months of the axis.
    const span = Number(years.at(-1)) + 1 - 2017;
    expect(wadi.left).toBeCloseTo((100 * (4 + 2 / 12)) / span, 1);
    // Still held: the bar runs into the axis's last year, the current one.
    expect(wadi.left + wadi.width).toBeGreaterThan((100 * (span - 1)) / span);
    expect(Number(years.at(-1))).toBe(new Date().getFullYear());

    // A tool's lane has a segment exactly under each job that used it; the most recently used come first.
    const lanes = await page.locator('.tl-lane .tl-label').allTextContents();
    const django = lanes.findIndex((l) => l.startsWith('Django'));
    const go = lanes.findIndex((l) => l.startsWith('Go'));
    expect(django).toBeGreaterThan(-1);
    expect(go).toBeGreaterThan(-1);
    expect(go).toBeLessThan(django);
    expect(await placement(page, '.tl-lane:has-text("Django") .tl-seg')).toEqual(petra);
    expect(await placement(page, '.tl-lane:has-text("GitHub Actions") .tl-seg')).toEqual(wadi);
    await page.screenshot({ path: screenshotPath('timeline.png') });
    expect(await seriousViolations(page)).toEqual([]);

    // Choosing a lane answers where the tool was used, with when it was last used and over what span.
    await page.locator('.tl-lane button', { hasText: 'Django' }).click();
    await waitInspector(page, 'tool', 'tool:django');
    const when = (await page.locator('#inspector .tool-when').textContent()) ?? '';
    expect(when).toContain('Last used2021, at Petra Labs');
    expect(when).toContain('2017 – 2021');
    await expect(page.locator('.tl-lane.active .tl-label').textContent()).resolves.toContain('Django');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says a tool still in use was last used now, since the job it is used in', async () => {
    const { page } = await openExplorer(harness.browser(), `${harness.server().url}/?focus=tool%3Ago`);
    await waitInspector(page, 'tool', 'tool:go');
    const when = (await page.locator('#inspector .tool-when').textContent()) ?? '';
    expect(when).toContain('Last usednow, at Wadi Freight');
    expect(when).toContain('Mar 2021 – present');
    await expect(page.locator('#inspector .usage-dates').first().textContent()).resolves.toBe(
      ' · Mar 2021 – present',
    );
    await page.context().close();
  });

  it.each(SCREENS)('fits the timeline on a $name', async (screen) => {
    const { page } = await openExplorer(harness.browser(), `${harness.server().url}/?view=timeline`, screen);
    await page.waitForSelector('.timeline .tl-bar');
    expect(await fitsWidth(page)).toBe(true);
    const bar = await page.locator('.tl-bar').last().boundingBox();
    expect((bar?.x ?? 0) + (bar?.width ?? 0)).toBeLessThanOrEqual(screen.width);
    await page.screenshot({ path: screenshotPath(`${screen.name}-timeline.png`), fullPage: true });
    await page.context().close();
  });
});
