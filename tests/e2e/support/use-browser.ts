import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, type ChromiumWithTally } from './chromium';
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
