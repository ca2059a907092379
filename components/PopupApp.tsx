import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { coverageStatement, noFigureInData } from '../utils/dataset/coverage';
import { formatNumber, t, tn } from '../utils/i18n/messages';
import { requestDatasetInfo, requestFocusClaim, requestPageSummary } from '../utils/messaging';
import type { FamilySummary, PageSummaryReply } from '../utils/schema';
import { getDisplaySettings, getSiteSettings, isEnabledFor, type DisplaySettings } from '../utils/settings';
import { defaultRegistrar } from '../utils/sites/register-sites';
import { DivergenceList } from './popup/DivergenceList';
import { MemoryControls } from './popup/MemoryControls';
import { canOpenSidePanel, openSidePanel } from './popup/side-panel';
import { needsNoPermission, turnSiteOff, turnSiteOn } from './popup/site-access';
import { StatusCounts } from './popup/StatusCounts';
import { popupState, readableHost, type PopupTab } from './popup/view';

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
 * The toolbar popup: this page's figures by status (what "no match" means, and which statuses
 * the page leaves unhighlighted), the diverging ones with every side's figure (a click scrolls
 * the page to one and opens it), Tally on/off for this site, and the side panel.
 */
export function PopupApp() {
  const tabParam = new URLSearchParams(location.search).get('tab');
  const [tab, setTab] = useState<PopupTab | null | undefined>(undefined);
  const [summary, setSummary] = useState<PageSummaryReply | null>(null);
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [display, setDisplay] = useState<DisplaySettings | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [families, setFamilies] = useState<FamilySummary[] | null>(null);

  useEffect(() => {
    void getDisplaySettings().then(setDisplay);
    void (async () => {
      const found = await targetTab(tabParam);
      setTab(found);
      if (!found?.host) return;
      setEnabled(isEnabledFor(await getSiteSettings(), found.host));
      setSummary(await settledSummary(found.id, 4));
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
        () => setMessage(t('popup.cannotRead')),
      )
      .finally(() => setBusy(false));
  };

  const onShow = (claimId: string) => {
    if (!tab) return;
    void requestFocusClaim(tab.id, claimId).then((reply) => {
      if (!reply.ok) setMessage(t('popup.figureGone'));
      else if (!tabParam) window.close();
    });
  };

  const onSidePanel = () => {
    if (!tab) return;
    openSidePanel(tab.windowId).then(
      () => {
        if (!tabParam) window.close();
      },
      () => setMessage(t('popup.noSidePanel')),
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

      {state.kind === 'loading' ? <p class="note">{t('popup.reading')}</p> : null}
      {state.kind === 'no-page' ? (
        <p class="note" data-testid="tally-popup-state">
          {t('popup.noPage')}
        </p>
      ) : null}
      {state.kind === 'off' ? (
        <p class="note" data-testid="tally-popup-state">
          {t('popup.off')}
        </p>
      ) : null}
      {state.kind === 'not-read' ? (
        <div class="not-read">
          <p class="note" data-testid="tally-popup-state">
            {t('popup.notRead')}
          </p>
          <button type="button" class="button" onClick={onReadNow} disabled={busy}>
            {t('popup.readNow')}
          </button>
        </div>
      ) : null}
      {state.kind === 'empty' ? (
        <p class="note" data-testid="tally-popup-state">
          {t('popup.empty')}
        </p>
      ) : null}

      {state.kind === 'summary' ? (
        <>
          <p class="lead" data-testid="tally-popup-claims">
            {tn('popup.figures', state.summary.claims)}
          </p>
          {state.summary.read && state.summary.read.words < state.summary.read.total ? (
            <p class="note" data-testid="tally-popup-read">
              {t('popup.readPart', {
                words: formatNumber(state.summary.read.words),
                total: formatNumber(state.summary.read.total),
              })}
            </p>
          ) : null}
          <StatusCounts counts={state.summary.counts} shown={display?.show ?? null} />
          {families && noFigureInData(state.summary.counts, state.summary.claims) ? (
            <p class="note" data-testid="tally-popup-coverage">
              {coverageStatement(families, state.summary.claims)}
            </p>
          ) : null}
          <DivergenceList divergences={state.summary.divergences} onShow={onShow} />
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
              {t('popup.onFor', { host: tab.host })}
              {!enabled && !needsNoPermission(tab.host) ? (
                <span class="hint">{t('popup.willAsk')}</span>
              ) : null}
            </span>
          </label>
        ) : null}
        {tab?.url ? <MemoryControls url={tab.url} /> : null}
        <div class="actions">
          {tab && canOpenSidePanel() ? (
            <button type="button" class="button" onClick={onSidePanel} data-testid="tally-popup-sidepanel">
              {t('popup.openSidePanel')}
            </button>
          ) : null}
          <a class="link" href="/options.html" onClick={onSettings}>
            {t('popup.settings')}
          </a>
        </div>
        <p class="note small">{t('common.private')}</p>
      </footer>
    </main>
  );
}
