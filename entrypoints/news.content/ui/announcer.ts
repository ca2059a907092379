import { createClosedHost } from './closed-host';

/**
 * A visually hidden live region in a closed shadow root: screen readers hear
 * what Tally found once per page, not once per highlight; the page cannot read it.
 */
export function createAnnouncer(signal: AbortSignal): (message: string) => void {
  const { root } = createClosedHost(
    signal,
    'div{position:fixed;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}',
  );
  const region = document.createElement('div');
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  root.append(region);
  let said = '';
  return (message) => {
    if (message === said) return;
    said = message;
    region.textContent = message;
  };
}
