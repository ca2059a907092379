import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { chromiumPath } from './browsers';

/** Chromium with the end-to-end build of Tally loaded. */
export interface ChromiumWithTally {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** The unpacked Chrome build `npm run build:e2e` writes. */
export const E2E_CHROME_BUILD = resolve('.output-e2e/chrome-mv3');

/** Flags known to work here (see BROWSER-TESTING.md): no network but loopback, no background traffic. */
export function chromiumArgs(extension: string): string[] {
  return [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
  ];
}

/** Launches Chromium (headless unless `headless: false`) with the built extension. */
export async function launchChromium(
  options: { headless?: boolean; extension?: string } = {},
): Promise<ChromiumWithTally> {
  const extension = options.extension ?? E2E_CHROME_BUILD;
  if (!existsSync(join(extension, 'manifest.json'))) {
    throw new Error(`No extension build at ${extension}: run \`npm run build:e2e\` first`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'tally-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    args: chromiumArgs(extension),
    viewport: { width: 1280, height: 900 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
