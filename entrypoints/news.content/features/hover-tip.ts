import { targetAtPoint } from '../../../utils/highlight';
import type { PageState } from '../page-state';
import { createClosedHost } from '../ui/closed-host';

const TIP_CSS =
  '.tip{position:fixed;left:0;top:0;pointer-events:none;font:12px/1.4 system-ui,sans-serif;color:#fff;background:#1d2129;padding:3px 8px;border-radius:5px;' +
  'white-space:nowrap;box-shadow:0 2px 8px rgba(0,0,0,.25)}';

/**
 * Shows who gave a figure when the pointer rests on its highlight (highlights
 * are not elements, so they cannot carry a `title`). One pointer check per
 * animation frame at most; the tip itself ignores the pointer.
 */
export function hoverTipFeature(page: PageState): void {
  const { signal } = page;
  const { host, root } = createClosedHost(signal, TIP_CSS);
  // Below the popover: the popover's host comes later in the page.
  host.style.setProperty('z-index', '2147483646', 'important');
  const tip = document.createElement('div');
  tip.className = 'tip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  root.append(tip);
  let frame = 0;
  let last: { x: number; y: number } | null = null;

  const check = () => {
    frame = 0;
    if (!last) return;
    // The tip says what the popover says in full: never both at once.
    const t = page.popoverOpen ? null : targetAtPoint(document, page.shown, last.x, last.y);
    if (!t) {
      tip.hidden = true;
      return;
    }
    tip.textContent = t.label;
    tip.hidden = false;
    const box = t.range.getBoundingClientRect();
    tip.style.transform = `translate(${Math.round(box.left)}px, ${Math.round(Math.max(0, box.top - 26))}px)`;
  };

  document.addEventListener(
    'mousemove',
    (e) => {
      last = { x: e.clientX, y: e.clientY };
      if (!frame) frame = requestAnimationFrame(check);
    },
    { passive: true, signal },
  );
  const hide = () => (tip.hidden = true);
  page.on('popover', hide);
  window.addEventListener('scroll', hide, { passive: true, capture: true, signal });
  // A click opens the popover over the figure: the tip would only cover it.
  document.addEventListener('pointerdown', hide, { passive: true, capture: true, signal });
  signal.addEventListener('abort', () => cancelAnimationFrame(frame), { once: true });
}
