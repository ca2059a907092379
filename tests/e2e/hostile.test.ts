import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_CASES } from './support/hostile-cases';
import { contrastIn } from './support/look';
import { playwrightCheckPage, waitDone } from './support/page-checks';
import { screenshotPath } from './support/screenshot-path';
import { listPainted } from './support/tally-page';
import { focusedIn, readPopover, waitPopover } from './support/tally-ui';
import { useChromium } from './support/use-browser';

const tally = useChromium();

/** Opens a page, collecting its console errors and uncaught exceptions. */
async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await tally.browser.context.newPage();
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(tally.server.url(path));
  return { page, errors };
}

describe('hostile and heavy pages in Chromium', () => {
  it.each(HOSTILE_CASES.map((c) => [c.name, c] as const))('%s, with no console error', async (_name, c) => {
    const { page, errors } = await open(c.path);
    await c.run(playwrightCheckPage(page));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the dark page stays legible: a diverging figure keeps a contrast of 4.5:1 (screenshot)', async () => {
    const { page } = await open('/sites/dark/page.html');
    await waitDone(playwrightCheckPage(page));
    await page.screenshot({ path: screenshotPath('dark.png') });
    const figure = (await page.evaluate(listPainted, 'article')).find((p) => p.status === 'diverges');
    expect(figure).toBeDefined();
    await page.evaluate((y) => window.scrollBy(0, y - 200), figure!.rect.y);
    const seen = (await page.evaluate(listPainted, 'article')).find((p) => p.text === figure!.text)!;
    expect(await contrastIn(page, seen.rect)).toBeGreaterThanOrEqual(4.5);
    await page.close();
  });
});

describe('never breaking the page', () => {
  let page: Page;
  beforeAll(async () => {
    await page?.close();
    page = (await open('/pages/demo/page.html')).page;
    await waitDone(playwrightCheckPage(page));
  });
  afterAll(() => page?.close());

  it('causes no layout shift', async () => {
    const shift = await page.evaluate(
      () =>
        new Promise<number>((ok) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) total += (e as PerformanceEntry & { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => ok(total), 300);
        }),
    );
    expect(shift).toBe(0);
  });

  it("keeps keys pressed on a focused highlight or in the popover from reaching the page's shortcuts", async () => {
    await page.evaluate(() => {
      (window as unknown as { pageKeys: string[] }).pageKeys = [];
      document.addEventListener('keydown', (e) =>
        (window as unknown as { pageKeys: string[] }).pageKeys.push(e.key),
      );
    });
    await tally.command(page, 'next-figure');
    await page.evaluate(() => ((window as unknown as { pageKeys: string[] }).pageKeys = []));
    await page.keyboard.press('j');
    expect(await page.evaluate(() => (window as unknown as { pageKeys: string[] }).pageKeys)).toEqual([]);
    await page.keyboard.press('Enter');
    await waitPopover(page);
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    expect(await page.evaluate(() => (window as unknown as { pageKeys: string[] }).pageKeys)).toEqual([]);
    await page.keyboard.press('Escape');
    await waitPopover(page, false);
  });

  it("leaves the page's own keys to the page: Tally listens to none of them", async () => {
    await page.evaluate(() => document.querySelector('input')?.focus());
    const painted = (await page.evaluate(listPainted, 'article')).length;
    for (const key of ['Alt+Shift+KeyJ', 'Alt+Shift+KeyK', 'Alt+Shift+KeyH', 'Alt+Shift+KeyN']) {
      await page.keyboard.press(key);
    }
    expect(await focusedIn(page)).toBe('page:INPUT');
    expect((await page.evaluate(listPainted, 'article')).length).toBe(painted);
    expect(await readPopover(page)).toBeNull();
  });

  it('has its shortcuts assigned by the browser, as suggested (listed in its shortcut settings)', async () => {
    const commands = await tally.browser.worker.evaluate(() => chrome.commands.getAll());
    expect(
      Object.fromEntries(commands.filter((c) => c.description).map((c) => [c.name, c.shortcut])),
    ).toEqual({
      'next-figure': 'Alt+Shift+J',
      'previous-figure': 'Alt+Shift+K',
      'toggle-highlights': 'Alt+Shift+H',
    });
  });

  it('removes every highlight when Tally is turned off for the site, and restores them when on', async () => {
    const setSites = (disabled: string[]) =>
      tally.browser.worker.evaluate(
        (d) => chrome.storage.local.set({ sites: { disabled: d, enabled: [] } }),
        disabled,
      );
    await setSites(['127.0.0.1']);
    await page.waitForFunction(() => !document.documentElement.hasAttribute('data-tally'));
    expect(await page.evaluate(listPainted, 'article')).toEqual([]);
    await setSites([]);
    await page.waitForSelector('html[data-tally="done"]');
    expect((await page.evaluate(listPainted, 'article')).length).toBeGreaterThan(0);
  });

  it('does not read the page again when only something outside the article changes', async () => {
    const reads = () => page.evaluate(() => performance.getEntriesByName('tally:recheck').length);
    const before = await reads();
    await page.evaluate(async () => {
      const nav = document.querySelector('nav')!;
      for (let i = 0; i < 5; i++) {
        nav.append(document.createTextNode(` ${i}`));
        await new Promise((ok) => setTimeout(ok, 100));
      }
      await new Promise((ok) => setTimeout(ok, 700));
    });
    expect(await reads()).toBe(before);
  });

  it('hides and shows all highlights with its hide shortcut', async () => {
    await tally.command(page, 'toggle-highlights');
    expect(await page.evaluate(listPainted, 'article')).toEqual([]);
    await tally.command(page, 'toggle-highlights');
    expect((await page.evaluate(listPainted, 'article')).length).toBeGreaterThan(0);
  });
});
