import type { PageState } from '../page-state';
import { createFocusProxy } from '../ui/focus-proxy';
import type { PopoverFeature } from './popover';

/** True when a key press belongs to a field the reader is typing in. */
function isTyping(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  return !!t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
}

/**
 * The keyboard: next and previous highlight, Enter to open one (through a
 * focusable proxy laid over it), and hiding every highlight.
 */
export function keyboardFeature(
  page: PageState,
  popover: PopoverFeature,
  announce: (message: string) => void,
): void {
  const focus = createFocusProxy(
    page.signal,
    () => page.shown,
    (i) => popover.show(i, { fromKeyboard: true, onClosed: () => focus.refocus() }),
  );
  document.addEventListener(
    'keydown',
    (e) => {
      if (!e.isTrusted || !page.enabled || !e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || isTyping(e))
        return;
      if (e.code === 'KeyN' || e.code === 'KeyP') {
        e.preventDefault();
        focus.step(e.code === 'KeyN' ? 1 : -1);
      } else if (e.code === 'KeyH') {
        e.preventDefault();
        page.hidden = !page.hidden;
        page.emit('style');
        announce(page.hidden ? 'Tally highlights hidden.' : 'Tally highlights shown.');
      }
    },
    { signal: page.signal },
  );
}
