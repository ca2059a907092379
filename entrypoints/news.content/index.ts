import './style.css';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { STATUS_LABEL } from '../../components/format';
import { paintHighlights, type PaintHandle } from '../../utils/highlight';
import { targetAtPoint } from '../../utils/highlight';
import { MATCH_STATUSES, type MatchStatus } from '../../utils/schema/match';
import { UiToContent, type PageSummaryReply } from '../../utils/schema/replies';
import {
  readDisplaySettings,
  readSiteSettings,
  watchDisplaySettings,
  watchSiteSettings,
} from '../../utils/settings/read-in-page';
import { isEnabledFor, type DisplaySettings, type SiteSettings } from '../../utils/settings/schemas';
import { NEWS_SITES, matchPatternsFor } from '../../utils/sites/news-sites';
import { annotatePage, yieldToMain, type Annotated, type Pass } from './annotate-page';
import { createAnnouncer } from './announcer';
import { createFocusProxy } from './focus-proxy';
import { setupHoverTip } from './hover-tip';
import popoverCss from './popover.css?inline';
import { createPopoverHost, type OpenPopover, type PopoverHost } from './popover-ui';
import { setupNotes } from './notes';

/** Waits this long after the page's last change before reading it again. */
const SETTLE_MS = 400;

export default defineContentScript({
  matches: matchPatternsFor(NEWS_SITES),
  // Loaded before the page parses and started at DOMContentLoaded: Chrome injects
  // document_end scripts up to a couple of hundred milliseconds after it.
  runAt: 'document_start',
  cssInjectionMode: 'manifest',
  main(ctx) {
    // Settings are read while the page still parses: storage answers take tens of milliseconds.
    const settings = Promise.all([readSiteSettings(), readDisplaySettings()]);
    if (document.readyState !== 'loading') void run(ctx, settings);
    else ctx.addEventListener(document, 'DOMContentLoaded', () => void run(ctx, settings), { once: true });
  },
});

/** A figure as the keyboard, the hover tip and screen readers name it. */
function describe(a: Annotated): string {
  const who = a.match.claimant?.name ?? a.claim.speaker;
  return `${a.claim.text}${who ? `, ${who}` : ''}: ${STATUS_LABEL[a.match.status].toLowerCase()}`;
}

/** True when a key press belongs to a field the reader is typing in. */
function isTyping(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  return !!t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
}

