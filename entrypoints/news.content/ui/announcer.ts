/**
 * A visually hidden live region in a shadow root: screen readers hear what
 * Tally found once per page, not once per highlight.
 */
export function createAnnouncer(signal: AbortSignal): (message: string) => void {
  const host = document.createElement('tally-status');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent =
    ':host{all:initial;position:fixed;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}';
  const region = document.createElement('div');
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  shadow.append(style, region);
  let said = '';
  signal.addEventListener('abort', () => host.remove(), { once: true });
  return (message) => {
    if (message === said) return;
    said = message;
    if (!host.isConnected) document.documentElement.append(host);
    region.textContent = message;
  };
}
