import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { firefoxPath } from './browsers';

/** The unpacked Firefox build `npm run build:e2e` writes. */
export const E2E_FIREFOX_BUILD = resolve('.output-e2e/firefox-mv2');

/** The add-on id the Firefox build declares (`browser_specific_settings.gecko.id`). */
export const FIREFOX_ADDON_ID = 'tally@tally.example';

/**
 * The internal UUID the test profile gives the add-on (Firefox picks a random one per profile
 * otherwise), so that its pages have a known origin.
 */
const ADDON_UUID = '3c5f4f0e-7a3b-4e55-9d55-1d7c1a0e2e2e';

/** The origin of Tally's own pages in the test profile. */
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

/**
 * Launches headless firefox-esr over WebDriver BiDi and installs the build as a temporary add-on.
 *
 * `--remote-allow-system-access` is a flag of the browser's remote agent (the test driver), not
 * of Tally: WebDriver BiDi refuses to navigate to `moz-extension://` pages without it. Nothing a
 * web page runs can set it or use it.
 */
export async function launchFirefox(extension = E2E_FIREFOX_BUILD): Promise<Browser> {
  if (!existsSync(join(extension, 'manifest.json'))) {
    throw new Error(`No extension build at ${extension}: run \`npm run build:e2e\` first`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.disableIPv6': true,
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: ADDON_UUID }),
    },
  });
  await browser.installExtension(extension);
  return browser;
}

/** A WebDriver BiDi command's answer (the parts these helpers read). */
interface BidiAnswer {
  result: Record<string, unknown>;
}

/** What Puppeteer keeps of the BiDi session: its connection, and a page's browsing context. */
interface BidiInternals {
  connection: { send(method: string, params: object): Promise<BidiAnswer> };
}

/** A page's WebDriver BiDi channel: raw commands for what Puppeteer's API does not offer. */
export interface BidiChannel {
  /** The browsing context (tab) id of the page. */
  context: string;
  send(method: string, params: object): Promise<BidiAnswer>;
}

/**
 * The raw WebDriver BiDi channel of a Puppeteer page in Firefox. Puppeteer keeps it on its
 * BiDi browser and frame objects (`connection`, `_id`), outside its typed API.
 */
export function bidiOf(page: Page): BidiChannel {
  const { connection } = page.browser() as unknown as BidiInternals;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  return { context, send: (method, params) => connection.send(method, params) };
}

/**
 * Opens one of Tally's own pages (`/popup.html?tab=3`, `/sidepanel.html`, …) in a new tab and
 * waits until it has loaded. Puppeteer's `goto` never sees such a navigation end (it waits for
 * events Firefox does not send for extension documents), so the page is loaded with BiDi's own
 * `browsingContext.navigate`, which waits for the load itself.
 */
export async function openExtensionPage(
  browser: Browser,
  path: string,
  viewport = { width: 1280, height: 900 },
): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  await navigateExtensionPage(page, path);
  return page;
}

/** Loads one of Tally's own pages in `page` (see {@link openExtensionPage}); also a reload. */
export async function navigateExtensionPage(page: Page, path: string): Promise<void> {
  const bidi = bidiOf(page);
  await bidi.send('browsingContext.navigate', {
    context: bidi.context,
    url: `${FIREFOX_EXTENSION_ORIGIN}${path}`,
    wait: 'complete',
  });
}
