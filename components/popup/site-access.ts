/**
 * Turning Tally on and off for a site from the popup or the options page. A site that is not
 * a built-in news site needs its host permission first; the browser only shows that prompt
 * during a user gesture, so `turnSiteOn` calls `permissions.request` before anything else
 * and must be called straight from a click or submit handler.
 */
import { browser } from 'wxt/browser';
import { requestPageSummary, requestSiteSetting } from '../../utils/messaging';
import { isBuiltInNewsSite } from '../../utils/sites/news-sites';
import {
  defaultRegistrar,
  hostOfPattern,
  originPatternOf,
  type SiteRegistrar,
} from '../../utils/sites/register-sites';

/** Hosts that never need a permission prompt: built-in news sites and the local test hosts. */
export function needsNoPermission(host: string): boolean {
  const h = host.toLowerCase();
  return isBuiltInNewsSite(h) || h === '127.0.0.1' || h === 'localhost';
}

/** What turning a site on came to. */
export type TurnOnResult = { on: true } | { on: false; reason: string };

/** Has the background store the site's setting; resolves once stored, rejects saying why it was not. */
async function storeSite(host: string, on: boolean): Promise<void> {
  const reply = await requestSiteSetting(host, on);
  if (!reply.ok) throw new Error(`Not saved: ${reply.error}`);
}

/**
 * Turns Tally on for the site of `url`. For other than built-in sites: asks for the origin's
 * host permission (synchronously, inside the caller's gesture), stores the choice (the
 * background then registers the content script for the site) and runs the content script
 * in `tabId` right away when it is not there yet.
 */
export function turnSiteOn(
  url: string,
  tabId: number | null,
  registrar: SiteRegistrar = defaultRegistrar(),
): Promise<TurnOnResult> {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return Promise.resolve({ on: false, reason: 'This is not a web page.' });
  }
  const failed = (e: unknown): TurnOnResult => ({
    on: false,
    reason: e instanceof Error ? e.message : String(e),
  });
  if (needsNoPermission(host)) return storeSite(host, true).then((): TurnOnResult => ({ on: true }), failed);
  const origin = originPatternOf(url);
  if (!origin) return Promise.resolve({ on: false, reason: 'Tally reads only http and https pages.' });
  const asked = browser.permissions.request({ origins: [origin] });
  return asked.then(async (granted): Promise<TurnOnResult> => {
    if (!granted) return { on: false, reason: `Permission for ${host} was not given.` };
    try {
      await storeSite(host, true);
    } catch (e) {
      return failed(e);
    }
    if (tabId !== null) {
      const present = await requestPageSummary(tabId);
      // A page the browser will not script (a store page, say) gets Tally on its next load.
      if (!present.ok) await registrar.inject(tabId).catch(() => undefined);
    }
    return { on: true };
  });
}

/**
 * Turns Tally off for `host` and, for a site the user had added, gives back its host
 * permission (the background then unregisters the content script; the running one clears
 * its highlights when it sees the setting).
 */
export async function turnSiteOff(host: string): Promise<void> {
  const h = host.toLowerCase();
  await storeSite(h, false);
  if (needsNoPermission(h)) return;
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const mine = granted.filter((p) => hostOfPattern(p) === h);
  if (mine.length > 0) await browser.permissions.remove({ origins: mine });
}
