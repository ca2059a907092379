import { t as message } from '../../../utils/i18n/messages';
import { TALLY_COMMANDS } from '../../../utils/commands/commands';
import { createClosedHost } from './closed-host';

/** A highlight the keyboard can move to. */
export interface Focusable {
  range: Range;
  label: string;
}

/** Keyboard access to highlights, which are not elements and so cannot take focus themselves. */
export interface FocusProxy {
  /** Moves to the next (+1) or previous (-1) highlight and focuses it. */
  step(delta: 1 | -1): void;
  /** Focuses the highlight at `index` again (after a popover closes). */
  refocus(): void;
  /** The highlight the keyboard is on, if any. */
  current(): number;
}

/**
 * A focusable element (in a closed shadow root) laid over the current highlight (no
 * pointer events, so the page under it still gets clicks). Enter or Space on
 * it activates the highlight; Tab and Shift+Tab walk the highlights before
 * letting focus leave.
 */
export function createFocusProxy(
  signal: AbortSignal,
  targets: () => readonly Focusable[],
  onActivate: (index: number) => void,
): FocusProxy {
  const { root } = createClosedHost(
    signal,
    'div{position:fixed;display:block;pointer-events:none;outline:3px solid #1664ff;outline-offset:2px;' +
      'border-radius:3px;opacity:0;left:0;top:0;width:0;height:0}',
  );
  const el = document.createElement('div');
  el.setAttribute('tabindex', '0');
  el.setAttribute('role', 'button');
  // The keys Tally suggests: a content script cannot read the ones in force (no commands API here).
  el.setAttribute(
    'aria-label',
    message('page.focusLabel', {
      next: TALLY_COMMANDS['next-figure'].key,
      previous: TALLY_COMMANDS['previous-figure'].key,
    }),
  );
  root.append(el);
  let index = -1;

  const place = () => {
    const t = targets()[index];
    if (!t) return;
    const r = t.range.getBoundingClientRect();
    el.style.left = `${r.left}px`;
    el.style.top = `${r.top}px`;
    el.style.width = `${r.width}px`;
    el.style.height = `${r.height}px`;
  };

  const show = (i: number) => {
    const list = targets();
    const t = list[i];
    if (!t) return;
    index = i;
    const box = t.range.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) {
      window.scrollBy({ top: box.top - window.innerHeight / 3, behavior: 'instant' });
    }
    el.setAttribute('aria-label', message('page.focusOf', { label: t.label, n: i + 1, total: list.length }));
    place();
    el.style.opacity = '1';
    el.focus({ preventScroll: true });
  };

  // Only the reader's keys reach here: the shadow root stops scripted ones, and keeps these from the page.
  el.addEventListener('keydown', (e) => {
    const n = targets().length;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (index >= 0) onActivate(index);
    } else if (e.key === 'Tab' && n > 0) {
      const next = index + (e.shiftKey ? -1 : 1);
      if (next >= 0 && next < n) {
        e.preventDefault();
        show(next);
      }
    }
  });
  el.addEventListener('focus', () => {
    if (index < 0 && targets().length > 0) show(0);
  });
  el.addEventListener('blur', () => {
    el.style.opacity = '0';
  });
  window.addEventListener('scroll', place, { passive: true, capture: true, signal });

  return {
    step(delta) {
      const n = targets().length;
      if (n === 0) return;
      show(index < 0 ? (delta > 0 ? 0 : n - 1) : (index + delta + n) % n);
    },
    refocus() {
      if (index >= 0) show(index);
    },
    current: () => index,
  };
}
