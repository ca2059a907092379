import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickPainted } from './support/click-figure';
import { axeViolationsInTallyUiFirefox, readPopoverFirefox, waitPopoverFirefox } from './support/firefox-ui';
import { HOSTILE_CASES } from './support/hostile-cases';
import { puppeteerCheckPage } from './support/page-checks';
import { listPainted, readTallyState } from './support/tally-page';
import { useFirefox } from './support/use-browser';

const tally = useFirefox();

describe('the demo article in Firefox', () => {
  let page: Page;
  beforeAll(async () => {
    page = await tally.openDone('/pages/demo/page.html');
  });
  afterAll(() => page?.close());

  it('is read, matched and painted by the content script', async () => {
    const state = await page.evaluate(readTallyState);
    expect(state.claims).toBeGreaterThan(10);
    expect(state.diverging).toBeGreaterThanOrEqual(1);
    const painted = await page.evaluate(listPainted, 'article');
    expect(painted.some((p) => p.status === 'diverges')).toBe(true);
    expect(painted.filter((p) => !p.insideArticle)).toEqual([]);
  });

  it('opens the popover on a real click on a diverging figure, with no axe-core violations', async () => {
    expect(await clickPainted(page, 'diverges')).not.toBeNull();
    const pop = await waitPopoverFirefox(page);
    expect(pop?.status).toBe('diverges');
    expect(pop?.others).toBeGreaterThanOrEqual(1);
    expect(await axeViolationsInTallyUiFirefox(page, '.pop')).toEqual([]);
    await page.keyboard.press('Escape');
    await waitPopoverFirefox(page, false);
  });

  it("lists the page's figures of the same thing counted otherwise under Related figures, with their source as written", async () => {
    expect(await clickPainted(page, 'diverges')).not.toBeNull();
    const pop = await waitPopoverFirefox(page);
    expect(pop?.text).toContain('Related figures');
    // the Air Force's own counts of the night (shot down, lost from radar) are related, never compared;
    // the page writes "Ukraine's Air Force", the dataset "Air Force of the Armed Forces of Ukraine"
    expect(pop?.text).toMatch(/Ukraine.s Air Force/);
    await page.keyboard.press('Escape');
    await waitPopoverFirefox(page, false);
    expect(await readPopoverFirefox(page)).toBeNull();
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
