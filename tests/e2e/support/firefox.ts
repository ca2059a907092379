import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { firefoxPath } from './browsers';

/** The unpacked Firefox build `npm run build:e2e` writes. */
export const E2E_FIREFOX_BUILD = resolve('.output-e2e/firefox-mv2');

/** Launches headless firefox-esr over WebDriver BiDi and installs the build as a temporary add-on. */
export async function launchFirefox(extension = E2E_FIREFOX_BUILD): Promise<Browser> {
  if (!existsSync(join(extension, 'manifest.json'))) {
    throw new Error(`No extension build at ${extension}: run \`npm run build:e2e\` first`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: { 'network.dns.disableIPv6': true },
  });
  await browser.installExtension(extension);
  return browser;
}
