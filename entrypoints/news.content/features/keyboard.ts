import type { PageState } from '../page-state';
import type { Router } from '../router';
import { createFocusProxy } from '../ui/focus-proxy';
import type { PopoverFeature } from './popover';

/**
 * The keyboard: the browser's shortcuts for Tally (utils/commands) move to the
 * next or previous highlight or hide them all; Enter on the highlight moved to
 * opens it (through a focusable proxy laid over it). Tally listens to no key
 * on the page itself, so the page's own shortcuts keep working.
 */
export function keyboardFeature(
  page: PageState,
  router: Router,
  popover: PopoverFeature,
  announce: (message: string) => void,
): void {
  const focus = createFocusProxy(
    page.signal,
    () => page.shown,
    (i) => popover.show(i, { fromKeyboard: true, onClosed: () => focus.refocus() }),
  );
  router.on('command', ({ command }) => {
    if (!page.enabled) return Promise.resolve({ ok: false, error: 'Tally is off on this site' });
    if (command === 'toggle-highlights') {
      page.hidden = !page.hidden;
      page.emit('style');
      announce(page.hidden ? 'Tally highlights hidden.' : 'Tally highlights shown.');
    } else focus.step(command === 'next-figure' ? 1 : -1);
    return Promise.resolve({ ok: true });
  });
}
