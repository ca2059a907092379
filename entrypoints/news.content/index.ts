import './style.css';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { readArticle, rangeFor } from '../../utils/article';
import { extractClaims } from '../../utils/extract';
import { paintHighlights, targetAtPoint, type PaintHandle } from '../../utils/highlight';
import { requestMatches } from '../../utils/messaging';
import type { ClaimMatch, MatchStatus, PageClaim, PageSummaryReply } from '../../utils/schema';
import { UiToContent } from '../../utils/schema';
import { getSiteSettings, isEnabledFor, siteSettingsItem } from '../../utils/settings';
import { NEWS_SITES, matchPatternsFor } from '../../utils/sites/news-sites';
import { createFocusProxy, type FocusProxy } from './focus-proxy';
import popoverCss from './popover.css?inline';
import { openPopover, type OpenPopover } from './popover-ui';

/** One figure on the page: what was found, how it matched, where it is. */
interface Annotated {
  claim: PageClaim;
  match: ClaimMatch;
  range: Range;
  label: string;
}

const UNMATCHED = (claimId: string): ClaimMatch => ({
  claimId,
  status: 'unmatched',
  topic: null,
  claimant: null,
  others: [],
});

/** Waits this long after the page's last change before reading it again. */
const SETTLE_MS = 400;

export default defineContentScript({
  matches: matchPatternsFor(NEWS_SITES),
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main(ctx) {
    void run(ctx);
  },
});

function labelOf(claim: PageClaim, match: ClaimMatch): string {
  const who = match.claimant?.name ?? claim.speaker;
  const status = {
    diverges: 'figures differ',
    agrees: 'figures agree',
    single: 'single source',
    unmatched: 'no match',
  }[match.status];
  return `${claim.text}${who ? `, ${who}` : ''}: ${status}`;
}

async function run(ctx: ContentScriptContext): Promise<void> {
  const host = location.hostname;
  const html = document.documentElement;
  let annotated: Annotated[] = [];
  let paint: PaintHandle | null = null;
  let popover: OpenPopover | null = null;
  let lastText = '';
  let enabled = isEnabledFor(await getSiteSettings(), host);
  let pass = 0;

  const clear = () => {
    popover?.close();
    paint?.clear();
    paint = null;
    annotated = [];
    lastText = '';
    for (const a of ['data-tally', 'data-tally-claims', 'data-tally-diverging']) html.removeAttribute(a);
  };

  const annotate = async () => {
    const mine = ++pass;
    const article = readArticle(document, location.href);
    if (article.text === lastText) return;
    const claims = extractClaims(article.text, { published: article.meta.published });
    const reply = claims.length
      ? await requestMatches({ type: 'match', article: article.meta, claims })
      : ({ ok: true, matches: [] } as const);
    if (mine !== pass || !enabled || ctx.isInvalid) return;
    const byId = new Map<string, ClaimMatch>(reply.ok ? reply.matches.map((m) => [m.claimId, m]) : []);
    const next: Annotated[] = [];
    for (const claim of claims) {
      const range = rangeFor(article.map, claim.start, claim.end);
      if (!range) continue;
      const match = byId.get(claim.id) ?? UNMATCHED(claim.id);
      next.push({ claim, match, range, label: labelOf(claim, match) });
    }
    popover?.close();
    paint?.clear();
    annotated = next;
    lastText = article.text;
    paint = paintHighlights(
      document,
      next.map((a) => ({ range: a.range, status: a.match.status })),
    );
    html.setAttribute('data-tally', reply.ok ? 'done' : 'error');
    html.setAttribute('data-tally-claims', String(next.length));
    html.setAttribute(
      'data-tally-diverging',
      String(next.filter((a) => a.match.status === 'diverges').length),
    );
  };

  let focus: FocusProxy | null = null;
  const show = async (index: number, fromKeyboard: boolean) => {
    const target = annotated[index];
    if (!target) return;
    popover?.close();
    popover = await openPopover(ctx, popoverCss, target, () => {
      popover = null;
      if (fromKeyboard) focus?.refocus();
    });
    if (fromKeyboard)
      popover.host.shadowRoot?.querySelector<HTMLElement>('.close')?.focus({ preventScroll: true });
  };
  focus = createFocusProxy(
    ctx,
    () => annotated,
    (i) => void show(i, true),
  );

  ctx.addEventListener(document, 'click', (e) => {
    if (!enabled || annotated.length === 0 || e.defaultPrevented) return;
    const t = targetAtPoint(document, annotated, e.clientX, e.clientY);
    if (t && document.getSelection()?.isCollapsed !== false) void show(annotated.indexOf(t), false);
  });
  ctx.addEventListener(document, 'keydown', (e) => {
    if (!enabled || !e.altKey || !e.shiftKey) return;
    if (e.code === 'KeyN' || e.code === 'KeyP') {
      e.preventDefault();
      focus?.step(e.code === 'KeyN' ? 1 : -1);
    }
  });

  browser.runtime.onMessage.addListener((raw: unknown) => {
    const parsed = UiToContent.safeParse(raw);
    if (!parsed.success) return undefined;
    if (parsed.data.type === 'focus-claim') {
      const { claimId } = parsed.data;
      const index = annotated.findIndex((a) => a.claim.id === claimId);
      if (index < 0) return Promise.resolve({ ok: false, error: `no figure ${claimId} on this page` });
      const box = annotated[index]!.range.getBoundingClientRect();
      window.scrollBy({ top: box.top - window.innerHeight / 3, behavior: 'instant' });
      return show(index, false).then(() => ({ ok: true }));
    }
    const counts: Record<MatchStatus, number> = { diverges: 0, agrees: 0, single: 0, unmatched: 0 };
    for (const a of annotated) counts[a.match.status]++;
    const reply: PageSummaryReply = {
      ok: true,
      host,
      enabled,
      counts,
      claims: annotated.length,
      divergences: annotated
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
    const foreign = records.some(
      (r) => !(r.target instanceof Element && r.target.tagName.startsWith('TALLY-')),
    );
    if (!foreign) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => void annotate(), SETTLE_MS);
  });
  observer.observe(document.body ?? html, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    clear();
  });

  const unwatch = siteSettingsItem.watch((settings) => {
    enabled = isEnabledFor(settings, host);
    if (enabled) void annotate();
    else clear();
  });
  ctx.onInvalidated(unwatch);

  if (enabled) await annotate();
}
