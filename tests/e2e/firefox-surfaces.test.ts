import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { clickPainted } from './support/click-figure';
import { navigateExtensionPage } from './support/firefox';
import { clickInTallyUiFirefox, inTallyUiFirefox, waitPopoverFirefox } from './support/firefox-ui';
import { WHOLE_TEXT, clippedAt } from './support/look';
import { listPainted, readTallyState } from './support/tally-page';
import { OPEN_POPOVER } from './support/tally-ui';
import { useFirefox, type WithBrowserApi } from './support/use-browser';

/**
 * Tally's reading surfaces in Firefox (issue 14): the popup, the sidebar at its default 280 px,
 * the options and first-run pages, each with axe-core; and the reading memory (issue 13):
 * page A read, page B of another outlet shows A's figure as diverging with A's link. One
 * browser for the whole file: a Firefox launch costs more than all of these tests together.
 */
const tally = useFirefox();
const KYIV = '/sites/memory/kyiv.html';
const MOSCOW = '/sites/memory/moscow.html';

/** Sends `msg` to the background from one of Tally's pages. */
function send(msg: unknown): Promise<{ ok: boolean; [key: string]: unknown }> {
  return tally.inExtension(
    (m) => (globalThis as unknown as WithBrowserApi).browser.runtime.sendMessage(m),
    msg,
  ) as Promise<{ ok: boolean }>;
}

/** Polls `check` until it holds; throws naming `what` after `timeout` ms. */
async function until(check: () => Promise<boolean>, what: string, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** Waits until `selector` is in one of Tally's pages (Puppeteer's own waits do not follow extension documents). */
function waitIn(page: Page, selector: string): Promise<void> {
  return until(() => page.evaluate((s) => !!document.querySelector(s), selector), selector);
}

/** The text of the element with `testId` in the page (null when it is not there). */
function textOf(page: Page, testId: string): Promise<string | null> {
  return page.evaluate((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? null, testId);
}

/** The commands API as Tally's pages see it. */
interface WithCommands {
  browser: { commands: { getAll(): Promise<{ name?: string }[]> } };
}

let article: Page;
beforeAll(async () => {
  article = await tally.openDone('/pages/demo/page.html');
});
afterAll(() => article?.close());

describe('the reading memory in Firefox', () => {
  const opened: Page[] = [];
  afterAll(async () => {
    for (const p of opened) await p.close();
  });

  /** The IndexedDB databases of Tally's origin (the background page's too; the memory's is "tally-memory"). */
  function databases(): Promise<string[]> {
    return tally.inExtension(async () => (await indexedDB.databases()).map((d) => d.name ?? ''), null);
  }

  /** Waits until the memory holds at least `n` figures. */
  async function waitRemembered(n: number): Promise<void> {
    await expect
      .poll(async () => ((await send({ type: 'memory-stats' })).stats as { figures: number }).figures, {
        timeout: 15_000,
        interval: 100,
      })
      .toBeGreaterThanOrEqual(n);
  }

  /** The href of every remembered figure's link in the open popover. */
  function memoryLinks(page: Page): Promise<string[] | null> {
    return inTallyUiFirefox<string[]>(
      page,
      OPEN_POPOVER,
      `function () {
        return [...this.querySelectorAll('.other')]
          .filter((li) => li.querySelector('[data-testid="tally-memory-seen"]'))
          .map((li) => li.querySelector('a.source')?.getAttribute('href') ?? '');
      }`,
    );
  }

  it('writes nothing while it is off (the default)', async () => {
    opened.push(await tally.openDone(KYIV));
    expect(await databases()).not.toContain('tally-memory');
    expect(await send({ type: 'memory-settings' })).toMatchObject({ settings: { enabled: false } });
  });

  it("shows page A's figure on page B of another outlet as diverging, with A's link", async () => {
    expect(await send({ type: 'memory-settings', patch: { enabled: true } })).toMatchObject({ ok: true });
    opened.push(await tally.openDone(KYIV));
    await waitRemembered(1);
    expect(await databases()).toContain('tally-memory');
    const b = await tally.openDone(MOSCOW);
    opened.push(b);
    expect(await clickPainted(b, 'diverges')).toBe('90 drones');
    expect((await waitPopoverFirefox(b))?.status).toBe('diverges');
    expect(await memoryLinks(b)).toEqual([tally.server.url(KYIV)]);
  });

  it('forgets page A: it is gone from B on reload', async () => {
    expect(
      await send({ type: 'memory-forget', scope: { kind: 'page', url: tally.server.url(KYIV) } }),
    ).toMatchObject({ ok: true });
    const b = await tally.openDone(MOSCOW);
    opened.push(b);
    const painted = await b.evaluate(listPainted, 'article');
    expect(painted.filter((p) => p.status === 'diverges')).toEqual([]);
  });
});

describe('the popup in Firefox', () => {
  let popup: Page;
  beforeAll(async () => {
    const tab = await tally.tabIdOf(article.url());
    expect(tab).toBeGreaterThanOrEqual(0);
    popup = await tally.extensionPage(`/popup.html?tab=${tab}`, { width: 340, height: 600 });
    await waitIn(popup, '[data-testid="tally-popup-claims"]');
  });
  afterAll(() => popup?.close());

  it('shows the page’s figure count and its count of divergences', async () => {
    const state = await article.evaluate(readTallyState);
    expect(await textOf(popup, 'tally-popup-claims')).toContain(`${state.claims} figures`);
    expect(await textOf(popup, 'tally-popup-count-diverges')).toBe(String(state.diverging));
  });

  it('lists each divergence once, with another figure beside it', async () => {
    const rows = await popup.evaluate(() =>
      [...document.querySelectorAll('[data-testid="tally-popup-divergences"] button.divergence')].map(
        (b) => ({
          figure: `${b.querySelector('.this .fig')?.textContent} ${b.querySelector('.this .who')?.textContent}`,
          others: b.querySelectorAll('.other .fig').length,
        }),
      ),
    );
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows.every((r) => r.others >= 1)).toBe(true);
    expect(new Set(rows.map((r) => r.figure)).size).toBe(rows.length);
  });

  it('fits its 340 px width and has no axe-core violations', async () => {
    // Firefox sizes a popup to its content: no scrollbar takes from its width. The memory section
    // arrives after the first paint, so the height is taken again until the content stops growing.
    await popup.waitForSelector('[data-testid="tally-popup-memory"]');
    // (scrollHeight rounds a fractional height down: one pixel more, as Firefox's own sizing gives)
    for (let tries = 0; tries < 5; tries++) {
      const height = await popup.evaluate(
        () => Math.ceil(document.documentElement.getBoundingClientRect().height) + 1,
      );
      await popup.setViewport({ width: 340, height });
      if ((await popup.evaluate(() => document.documentElement.scrollHeight)) <= height) break;
    }
    expect(await popup.evaluate(clippedAt, WHOLE_TEXT)).toEqual([]);
    expect(await axeViolations(popup)).toEqual([]);
  });
});

