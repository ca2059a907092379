import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolationsInTallyUi } from './support/axe';
import { clickFigure } from './support/click-figure';
import { screenshotPath } from './support/screenshot-path';
import { listPainted, readTallyState } from './support/tally-page';
import { focusedIn, readPopover, waitPopover } from './support/tally-ui';
import { useChromium } from './support/use-browser';

const tally = useChromium();

describe('the demo article in Chromium', () => {
  let page: Page;
  beforeAll(async () => {
    page = await tally.openDone('/pages/demo/page.html');
  });
  afterAll(() => page?.close());

  it('reports its state on <html>', async () => {
    // The README's picture: the paragraphs with the diverging and agreeing drone counts, above the cookie banner.
    await page.locator('article p', { hasText: 'attack and decoy drones' }).evaluate((p) => {
      p.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -24);
    });
    await page.screenshot({
      path: screenshotPath('demo.png'),
      clip: { x: 0, y: 0, width: 1280, height: 760 },
    });
    const state = await page.evaluate(readTallyState);
    expect(state.state).toBe('done');
    expect(state.claims).toBeGreaterThan(10);
    expect(state.diverging).toBeGreaterThanOrEqual(1);
  });

  it.each(['diverges', 'agrees'])(
    'paints at least one %s highlight with the Custom Highlight API',
    async (status) => {
      const painted = await page.evaluate(listPainted, 'article');
      expect(painted.filter((p) => p.status === status).length).toBeGreaterThanOrEqual(1);
      expect(await page.locator('tally-mark').count()).toBe(0);
    },
  );

  it('highlights nothing outside the article body', async () => {
    const painted = await page.evaluate(listPainted, 'article');
    expect(painted.length).toBeGreaterThan(0);
    expect(painted.filter((p) => !p.insideArticle)).toEqual([]);
  });

  it('opens the popover on a click on a diverging figure', async () => {
    expect(await clickFigure(page, 'diverges')).not.toBeNull();
    const pop = await readPopover(page);
    expect(pop?.status).toBe('diverges');
    expect(pop?.others).toBeGreaterThanOrEqual(1);
    await page.screenshot({ path: screenshotPath('popover.png') });
    expect(await axeViolationsInTallyUi(page, '.pop')).toEqual([]);
    await page.keyboard.press('Escape');
    await waitPopover(page, false);
  });

  it("lists the page's figures of the same thing counted otherwise under Related figures, with their source as written", async () => {
    expect(await clickFigure(page, 'diverges')).not.toBeNull();
    const pop = await readPopover(page);
    expect(pop?.text).toContain('Related figures');
    // the Air Force's own counts of the night (shot down, lost from radar) are related, never compared
    expect(pop?.text).toMatch(/Ukraine.s Air Force/);
    await page.keyboard.press('Escape');
    await waitPopover(page, false);
  });

  it('opens the popover from the keyboard: next-figure shortcut, then Enter', async () => {
    await tally.command(page, 'next-figure');
    expect(await focusedIn(page)).toBe('tally:button');
    await page.keyboard.press('Enter');
    await waitPopover(page);
    await page.keyboard.press('Escape');
    await waitPopover(page, false);
    expect(await focusedIn(page)).toBe('tally:button');
  });

  it('shows the counts in the popup', async () => {
    const tabId = await tally.tabIdOf(page.url());
    const popup = await tally.browser.context.newPage();
    await popup.goto(`chrome-extension://${tally.browser.extensionId}/popup.html?tab=${tabId}`);
    const claims = await popup.getByTestId('tally-popup-claims').textContent();
    const state = await page.evaluate(readTallyState);
    expect(claims).toContain(`${state.claims} figures`);
    expect(await popup.getByTestId('tally-popup-count-diverges').textContent()).toBe(String(state.diverging));
    await popup.setViewportSize({ width: 340, height: 300 });
    await popup.close();
  });
});

describe('the background worker in Chromium', () => {
  it.each([
    ['an unknown type', { type: 'bogus' }],
    ['a match without claims', { type: 'match', article: {} }],
    ['a string', 'hello'],
  ])('answers %s with {ok:false} and keeps serving', async (_name, message) => {
    const page = await tally.browser.context.newPage();
    await page.goto(`chrome-extension://${tally.browser.extensionId}/popup.html`);
    const [bad, good] = await page.evaluate(async (msg) => {
      const b = await chrome.runtime.sendMessage(msg);
      const g = await chrome.runtime.sendMessage({ type: 'dataset-info' });
      return [b, g];
    }, message);
    expect(bad).toMatchObject({ ok: false, error: expect.stringContaining('invalid message') });
    expect(good).toMatchObject({ ok: true });
    await page.close();
  });
});

describe('privacy', () => {
  it("makes no request beyond the page's own server while reading, matching and opening a popover", async () => {
    const urls: string[] = [];
    const record = (r: { url(): string }) => urls.push(r.url());
    tally.browser.context.on('request', record);
    const page = await tally.openDone('/pages/demo/page.html');
    expect(await clickFigure(page, 'diverges')).not.toBeNull();
    tally.browser.context.off('request', record);
    await page.close();
    expect(urls.length).toBeGreaterThan(0);
    const local = (u: string) =>
      u.startsWith(`${tally.server.origin}/`) || u.startsWith('data:') || u.startsWith('chrome-extension://');
    expect(urls.filter((u) => !local(u))).toEqual([]);
  });
});

describe('a stopped background worker', () => {
  it('is started again and matches from a freshly loaded dataset', async () => {
    const page = await tally.openDone('/pages/demo/page.html');
    const before = await page.evaluate(readTallyState);
    await tally.browser.worker.evaluate(() => ((self as unknown as { marker: number }).marker = 1));
    const cdp = await tally.browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const again = await tally.openDone('/pages/demo/page.html');
    expect(await again.evaluate(readTallyState)).toEqual(before);
    const markers = await Promise.all(
      tally.browser.context
        .serviceWorkers()
        .map((w) => w.evaluate(() => (self as unknown as { marker?: number }).marker)),
    );
    expect(markers).toEqual([undefined]);
    await page.close();
    await again.close();
  });
});
