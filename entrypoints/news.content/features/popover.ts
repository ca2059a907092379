import { targetAtPoint } from '../../../utils/highlight';
import type { PageState } from '../page-state';
import type { Router } from '../router';
import popoverCss from '../ui/popover.css?inline';
import { createPopoverHost, type OpenPopover, type PopoverHost } from '../ui/popover-host';
import type { NotesFeature } from './notes';

/** Opening a figure's cross-references. */
export interface PopoverFeature {
  /**
   * Opens the popover of the painted figure at `index`; `fromKeyboard` moves
   * focus into it, and `onClosed` runs when it closes.
   */
  show(index: number, options?: { fromKeyboard?: boolean; onClosed?: () => void }): void;
}

/**
 * The popover: a click on a highlight (or the popup's list of divergences,
 * `focus-claim`) opens the figure's cross-references, with "Note".
 */
export function popoverFeature(page: PageState, router: Router, notes: NotesFeature): PopoverFeature {
  let popover: OpenPopover | null = null;
  // The popover's host is made once, when the page has figures, before the first click.
  let hostMade: PopoverHost | null = null;
  const popoverHost = () => (hostMade ??= createPopoverHost(page.signal, popoverCss));

  const show: PopoverFeature['show'] = (index, options = {}) => {
    const target = page.shown[index];
    const pass = page.pass;
    if (!target || !pass) return;
    popover?.close();
    performance.mark('tally:popover-start');
    popover = popoverHost().open(
      {
        ...target,
        meta: pass.article.meta,
        onNote: () => notes.noteClaim(target.claim.id),
        noted: notes.isNoted(target.claim.id),
      },
      () => {
        popover = null;
        page.popoverOpen = false;
        page.emit('popover');
        options.onClosed?.();
      },
    );
    page.popoverOpen = true;
    page.emit('popover');
    performance.measure('tally:popover-open', 'tally:popover-start');
    if (options.fromKeyboard) popover.focus();
  };

  page.on('painted', () => popover?.close());
  // Made ahead of the first click, in two idle tasks (the host and its styles, then a
  // warm-up render), each well under 50 ms.
  let warmed = false;
  page.on('pass', () => {
    if (warmed || !page.pass?.annotated.length) return;
    warmed = true;
    requestIdleCallback(() => {
      if (page.signal.aborted) return;
      const host = popoverHost();
      requestIdleCallback(() => page.signal.aborted || host.warmUp());
    });
  });

  document.addEventListener(
    'click',
    (e) => {
      // A page can dispatch clicks of its own: only the reader's (trusted) ones open a popover.
      if (!e.isTrusted || page.shown.length === 0 || e.defaultPrevented || e.button !== 0) return;
      const t = targetAtPoint(document, page.shown, e.clientX, e.clientY);
      if (t && document.getSelection()?.isCollapsed !== false) show(page.shown.indexOf(t));
    },
    { signal: page.signal },
  );

  router.on('focus-claim', async ({ claimId }) => {
    const index = page.shown.findIndex((a) => a.claim.id === claimId);
    if (index < 0) return { ok: false, error: `no highlighted figure ${claimId} on this page` };
    const box = page.shown[index]!.range.getBoundingClientRect();
    window.scrollBy({ top: box.top - window.innerHeight / 3, behavior: 'instant' });
    show(index);
    return { ok: true };
  });

  return { show };
}
