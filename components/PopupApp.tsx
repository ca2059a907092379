import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { requestPageSummary } from '../utils/messaging';
import type { MatchStatus, PageSummaryReply } from '../utils/schema';
import { getSiteSettings, isEnabledFor, setEnabledFor } from '../utils/settings';
import { STATUS_LABEL } from './format';

const ORDER: MatchStatus[] = ['diverges', 'agrees', 'single', 'unmatched'];

/** The page a popup describes: from `?tab=ID` (tests, side panel) or the active tab. */
async function targetTab(): Promise<{ id: number; host: string } | null> {
  const param = new URLSearchParams(location.search).get('tab');
  const tab = param
    ? await browser.tabs.get(Number(param))
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab?.id || !tab.url) return null;
  try {
    return { id: tab.id, host: new URL(tab.url).hostname };
  } catch {
    return null;
  }
}

/** The toolbar popup: this page's counts by status and Tally on/off for this site. */
export function PopupApp() {
  const [tab, setTab] = useState<{ id: number; host: string } | null>(null);
  const [summary, setSummary] = useState<PageSummaryReply | null>(null);
  const [enabled, setEnabled] = useState<boolean | null>(null);

  useEffect(() => {
    void (async () => {
      const t = await targetTab();
      setTab(t);
      if (!t) return;
      setEnabled(isEnabledFor(await getSiteSettings(), t.host));
      setSummary(await requestPageSummary(t.id));
    })();
  }, []);

  const toggle = async () => {
    if (!tab || enabled === null) return;
    const next = isEnabledFor(await setEnabledFor(tab.host, !enabled), tab.host);
    setEnabled(next);
    setSummary(await requestPageSummary(tab.id));
  };

  return (
    <main class="popup">
      <h1>
        Tally <span class="host">{tab?.host ?? ''}</span>
      </h1>
      {summary?.ok ? (
        <>
          <p data-testid="tally-popup-claims">
            {summary.claims} figure{summary.claims === 1 ? '' : 's'} on this page
          </p>
          <dl class="counts">
            {ORDER.map((s) => (
              <>
                <dt class={s}>{STATUS_LABEL[s]}</dt>
                <dd data-testid={`tally-popup-count-${s}`}>{summary.counts[s] ?? 0}</dd>
              </>
            ))}
          </dl>
        </>
      ) : (
        <p class="note">{tab ? 'Tally has not read this page.' : 'No page to read here.'}</p>
      )}
      {tab && enabled !== null ? (
        <label class="toggle">
          <input
            type="checkbox"
            checked={enabled}
            onChange={() => void toggle()}
            data-testid="tally-popup-toggle"
          />
          Tally on for {tab.host}
        </label>
      ) : null}
      <p class="note">Everything is matched on your device; Tally sends nothing.</p>
    </main>
  );
}
