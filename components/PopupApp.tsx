import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { coverageStatement, noFigureInData } from '../utils/dataset/coverage';
import { requestDatasetInfo, requestFocusClaim, requestPageSummary } from '../utils/messaging';
import type { FamilySummary } from '../utils/schema';
import type { MatchStatus, PageSummaryReply } from '../utils/schema';
import { getSiteSettings, isEnabledFor } from '../utils/settings';
import { defaultRegistrar } from '../utils/sites/register-sites';
import { STATUS_LABEL } from './format';
import { MemoryControls } from './popup/MemoryControls';
import { canOpenSidePanel, openSidePanel } from './popup/side-panel';
import { needsNoPermission, turnSiteOff, turnSiteOn } from './popup/site-access';
import { divergenceLabel, othersToShow, popupState, readableHost, type PopupTab } from './popup/view';

const ORDER: MatchStatus[] = ['diverges', 'agrees', 'single', 'related', 'unmatched'];

/** The page a popup describes: from `?tab=ID` (tests, side panel) or the active tab. */
async function targetTab(param: string | null): Promise<PopupTab | null> {
  try {
    const tab = param
      ? await browser.tabs.get(Number(param))
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (tab?.id === undefined || tab.windowId === undefined) return null;
    return { id: tab.id, windowId: tab.windowId, url: tab.url ?? '', host: readableHost(tab.url) };
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/**
 * Asks the page for its summary until it reports figures or `tries` run out: a page still
 * being read (just opened, just turned on) answers with none at first.
 */
async function settledSummary(tabId: number, tries: number): Promise<PageSummaryReply> {
  let reply = await requestPageSummary(tabId);
  for (let i = 0; i < tries && !(reply.ok && reply.enabled && reply.claims > 0); i++) {
    await sleep(250);
    reply = await requestPageSummary(tabId);
  }
  return reply;
}

/**
 * The toolbar popup: this page's figures by status, the diverging ones with both sides'
 * figures (a click scrolls the page to one and opens it), Tally on/off for this site, and
 * the side panel.
 */
export function PopupApp() {
  const tabParam = new URLSearchParams(location.search).get('tab');
  const [tab, setTab] = useState<PopupTab | null | undefined>(undefined);
  const [summary, setSummary] = useState<PageSummaryReply | null>(null);
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [families, setFamilies] = useState<FamilySummary[] | null>(null);

  useEffect(() => {
    void (async () => {
      const t = await targetTab(tabParam);
      setTab(t);
      if (!t?.host) return;
      setEnabled(isEnabledFor(await getSiteSettings(), t.host));
      setSummary(await settledSummary(t.id, 4));
      const info = await requestDatasetInfo();
      if (info.ok) setFamilies(info.info.families ?? []);
    })();
  }, []);

  const state = popupState(tab, enabled, summary);

  const onToggle = () => {
    if (!tab?.host || enabled === null || busy) return;
    setMessage(null);
    setBusy(true);
    if (!enabled) {
      // turnSiteOn asks for the site's permission first thing: still inside this click.
      void turnSiteOn(tab.url, tab.id).then(async (result) => {
        if (result.on) {
          setEnabled(true);
          setSummary(await settledSummary(tab.id, 12));
        } else setMessage(result.reason);
        setBusy(false);
      });
    } else {
      void turnSiteOff(tab.host).then(
        () => {
          setEnabled(false);
          setSummary(null);
          setBusy(false);
        },
        (e: unknown) => {
          setMessage(e instanceof Error ? e.message : String(e));
          setBusy(false);
        },
      );
    }
  };

  const onReadNow = () => {
    if (!tab) return;
    setBusy(true);
    setMessage(null);
    void defaultRegistrar()
      .inject(tab.id)
      .then(
        async () => setSummary(await settledSummary(tab.id, 12)),
        () => setMessage('Tally cannot read this page.'),
      )
      .finally(() => setBusy(false));
  };

  const onFocus = (claimId: string) => {
    if (!tab) return;
    void requestFocusClaim(tab.id, claimId).then((reply) => {
      if (!reply.ok) setMessage('That figure is no longer on the page.');
      else if (!tabParam) window.close();
    });
  };

  const onSidePanel = () => {
    if (!tab) return;
    openSidePanel(tab.windowId).then(
      () => {
        if (!tabParam) window.close();
      },
      () => setMessage('The side panel could not be opened.'),
    );
  };

  const onSettings = (e: MouseEvent) => {
    e.preventDefault();
    void browser.runtime.openOptionsPage();
  };

  return (
    <main class="popup">
      <header class="head">
        <h1>Tally</h1>
        <span class="host" data-testid="tally-popup-host" title={tab?.host ?? undefined}>
          {tab?.host ?? ''}
        </span>
      </header>

      {state.kind === 'loading' ? <p class="note">Reading…</p> : null}
      {state.kind === 'no-page' ? (
        <p class="note" data-testid="tally-popup-state">
          Tally reads news pages on the web; there is nothing for it here.
        </p>
      ) : null}
      {state.kind === 'off' ? (
        <p class="note" data-testid="tally-popup-state">
          Tally is off for this site.
        </p>
      ) : null}
      {state.kind === 'not-read' ? (
        <div class="not-read">
          <p class="note" data-testid="tally-popup-state">
            Tally has not read this page. A page opened before Tally was on is read after a reload, or now:
          </p>
          <button type="button" class="button" onClick={onReadNow} disabled={busy}>
            Read this page now
          </button>
        </div>
      ) : null}
      {state.kind === 'empty' ? (
        <p class="note" data-testid="tally-popup-state">
          No figures found on this page.
        </p>
      ) : null}

      {state.kind === 'summary' ? (
        <>
          <p class="lead" data-testid="tally-popup-claims">
            <strong>{state.summary.claims}</strong> figure{state.summary.claims === 1 ? '' : 's'} on this page
          </p>
          {state.summary.read && state.summary.read.words < state.summary.read.total ? (
            <p class="note" data-testid="tally-popup-read">
              Tally read the first {state.summary.read.words.toLocaleString('en')} of{' '}
              {state.summary.read.total.toLocaleString('en')} words.
            </p>
          ) : null}
          <ul class="counts" aria-label="Figures by status">
            {ORDER.map((s) => (
              <li key={s} class={`count ${s}`}>
                <span class="mark" aria-hidden="true">
                  {'\u00a0'.repeat(5)}
                </span>
                <span class="label">{STATUS_LABEL[s]}</span>
                <span class="num" data-testid={`tally-popup-count-${s}`}>
                  {state.summary.counts[s] ?? 0}
                </span>
              </li>
            ))}
          </ul>
          {families && noFigureInData(state.summary.counts, state.summary.claims) ? (
            <p class="note" data-testid="tally-popup-coverage">
              {coverageStatement(families, state.summary.claims)}
            </p>
          ) : null}
          {state.summary.divergences.length > 0 ? (
            <section class="divergences" aria-labelledby="div-head">
              <h2 id="div-head">Where the figures differ</h2>
              <ul data-testid="tally-popup-divergences">
                {state.summary.divergences.map((d) => (
                  <li key={d.claimId}>
                    <button
                      type="button"
                      class="divergence"
                      data-claim={d.claimId}
                      aria-label={divergenceLabel(d)}
                      onClick={() => onFocus(d.claimId)}
                    >
                      <span class="this">
                        <span class="fig">{d.text}</span>
                        <span class="who">{d.speaker ?? 'Unattributed'}</span>
                      </span>
                      {othersToShow(d).map((o) => (
                        <span class="other" key={`${o.who}:${o.figure}`}>
                          <span class="fig">{o.figure}</span>
                          <span class="who" title={o.who}>
                            {o.who}
                          </span>
                        </span>
                      ))}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      ) : null}

      {message ? (
        <p class="message" role="status" data-testid="tally-popup-message">
          {message}
        </p>
      ) : null}

      <footer class="controls">
        {tab?.host && enabled !== null ? (
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              checked={enabled}
              disabled={busy}
              onChange={onToggle}
              data-testid="tally-popup-toggle"
            />
            <span class="track" aria-hidden="true" />
            <span>
              Tally on {tab.host}
              {!enabled && !needsNoPermission(tab.host) ? (
                <span class="hint">Your browser will ask to let Tally read this site.</span>
              ) : null}
            </span>
          </label>
        ) : null}
        {tab?.url ? <MemoryControls url={tab.url} /> : null}
        <div class="actions">
          {tab && canOpenSidePanel() ? (
            <button type="button" class="button" onClick={onSidePanel} data-testid="tally-popup-sidepanel">
              Open side panel
            </button>
          ) : null}
          <a class="link" href="/options.html" onClick={onSettings}>
            Settings
          </a>
        </div>
        <p class="note small">Everything is matched on your device; Tally sends nothing.</p>
      </footer>
    </main>
  );
}
