/**
 * `npm start`: builds the extension, serves the demo article on 127.0.0.1 and
 * opens Chromium with Tally loaded on it. Without a display (or with
 * `--headless`) it loads the page headless, saves a screenshot and prints the
 * path and the annotations it saw, then exits.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/support/chromium';
import { serveFixtures } from '../tests/e2e/support/server';
import { listPainted, readTallyState } from '../tests/e2e/support/tally-page';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

console.log('Building Tally (Chrome and Firefox, with the local test hosts)…');
execFileSync(
  process.execPath,
  [resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/build-e2e.ts', '--quiet'],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
const server = await serveFixtures();
const demo = server.url('/pages/demo/page.html');
console.log(`Serving the demo article at ${demo}`);

const browser = await launchChromium({ headless });
const page = await browser.context.newPage();
await page.goto(demo);
await page.waitForSelector('html[data-tally="done"], html[data-tally="error"]', { timeout: 30_000 });
const state = await page.evaluate(readTallyState);
const painted = await page.evaluate(listPainted, 'article');

console.log(`\nTally: ${state.state}, ${state.claims} figures, ${state.diverging} diverging`);
for (const p of painted) console.log(`  ${p.status.padEnd(10)} ${p.text.replace(/\s+/g, ' ')}`);

if (headless) {
  const dir = resolve('.output-e2e/screenshots');
  mkdirSync(dir, { recursive: true });
  const path = resolve(dir, 'demo.png');
  await page.screenshot({ path, fullPage: true });
  console.log(`\nNo display: ran headless. Screenshot: ${path}`);
  await browser.close();
  await server.close();
} else {
  console.log(
    '\nChromium is open with Tally loaded. Click a highlighted figure, or press Alt+Shift+J then Enter.',
  );
  console.log('Close the browser window (or press Ctrl+C) to stop.');
  browser.context.on('close', () => void server.close().then(() => process.exit(0)));
  process.on(
    'SIGINT',
    () =>
      void browser
        .close()
        .then(() => server.close())
        .then(() => process.exit(0)),
  );
}
