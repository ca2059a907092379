import { browser } from 'wxt/browser';
import type { ClaimMatch } from '../schema/match';
import { isEnabledFor, type SiteSettings } from '../settings/schemas';

/** The toolbar button's API: `action` (MV3) or `browserAction` (Firefox's MV2). */
function toolbar() {
  const b = browser as unknown as {
    action?: typeof browser.browserAction;
    browserAction: typeof browser.browserAction;
  };
  return b.action ?? b.browserAction;
}

/** The badge's text for a page's matches: its count of diverging figures, nothing when none. */
export function badgeText(matches: readonly Pick<ClaimMatch, 'status'>[]): string {
  const n = matches.reduce((sum, m) => sum + (m.status === 'diverges' ? 1 : 0), 0);
  return n === 0 ? '' : n > 999 ? '999+' : String(n);
}

/**
 * Shows on the toolbar button of tab `tabId` how many of its page's figures differ from
 * another side's (for that tab only; the browser drops it when the tab loads another page).
 */
export async function showDivergences(tabId: number, matches: readonly ClaimMatch[]): Promise<void> {
  const text = badgeText(matches);
  const action = toolbar();
  await action.setBadgeText({ tabId, text });
  await action.setTitle({ tabId, title: text ? `Tally: ${text} figures differ on this page` : 'Tally' });
  if (text) await action.setBadgeBackgroundColor({ tabId, color: '#a8071a' });
}

/** Clears the badge of every open tab whose site Tally no longer reads under `settings`. */
export async function clearTurnedOff(settings: SiteSettings): Promise<void> {
  const action = toolbar();
  for (const tab of await browser.tabs.query({})) {
    if (tab.id === undefined || !tab.url) continue;
    let host: string;
    try {
      host = new URL(tab.url).hostname;
    } catch {
      continue;
    }
    if (!isEnabledFor(settings, host)) {
      await action.setBadgeText({ tabId: tab.id, text: '' });
      await action.setTitle({ tabId: tab.id, title: 'Tally' });
    }
  }
}
