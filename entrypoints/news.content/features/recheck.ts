import { watchDisplaySettings, watchSiteSettings } from '../../../utils/settings/read-in-page';
import { isEnabledFor } from '../../../utils/settings/schemas';
import { annotatePage, yieldToMain } from '../annotate-page';
import type { PageState } from '../page-state';
import { createReadScheduler } from '../read-scheduler';

/**
 * A changed page is read again 400 ms after its last change, and at least every
 * 1.5 s while it keeps changing (a page that changes faster than it settles).
 */
const READ_TIMING = { settleMs: 400, maxWaitMs: 1500 };

/** The reading of the page: the first pass, and each pass after. */
export interface RecheckFeature {
  /** Reads the page for the first time (when Tally is on for the site). */
  start(): Promise<void>;
}

/**
 * Reads the page, and reads it again when the article changes (late content:
 * live blogs, "read more", single-page apps) once it settles (or every so often
 * while it keeps changing: {@link READ_TIMING}), or when Tally is
 * turned on for the site; clears it when turned off. Display settings are
 * passed on to the features that paint.
 */
export function recheckFeature(page: PageState): RecheckFeature {
  const { signal } = page;
  let generation = 0;

  const annotate = async () => {
    if (!page.alive()) return;
    const mine = ++generation;
    const next = await annotatePage(
      document,
      () => mine !== generation || !page.enabled || signal.aborted,
      page.pass,
    );
    if (!next || next === page.pass) return;
    page.pass = next;
    await yieldToMain();
    if (signal.aborted) return;
    const t = performance.now();
    page.emit('pass');
    performance.measure('tally:paint', { start: t, end: performance.now() });
    performance.mark('tally:done');
  };

  const clear = () => {
    generation++;
    page.pass = null;
    page.emit('pass');
  };

  const reads = createReadScheduler(
    () => {
      performance.mark('tally:recheck');
      return annotate();
    },
    page.later,
    READ_TIMING,
  );
  const observer = new MutationObserver((records) => {
    if (!page.enabled) return;
    // Only changes inside the article read last (or its removal) can change what Tally shows:
    // a ticking clock or a rotating ad elsewhere must not make it read the page again.
    // (Tally's own UI hangs off <html>, outside the body observed.)
    const root = page.pass?.article.root;
    const relevant = records.some((r) => !root || !root.isConnected || root.contains(r.target));
    if (relevant) reads.changed();
  });
  observer.observe(document.body ?? document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      generation++;
    },
    { once: true },
  );

  const onStop = (stop: () => void) => signal.addEventListener('abort', stop, { once: true });
  onStop(
    watchSiteSettings((settings) => {
      const now = isEnabledFor(settings, page.host);
      if (now === page.enabled) return;
      page.enabled = now;
      if (now) void annotate();
      else clear();
    }),
  );
  onStop(
    watchDisplaySettings((next) => {
      page.display = next;
      page.emit('style');
    }),
  );

  return {
    start: () => (page.enabled ? annotate() : Promise.resolve()),
  };
}