describe('the sidebar in Firefox, at its default 280 px', () => {
  let panel: Page;
  beforeAll(async () => {
    // A note to show: the popover's Note button, pressed with the real mouse.
    expect(await clickPainted(article, 'diverges')).not.toBeNull();
    await waitPopoverFirefox(article);
    expect(await clickInTallyUiFirefox(article, `${OPEN_POPOVER} [data-testid="tally-note"]`)).toBe(true);
    await until(
      async () =>
        (await inTallyUiFirefox<string | null>(
          article,
          `${OPEN_POPOVER} [data-testid="tally-note"]`,
          'function () { return this.getAttribute("aria-pressed"); }',
        )) === 'true',
      'the figure to be noted',
    );
    await article.keyboard.press('Escape');
    await waitPopoverFirefox(article, false);
    panel = await tally.extensionPage('/sidepanel.html', { width: 280, height: 700 });
    await waitIn(panel, '[data-testid="tally-note-item"]');
  });
  afterAll(() => panel?.close());

  it('shows the note with its toolbar on top, nothing cut off, compact or expanded', async () => {
    const top = await panel.evaluate(
      () => document.querySelector('[data-testid="tally-toolbar"]')?.getBoundingClientRect().top ?? -1,
    );
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    expect(await panel.evaluate(clippedAt, WHOLE_TEXT)).toEqual([]);
    await panel.click('[data-testid="tally-note-item"] [data-testid="tally-note-expand"]');
    await waitIn(panel, '[data-testid="tally-note-comment"]');
    expect(await panel.evaluate(clippedAt, WHOLE_TEXT)).toEqual([]);
  });

  it('has no axe-core violations', async () => {
    expect(await axeViolations(panel)).toEqual([]);
  });
});

describe('the options page in Firefox', () => {
  let options: Page;
  beforeAll(async () => {
    options = await tally.extensionPage('/options.html', { width: 900, height: 900 });
    await waitIn(options, '[data-testid="tally-dataset-claims"]');
  });
  afterAll(() => options?.close());

  it('shows what the dataset holds, and the reading memory’s controls', async () => {
    const claims = Number((await textOf(options, 'tally-dataset-claims'))?.replace(/,/g, ''));
    expect(claims).toBeGreaterThan(1000);
    expect(await textOf(options, 'tally-options-memory')).not.toBeNull();
  });

  it('has no axe-core violations and nothing cut off', async () => {
    expect(await options.evaluate(clippedAt, WHOLE_TEXT)).toEqual([]);
    expect(await axeViolations(options)).toEqual([]);
  });
});

describe('the first-run page in Firefox', () => {
  let welcome: Page;
  beforeAll(async () => {
    const opened = await tally.firstRunTabs();
    expect(opened).toHaveLength(1);
    welcome = opened[0]!;
    await welcome.setViewport({ width: 1280, height: 900 });
    await navigateExtensionPage(welcome, '/welcome.html');
    await waitIn(welcome, '[data-testid="tally-welcome-data"]');
  });

  it('says what each highlight means, that nothing leaves the device, and the shortcuts', async () => {
    const colours = await textOf(welcome, 'tally-welcome-colours');
    for (const label of ['Figures differ', 'Figures agree', 'Single source', 'No match']) {
      expect(colours).toContain(label);
    }
    expect(await textOf(welcome, 'tally-welcome-private')).toContain('no network requests');
    const shortcuts = await welcome.evaluate(async () => ({
      rows: document.querySelectorAll('[data-testid="tally-welcome-shortcuts"] tr[data-command]').length,
      commands: (await (globalThis as unknown as WithCommands).browser.commands.getAll()).length,
    }));
    expect(shortcuts.rows).toBe(shortcuts.commands);
    expect(shortcuts.rows).toBeGreaterThan(0);
  });

  it('fits one screen and has no axe-core violations', async () => {
    expect(await welcome.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(900);
    expect(await axeViolations(welcome)).toEqual([]);
  });
});
