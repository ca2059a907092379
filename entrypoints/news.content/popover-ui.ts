import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createIsolatedElement } from '@webext-core/isolated-element';
import { Popover } from '../../components/Popover';
import type { ArticleMeta, ClaimMatch, PageClaim } from '../../utils/schema';
import { emptyFrame } from '../../utils/schema/claim';

/** What a popover shows, and where. */
export interface PopoverTarget {
  claim: PageClaim;
  match: ClaimMatch;
  range: Range;
  meta: ArticleMeta;
  onNote?: () => Promise<void>;
  noted?: boolean;
}

/** An open popover and how to close it. */
export interface OpenPopover {
  close(): void;
  host: HTMLElement;
}

/** A made-up figure rendered once, hidden, when the host is made. */
const WARM_UP = {
  claim: {
    id: 'warm-up',
    start: 0,
    end: 1,
    text: '1',
    value: 1,
    low: null,
    high: null,
    qualifier: '=',
    unit: null,
    concept: null,
    speaker: null,
    vague: false,
    sameAs: null,
    frame: emptyFrame(),
  },
  match: {
    claimId: 'warm-up',
    status: 'diverges',
    topic: { id: 'warm-up', label: '' },
    claimant: null,
    others: [
      {
        claimant: null,
        name: '',
        side: 'other',
        value: 1000.5,
        low: null,
        high: null,
        qualifier: '~',
        source: null,
        quote: null,
        origin: 'page',
      },
    ],
    related: [],
  },
  meta: { url: null, published: null, outlet: null, headline: null },
  onClose: () => {},
} satisfies Parameters<typeof Popover>[0];

/** The popover's shadow-root host, made once per page and reused by every popover. */
export interface PopoverHost {
  /**
   * Shows the cross-references of `target` next to its range, positioned with
   * Floating UI. Closes on Esc, outside click and when the figure scrolls out of
   * view; `onClosed` then returns focus.
   */
  open(target: PopoverTarget, onClosed: () => void): Promise<OpenPopover>;
}

/**
 * Creates the `<tally-popover>` host (an open shadow root, hidden until a
 * popover opens) ahead of the first click, so opening one is a render and a
 * position, not a new element and a new stylesheet.
 */
export async function createPopoverHost(ctx: ContentScriptContext, css: string): Promise<PopoverHost> {
  // An isolated shadow root (what WXT's createShadowRootUi wraps), made directly: the
  // mounting helpers around it cost ~1.5 KB gzipped of a script injected into every article.
  const { parentElement: host, isolatedElement: container } = await createIsolatedElement({
    name: 'tally-popover',
    mode: 'open',
    css: { textContent: css },
    isolateEvents: true,
  });
  document.documentElement.append(host);
  ctx.onInvalidated(() => {
    render(null, container);
    host.remove();
  });
  host.style.display = 'none';
  // One render ahead of time, out of sight: the first real popover then opens without
  // waiting for Preact, the components and the number formatter to warm up.
  render(h(Popover, WARM_UP), container);
  render(null, container);
  let current: (() => void) | null = null;
  ctx.onInvalidated(() => current?.());

  return {
    async open(target, onClosed) {
      current?.();
      const controller = new AbortController();
      let stopAutoUpdate = () => {};
      let closed = false;
      const close = () => {
        if (closed) return;
        closed = true;
        current = null;
        controller.abort();
        stopAutoUpdate();
        render(null, container);
        host.style.display = 'none';
        onClosed();
      };
      current = close;
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
      host.style.display = '';
      const reference = { getBoundingClientRect: () => target.range.getBoundingClientRect() };
      const place = () =>
        computePosition(reference, host, {
          strategy: 'fixed',
          placement: 'bottom-start',
          middleware: [offset(8), flip(), shift({ padding: 8 })],
        }).then(({ x, y }) => {
          if (!closed) host.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
        });
      let first = true;
      stopAutoUpdate = autoUpdate(reference, host, () => {
        // autoUpdate also calls back at once: the first position is placed (and awaited) below.
        if (first) return void (first = false);
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
      host.addEventListener('keydown', (e) => e.key === 'Escape' && close(), { signal });
      document.addEventListener('pointerdown', (e) => !e.composedPath().includes(host) && close(), {
        capture: true,
        signal,
      });
      return { close, host };
    },
  };
}
