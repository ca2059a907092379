import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Popover } from '../../components/Popover';
import type { ArticleMeta, ClaimMatch, PageClaim } from '../../utils/schema';

/** An open popover and how to close it. */
export interface OpenPopover {
  close(): void;
  host: HTMLElement;
}

/**
 * Opens the cross-reference popover next to `range` in a shadow root hosted by
 * `<tally-popover>`, positioned with Floating UI. Closes on Esc, outside click
 * and when the figure scrolls out of view; `onClosed` then returns focus.
 */
export async function openPopover(
  ctx: ContentScriptContext,
  css: string,
  target: {
    claim: PageClaim;
    match: ClaimMatch;
    range: Range;
    meta: ArticleMeta;
    onNote?: () => Promise<void>;
    noted?: boolean;
  },
  onClosed: () => void,
): Promise<OpenPopover> {
  const controller = new AbortController();
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let stopAutoUpdate = () => {};
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    controller.abort();
    stopAutoUpdate();
    ui?.remove();
    onClosed();
  };
  ui = await createShadowRootUi(ctx, {
    name: 'tally-popover',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    css,
    // popover.css resets the host itself: WXT's own reset is `!important` and would undo `position: fixed`.
    inheritStyles: true,
    isolateEvents: true,
    onMount(container) {
      render(
        h(Popover, {
          claim: target.claim,
          match: target.match,
          meta: target.meta,
          onClose: close,
          onNote: target.onNote,
          noted: target.noted,
        }),
        container,
      );
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
  const host = ui.shadowHost;
  const reference = { getBoundingClientRect: () => target.range.getBoundingClientRect() };
  const place = () =>
    computePosition(reference, host, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(8), flip(), shift({ padding: 8 })],
    }).then(({ x, y }) => {
      host.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    });
  stopAutoUpdate = autoUpdate(reference, host, () => {
    const r = target.range.getBoundingClientRect();
    if (r.bottom < 0 || r.top > window.innerHeight) close();
    else void place();
  });
  await place();

  const signal = controller.signal;
  document.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        close();
      }
    },
    { capture: true, signal },
  );
  host.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape') close();
    },
    { signal },
  );
  document.addEventListener(
    'pointerdown',
    (e) => {
      if (!e.composedPath().includes(host)) close();
    },
    { capture: true, signal },
  );
  ctx.onInvalidated(close);
  return { close, host };
}
