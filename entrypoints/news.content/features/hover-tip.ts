import { targetAtPoint } from '../../../utils/highlight';
import type { PageState } from '../page-state';

const TIP_CSS =
  ':host{all:initial;position:fixed;z-index:2147483646;pointer-events:none;left:0;top:0}' +
  '.tip{font:12px/1.4 system-ui,sans-serif;color:#fff;background:#1d2129;padding:3px 8px;border-radius:5px;' +
  'white-space:nowrap;box-shadow:0 2px 8px rgba(0,0,0,.25)}';

/**
 * Shows who gave a figure when the pointer rests on its highlight (highlights
 * are not elements, so they cannot carry a `title`). One pointer check per
 * animation frame at most; the tip itself ignores the pointer.
 */
export function hoverTipFeature(page: PageState): void {
  const { signal } = page;
  const host = document.createElement('tally-tip');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = TIP_CSS;
  const tip = document.createElement('div');
  tip.className = 'tip';
  tip.setAttribute('role', 'tooltip');
  shadow.append(style, tip);
  host.hidden = true;
  let frame = 0;
  let last: { x: number; y: number } | null = null;

  const check = () => {
    frame = 0;
    if (!last) return;
    const t = targetAtPoint(document, page.shown, last.x, last.y);
    if (!t) {
      host.hidden = true;
      return;
    }
    tip.textContent = t.label;
    if (!host.isConnected) document.documentElement.append(host);
    host.hidden = false;
    const box = t.range.getBoundingClientRect();
    host.style.transform = `translate(${Math.round(box.left)}px, ${Math.round(Math.max(0, box.top - 26))}px)`;
  };

  document.addEventListener(
    'mousemove',
    (e) => {
      last = { x: e.clientX, y: e.clientY };
      if (!frame) frame = requestAnimationFrame(check);
    },
    { passive: true, signal },
  );
  const hide = () => (host.hidden = true);
  window.addEventListener('scroll', hide, { passive: true, capture: true, signal });
  // A click opens the popover over the figure: the tip would only cover it.
  document.addEventListener('pointerdown', hide, { passive: true, capture: true, signal });
  signal.addEventListener(
    'abort',
    () => {
      if (frame) cancelAnimationFrame(frame);
      host.remove();
    },
    { once: true },
  );
}
