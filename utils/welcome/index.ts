import { browser } from 'wxt/browser';

/** The first-run page, in the extension's own package. */
export const WELCOME_PAGE = '/welcome.html';

/**
 * Opens the first-run page once, when Tally is installed (not on updates or browser restarts).
 * Call it when the background starts.
 */
export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    const url = (browser.runtime.getURL as (path: string) => string)(WELCOME_PAGE);
    void browser.tabs.create({ url });
  });
}
