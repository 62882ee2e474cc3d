import { join } from 'node:path';
import { launchChromium } from '../helpers/chromium.js';

// Refreshes the README's picture, docs/screenshot.png: the explorer answering "where did I use Kafka?" at 1440×900.
// Run against a running explorer seeded with the bundled narratives (`npm start`):
//   npx tsx test/e2e/readme-screenshot.ts http://127.0.0.1:4000
// Tests never write tracked files, so this is a script, run by hand when the explorer's look changes.

const url = process.argv[2] ?? 'http://127.0.0.1:4000';
const out = join(import.meta.dirname, '..', '..', 'docs', 'screenshot.png');

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached', timeout: 30_000 });
  await page.waitForSelector('#graph[data-layout="done"]', { state: 'attached', timeout: 30_000 });
  await page.keyboard.press('/');
  await page.keyboard.type('ka');
  await page.keyboard.press('Enter');
  await page.waitForSelector(
    '#inspector[data-view="tool"][data-state="ready"][data-focus="tool:apache-kafka"]',
  );
  // The answer's zoom animates; the picture is taken once it rests.
  await page.waitForFunction(() => window.skillgraph?.cy?.animated() === false);
  await page.waitForTimeout(300);
  // Focus moved to the answer (for the keyboard); its outline has no place in a picture for the README.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
