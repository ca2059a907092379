import type { Page } from 'playwright-core';
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, type ChromiumWithTally } from './chromium';
import { FIREFOX_EXTENSION_ORIGIN, launchFirefox, openExtensionPage } from './firefox';
import { serveFixtures, type FixtureServer } from './server';

/** The fixture server and the browser a test file shares. */
export interface BrowserSession<B> {
  /** The fixture server (throws before the file's `beforeAll` has run). */
  readonly server: FixtureServer;
  /** The browser (throws before the file's `beforeAll` has run). */
  readonly browser: B;
}

/** A Chromium session, with the steps the Chromium test files share. */
export interface ChromiumSession extends BrowserSession<ChromiumWithTally> {
  /** Opens a fixture page in a new tab and waits until Tally has finished it. */
  openDone(path: string): Promise<Page>;
  /** The id of the tab showing `url`, asked of the service worker (-1 when none does). */
  tabIdOf(url: string): Promise<number>;
  /**
   * What pressing one of Tally's shortcuts does: the service worker passes the command to the
   * tab (utils/commands/forward-commands.ts). A key pressed through the DevTools protocol
   * reaches the page, never the browser's shortcuts, so tests send the command as the worker does.
   */
  command(page: Page, name: 'next-figure' | 'previous-figure' | 'toggle-highlights'): Promise<unknown>;
}

function started<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not started yet: use it in a test or a hook`);
  return value;
}

/**
 * Serves the fixtures and launches a browser before a test file's tests, and closes both after
 * them. Call it at the top of the file, before any hook that uses the session.
 */
export function useBrowser<B extends { close(): Promise<void> }>(
  launch: () => Promise<B>,
): BrowserSession<B> {
  let server: FixtureServer | undefined;
  let browser: B | undefined;
  beforeAll(async () => {
    server = await serveFixtures();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      return started(server, 'The fixture server');
    },
    get browser() {
      return started(browser, 'The browser');
    },
  };
}

/** {@link useBrowser} with Chromium and the built extension. */
export function useChromium(): ChromiumSession {
  const session = useBrowser(() => launchChromium());
  return {
    get server() {
      return session.server;
    },
    get browser() {
      return session.browser;
    },
    async openDone(path) {
      const page = await session.browser.context.newPage();
      await page.goto(session.server.url(path));
      await page.waitForSelector('html[data-tally="done"]', { timeout: 20_000 });
      return page;
    },
    tabIdOf(url) {
      return session.browser.worker.evaluate(async (u) => {
        const [tab] = await chrome.tabs.query({ url: u });
        return tab?.id ?? -1;
      }, url);
    },
    async command(page, name) {
      const tabId = await this.tabIdOf(page.url());
      return session.browser.worker.evaluate(
        ([id, command]) => chrome.tabs.sendMessage(id, { type: 'command', command }, { frameId: 0 }),
        [tabId, name] as const,
      );
    },
  };
}

/** A Firefox session, with the steps the Firefox test files share. */
export interface FirefoxSession extends BrowserSession<PuppeteerBrowser> {
  /** Opens a fixture page in a new tab and waits until Tally has finished it. */
  openDone(path: string): Promise<PuppeteerPage>;
  /** Opens one of Tally's own pages (`/popup.html`, …) in a new tab of the given size. */
  extensionPage(path: string, viewport?: { width: number; height: number }): Promise<PuppeteerPage>;
  /**
   * The tabs showing Tally's first-run page, which Tally opens on install. Puppeteer keeps the URL
   * of a tab the extension opened as about:blank, so each tab is asked where it is.
   */
  firstRunTabs(): Promise<PuppeteerPage[]>;
  /**
   * Runs `fn` (with `arg`) in one of Tally's own pages, with the `browser.*` APIs its pages have:
   * the first-run page opened on install, which sends no message of its own to the background.
   */
  inExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** The id of the tab showing `url`, as Tally's pages see it (-1 when none does). */
  tabIdOf(url: string): Promise<number>;
}

/** `browser.*` as Tally's own pages see it in Firefox (the parts the sessions use). */
export interface WithBrowserApi {
  browser: {
    tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  };
}

/** {@link useBrowser} with Firefox and the built add-on. */
export function useFirefox(): FirefoxSession {
  const session = useBrowser(() => launchFirefox());
  const welcome = `${FIREFOX_EXTENSION_ORIGIN}/welcome.html`;
  async function firstRunTabs(): Promise<PuppeteerPage[]> {
    const pages = await session.browser.pages();
    // a tab closing meanwhile answers with an error: it shows nothing
    const hrefs = await Promise.all(pages.map((p) => p.evaluate(() => location.href).catch(() => '')));
    return pages.filter((_p, i) => hrefs[i] === welcome);
  }
  let helper: PuppeteerPage | undefined;
  async function inExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    for (let i = 0; !helper && i < 100; i++) {
      helper = (await firstRunTabs())[0];
      if (!helper) await new Promise((ok) => setTimeout(ok, 100));
    }
    if (!helper) throw new Error('Tally opened no first-run page on install');
    return helper.evaluate(fn as (arg: unknown) => R, arg as unknown) as Promise<R>;
  }
  return {
    get server() {
      return session.server;
    },
    get browser() {
      return session.browser;
    },
    async openDone(path) {
      const page = await session.browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(session.server.url(path));
      await page.waitForSelector('html[data-tally="done"]', { timeout: 20_000 });
      return page;
    },
    extensionPage: (path, viewport) => openExtensionPage(session.browser, path, viewport),
    firstRunTabs,
    inExtension,
    tabIdOf: (url) =>
      // Firefox's tabs.query takes match patterns, which carry no port: compare the URLs instead.
      inExtension(async (u) => {
        const tabs = await (globalThis as unknown as WithBrowserApi).browser.tabs.query({});
        return tabs.find((t) => t.url === u)?.id ?? -1;
      }, url),
  };
}
