import { describe, expect, it } from 'vitest';
import { testServer } from '../helpers/db.js';
import { explorerHarness, openExplorer, screenshotPath, waitInspector } from './support.js';

const harness = explorerHarness();

describe('when Neo4j goes away', () => {
  it('says so plainly, and recovers by itself when it is back', async () => {
    const { page } = await openExplorer(harness.browser(), `${harness.server().url}/`);
    await expect(page.locator('#banner').isHidden()).resolves.toBe(true);

    const neo4j = testServer();
    await neo4j.stop();
    try {
      // The health poll notices by itself; asking a question meanwhile shows the outage where the answer would be.
      await page.waitForSelector('#banner[data-health="database-down"]', { timeout: 20_000 });
      await expect(page.locator('#banner').textContent()).resolves.toContain('The database is not answering');
      await page.keyboard.press('/');
      await page.keyboard.type('kafka');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#inspector[data-state="error"]', { timeout: 20_000 });
      await expect(page.locator('#inspector').textContent()).resolves.toContain('database is not answering');
      await page.screenshot({ path: screenshotPath('database-down.png') });
    } finally {
      await neo4j.start({ detached: true });
    }

    await page.waitForSelector('#banner[data-health="ok"]', { state: 'attached', timeout: 60_000 });
    // What failed during the outage is loaded again without a reload.
    await waitInspector(page, 'tool', 'tool:apache-kafka');
    await expect(page.locator('#inspector .usage').count()).resolves.toBe(2);
    await page.context().close();
  });
});