async function run(
  ctx: ContentScriptContext,
  settings: Promise<[SiteSettings, DisplaySettings]>,
): Promise<void> {
  performance.mark('tally:start');
  const host = location.hostname;
  const html = document.documentElement;
  const [sites, initialDisplay] = await settings;
  let enabled = isEnabledFor(sites, host);
  let display: DisplaySettings = initialDisplay;
  let hidden = false;
  let pass: Pass | null = null;
  let shown: (Annotated & { tip: string; label: string })[] = [];
  let paint: PaintHandle | null = null;
  let popover: OpenPopover | null = null;
  let generation = 0;
  const announce = createAnnouncer(ctx);
  const notes = setupNotes(ctx, {
    article: () => pass?.article ?? null,
    annotated: () => pass?.annotated ?? [],
  });

  const repaint = () => {
    popover?.close();
    paint?.clear();
    paint = null;
    const visible =
      enabled && !hidden && pass ? pass.annotated.filter((a) => display.show[a.match.status]) : [];
    shown = visible.map((a) => ({ ...a, tip: describe(a), label: describe(a) }));
    if (shown.length)
      paint = paintHighlights(
        document,
        shown.map((a) => ({ range: a.range, status: a.match.status })),
      );
    html.setAttribute('data-tally-style', display.style);
  };

  const clear = () => {
    generation++;
    notes.clear();
    pass = null;
    repaint();
    for (const a of ['data-tally', 'data-tally-claims', 'data-tally-diverging', 'data-tally-style']) {
      html.removeAttribute(a);
    }
  };

  const annotate = async () => {
    const mine = ++generation;
    const next = await annotatePage(document, () => mine !== generation || !enabled || ctx.isInvalid, pass);
    if (!next || next === pass) return;
    const first = pass === null;
    pass = next;
    await yieldToMain();
    const t = performance.now();
    repaint();
    performance.measure('tally:paint', { start: t, end: performance.now() });
    performance.mark('tally:done');
    if (next.annotated.length > 0) ctx.requestIdleCallback(() => void popoverHost());
    void notes.reanchor();
    const diverging = next.annotated.filter((a) => a.match.status === 'diverges').length;
    html.setAttribute('data-tally', next.error ? 'error' : 'done');
    html.setAttribute('data-tally-claims', String(next.annotated.length));
    html.setAttribute('data-tally-diverging', String(diverging));
    if (first && next.annotated.length > 0) {
      announce(
        `Tally found ${next.annotated.length} figures, ${diverging} where the sides' figures differ. ` +
          'Alt+Shift+N and Alt+Shift+P move between them; Enter opens one.',
      );
    }
  };

  // The popover's host is made once, when the page has figures, before the first click.
  let hostMade: Promise<PopoverHost> | null = null;
  const popoverHost = () => (hostMade ??= createPopoverHost(ctx, popoverCss));

  const focus = createFocusProxy(
    ctx,
    () => shown,
    (i) => void show(i, true),
  );
  const show = async (index: number, fromKeyboard: boolean) => {
    const target = shown[index];
    if (!target || !pass) return;
    popover?.close();
    performance.mark('tally:popover-start');
    const host = await popoverHost();
    popover = await host.open(
      {
        ...target,
        meta: pass.article.meta,
        onNote: () => notes.noteClaim(target.claim.id),
        noted: notes.isNoted(target.claim.id),
      },
      () => {
        popover = null;
        if (fromKeyboard) focus.refocus();
      },
    );
    performance.measure('tally:popover-open', 'tally:popover-start');
    if (fromKeyboard)
      popover.host.shadowRoot?.querySelector<HTMLElement>('.close')?.focus({ preventScroll: true });
  };

  setupHoverTip(ctx, () => shown);

  ctx.addEventListener(document, 'click', (e) => {
    if (shown.length === 0 || e.defaultPrevented || e.button !== 0) return;
    const t = targetAtPoint(document, shown, e.clientX, e.clientY);
    if (t && document.getSelection()?.isCollapsed !== false) void show(shown.indexOf(t), false);
  });
  ctx.addEventListener(document, 'keydown', (e) => {
    if (!enabled || !e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || isTyping(e)) return;
    if (e.code === 'KeyN' || e.code === 'KeyP') {
      e.preventDefault();
      focus.step(e.code === 'KeyN' ? 1 : -1);
    } else if (e.code === 'KeyH') {
      e.preventDefault();
      hidden = !hidden;
      repaint();
      announce(hidden ? 'Tally highlights hidden.' : 'Tally highlights shown.');
    }
  });

  browser.runtime.onMessage.addListener((raw: unknown) => {
    const parsed = UiToContent.safeParse(raw);
    if (!parsed.success) return undefined;
    if (parsed.data.type === 'focus-claim') {
      const { claimId } = parsed.data;
      const index = shown.findIndex((a) => a.claim.id === claimId);
      if (index < 0)
        return Promise.resolve({ ok: false, error: `no highlighted figure ${claimId} on this page` });
      const box = shown[index]!.range.getBoundingClientRect();
      window.scrollBy({ top: box.top - window.innerHeight / 3, behavior: 'instant' });
      return show(index, false).then(() => ({ ok: true }));
    }
    const all = pass?.annotated ?? [];
    const counts = Object.fromEntries(MATCH_STATUSES.map((s) => [s, 0])) as Record<MatchStatus, number>;
    for (const a of all) counts[a.match.status]++;
    const reply: PageSummaryReply = {
      ok: true,
      host,
      enabled,
      counts,
      claims: all.length,
      ...(pass?.read ? { read: pass.read } : {}),
      divergences: all
        .filter((a) => a.match.status === 'diverges')
        .map((a) => ({
          claimId: a.claim.id,
          text: a.claim.text,
          speaker: a.match.claimant?.name ?? a.claim.speaker,
          others: a.match.others.map((o) => `${o.name}: ${o.value ?? `${o.low}–${o.high}`}`),
        })),
    };
    return Promise.resolve(reply);
  });

  // Late content (live blogs, "read more", single-page apps): read again once the page settles.
  let timer: number | undefined;
  const observer = new MutationObserver((records) => {
    if (!enabled) return;
    // Only changes inside the article read last (or its removal) can change what Tally shows:
    // a ticking clock or a rotating ad elsewhere must not make it read the page again.
    const root = pass?.article.root;
    const relevant = records.some(
      (r) =>
        !(r.target instanceof Element && r.target.tagName.startsWith('TALLY-')) &&
        (!root || !root.isConnected || root.contains(r.target)),
    );
    if (!relevant) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      performance.mark('tally:recheck');
      void annotate();
    }, SETTLE_MS);
  });
  observer.observe(document.body ?? html, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    clear();
  });

  ctx.onInvalidated(
    watchSiteSettings((settings) => {
      const now = isEnabledFor(settings, host);
      if (now === enabled) return;
      enabled = now;
      if (enabled) void annotate();
      else clear();
    }),
  );
  ctx.onInvalidated(
    watchDisplaySettings((next) => {
      display = next;
      repaint();
    }),
  );

  if (enabled) await annotate();
}
