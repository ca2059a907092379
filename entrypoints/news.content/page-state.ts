import type { DisplaySettings } from '../../utils/settings/schemas';
import type { Annotated, Pass } from './annotate-page';
import type { Lifetime } from './lifetime';

/** A figure painted on the page, with the words the keyboard, the hover tip and screen readers say for it. */
export interface Shown extends Annotated {
  label: string;
}

/**
 * What changed in the page state. `pass`: a pass over the page landed (or the page
 * was cleared, `pass` null); `style`: what to show changed (settings, hidden);
 * `painted`: `shown` was replaced; `popover`: a popover opened or closed.
 */
export type PageEvent = 'pass' | 'style' | 'painted' | 'popover';

/**
 * The one state every feature of the content script reads: what the last pass
 * found, what is painted, and the settings in force. Features change it and
 * `emit` what they changed; listeners run in the order they subscribed, and
 * stop with the content script (`signal`).
 */
export interface PageState {
  /** Aborted when this copy of Tally stops (extension updated, reloaded or removed). */
  readonly signal: AbortSignal;
  /** Stops this copy if the extension is gone; true while it goes on. */
  alive(): boolean;
  /** `setTimeout`, cancelled when Tally stops. */
  later(callback: () => void, ms: number): number;
  /** The page's host name, as site settings name it. */
  readonly host: string;
  enabled: boolean;
  display: DisplaySettings;
  /** The reader hid every highlight on this page (the hide shortcut). */
  hidden: boolean;
  pass: Pass | null;
  /** The figures painted now, in page order. */
  shown: readonly Shown[];
  /** A figure's popover is open. */
  popoverOpen: boolean;
  on(event: PageEvent, listener: () => void): void;
  emit(event: PageEvent): void;
}

/** The page state of a content script whose settings were read. */
export function createPageState(
  lifetime: Lifetime,
  initial: { enabled: boolean; display: DisplaySettings },
): PageState {
  const listeners: Record<PageEvent, (() => void)[]> = { pass: [], style: [], painted: [], popover: [] };
  const { signal } = lifetime;
  // A plain list rather than an EventTarget: Firefox does not call an EventTarget's
  // listeners made in a content script. A listener that throws is reported, and
  // the ones after it still run.
  signal.addEventListener('abort', () => Object.values(listeners).forEach((l) => (l.length = 0)), {
    once: true,
  });
  return {
    signal,
    alive: lifetime.check,
    later(callback, ms) {
      const timer = window.setTimeout(() => signal.aborted || callback(), ms);
      signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
      return timer;
    },
    host: location.hostname,
    enabled: initial.enabled,
    display: initial.display,
    hidden: false,
    pass: null,
    shown: [],
    popoverOpen: false,
    on: (event, listener) => {
      if (!signal.aborted) listeners[event].push(listener);
    },
    emit: (event) => {
      for (const listener of listeners[event]) {
        try {
          listener();
        } catch (e) {
          reportError(e);
        }
      }
    },
  };
}
