/** Events a person makes: inside Tally's UI, only the browser's own (trusted) ones reach a listener. */
const GUARDED = [
  'click',
  'dblclick',
  'auxclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'input',
  'change',
  'submit',
] as const;

/** Keys pressed inside Tally's UI are Tally's: the page's shortcuts never see them. */
const KEYS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * The host's own box: a 0×0 point at the top left that paints nothing itself
 * and that no page style can move or hide (inline `!important`); what Tally
 * shows is positioned inside the shadow root. `viewport`: fixed, above
 * everything (popover, tip, focus ring); `document`: scrolls with the page, at
 * the page's own level, under its sticky headers and dialogs (marks on text).
 */
function hostStyle(place: 'viewport' | 'document'): string {
  const [position, layer] = place === 'viewport' ? ['fixed', 2147483647] : ['absolute', 0];
  return (
    `all:initial!important;display:block!important;position:${position}!important;top:0!important;` +
    'left:0!important;width:0!important;height:0!important;overflow:visible!important;' +
    `pointer-events:auto!important;z-index:${layer}!important;`
  );
}

/** One piece of Tally's UI on the page: a plain element and its closed shadow root. */
export interface ClosedHost {
  host: HTMLElement;
  root: ShadowRoot;
}

/**
 * Makes a host for Tally's UI that a page can neither reach nor pre-empt: a
 * standard `<div>` (no custom element name a page could define first), its
 * shadow root closed and attached before the element is in the page, with
 * `css` inside. Untrusted (scripted) events are stopped at the shadow root
 * before any of Tally's listeners, and keys typed inside stay inside. The host
 * is appended to `<html>` at once and removed when `signal` aborts.
 */
export function createClosedHost(
  signal: AbortSignal,
  css: string,
  place: 'viewport' | 'document' = 'viewport',
): ClosedHost {
  const host = document.createElement('div');
  host.style.cssText = hostStyle(place);
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  for (const type of GUARDED) {
    root.addEventListener(type, (e) => e.isTrusted || e.stopImmediatePropagation(), {
      capture: true,
      signal,
    });
  }
  for (const type of KEYS) root.addEventListener(type, (e) => e.stopPropagation(), { signal });
  document.documentElement.append(host);
  signal.addEventListener('abort', () => host.remove(), { once: true });
  return { host, root };
}
