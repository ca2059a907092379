import { h, render } from 'preact';
import { Popover } from '../../../components/Popover';
import type { ArticleMeta, ClaimMatch, PageClaim } from '../../../utils/schema';
import { emptyFrame } from '../../../utils/schema/claim';
import { createClosedHost } from './closed-host';
import { placeNear } from './place';

/** What a popover shows, and where. */
export interface PopoverTarget {
  claim: PageClaim;
  match: ClaimMatch;
  range: Range;
  meta: ArticleMeta;
  onNote?: () => Promise<void>;
  noted?: boolean;
}

/** An open popover. */
export interface OpenPopover {
  close(): void;
  /** Moves focus to its first control (opened from the keyboard). */
  focus(): void;
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
   * Shows the cross-references of `target` beside its range. Closes on Esc, an
   * outside click and when the figure scrolls out of view; `onClosed` then
   * returns focus. Tab and Shift+Tab wrap around its controls.
   */
  open(target: PopoverTarget, onClosed: () => void): OpenPopover;
  /**
   * Renders a made-up popover once, out of sight, so the first real one opens
   * without waiting for Preact and the components to warm up. Its own task:
   * with the host's making, it would be one long one.
   */
  warmUp(): void;
}

/** The controls Tab moves between. */
const FOCUSABLE = 'button:not([disabled]), a[href], input, [tabindex]:not([tabindex="-1"])';

/**
 * Creates the popover's closed shadow root (hidden until a popover opens) ahead
 * of the first click, so opening one is a render and a position, not a new
 * element and a new stylesheet (see also `warmUp`).
 */
export function createPopoverHost(signal: AbortSignal, css: string): PopoverHost {
  const { host, root } = createClosedHost(signal, css);
  const frame = document.createElement('div');
  frame.className = 'frame';
  frame.hidden = true;
  root.append(frame);
  let current: (() => void) | null = null;
  signal.addEventListener('abort', () => current?.(), { once: true });

  return {
    warmUp() {
      if (current || signal.aborted) return;
      render(h(Popover, WARM_UP), frame);
      render(null, frame);
    },
    open(target, onClosed) {
      current?.();
      const controller = new AbortController();
      const listen = { signal: controller.signal };
      let closed = false;
      let frameRequest = 0;
      const close = () => {
        if (closed) return;
        closed = true;
        current = null;
        controller.abort();
        cancelAnimationFrame(frameRequest);
        render(null, frame);
        frame.hidden = true;
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
        frame,
      );
      frame.hidden = false;
      const place = () => {
        frameRequest = 0;
        const r = target.range.getBoundingClientRect();
        if (r.bottom < 0 || r.top > window.innerHeight) return close();
        const { x, y } = placeNear(r, frame.getBoundingClientRect(), {
          width: document.documentElement.clientWidth,
          height: window.innerHeight,
        });
        frame.style.transform = `translate(${x}px, ${y}px)`;
      };
      const placeSoon = () => (frameRequest ||= requestAnimationFrame(place));
      place();
      window.addEventListener('scroll', placeSoon, { ...listen, passive: true, capture: true });
      window.addEventListener('resize', placeSoon, { ...listen, passive: true });
      const resized = new ResizeObserver(placeSoon);
      resized.observe(frame);
      controller.signal.addEventListener('abort', () => resized.disconnect());

      document.addEventListener(
        'keydown',
        (e) => {
          if (e.isTrusted && e.key === 'Escape') {
            e.stopPropagation();
            close();
          }
        },
        { ...listen, capture: true },
      );
      frame.addEventListener(
        'keydown',
        (e) => {
          if (e.key !== 'Tab') return;
          const controls = [...frame.querySelectorAll<HTMLElement>(FOCUSABLE)];
          const at = controls.indexOf(root.activeElement as HTMLElement);
          const next = e.shiftKey
            ? at <= 0
              ? controls.at(-1)
              : null
            : at === controls.length - 1
              ? controls[0]
              : null;
          if (next) {
            e.preventDefault();
            next.focus();
          }
        },
        listen,
      );
      document.addEventListener(
        'pointerdown',
        (e) => e.isTrusted && !e.composedPath().includes(host) && close(),
        { ...listen, capture: true },
      );
      return {
        close,
        focus: () => frame.querySelector<HTMLElement>(FOCUSABLE)?.focus({ preventScroll: true }),
      };
    },
  };
}
