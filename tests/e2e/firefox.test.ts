import { describe, expect, it } from 'vitest';
import { launchFirefox } from './support/firefox';
import { HOSTILE_CASES } from './support/hostile-cases';
import { puppeteerCheckPage } from './support/page-checks';
import { listPainted, readTallyState } from './support/tally-page';
import { useBrowser } from './support/use-browser';

const tally = useBrowser(() => launchFirefox());

describe('the demo article in Firefox', () => {
  it('is read, matched and painted by the content script', async () => {
    const page = await tally.browser.newPage();
    await page.goto(tally.server.url('/pages/demo/page.html'));
    await page.waitForSelector('html[data-tally="done"]', { timeout: 20_000 });
    const state = await page.evaluate(readTallyState);
    expect(state.claims).toBeGreaterThan(10);
    expect(state.diverging).toBeGreaterThanOrEqual(1);
    const painted = await page.evaluate(listPainted, 'article');
    expect(painted.some((p) => p.status === 'diverges')).toBe(true);
    expect(painted.filter((p) => !p.insideArticle)).toEqual([]);
    await page.close();
  });
});

describe('hostile and heavy pages in Firefox', () => {
  it.each(HOSTILE_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const page = await tally.browser.newPage();
    await page.goto(tally.server.url(c.path));
    await c.run(puppeteerCheckPage(page));
    await page.close();
  });
});
