import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DisplaySettings } from '../../utils/settings/schemas';
import type { Annotated, Pass } from './annotate-page';

/** A figure painted on the page, with the words the keyboard, the hover tip and screen readers say for it. */
export interface Shown extends Annotated {
  label: string;
}

/**
 * What changed in the page state. `pass`: a pass over the page landed (or the page
 * was cleared, `pass` null); `style`: what to show changed (settings, hidden);
 * `painted`: `shown` was replaced.
 */
export type PageEvent = 'pass' | 'style' | 'painted';

/**
 * The one state every feature of the content script reads: what the last pass
 * found, what is painted, and the settings in force. Features change it and
 * `emit` what they changed; listeners run in the order they subscribed, and
 * stop with the content script (`signal`).
 */
export interface PageState {
  readonly ctx: ContentScriptContext;
  /** Aborted when the content script is invalidated (extension updated, reloaded or removed). */
  readonly signal: AbortSignal;
  /** The page's host name, as site settings name it. */
  readonly host: string;
  enabled: boolean;
  display: DisplaySettings;
  /** The reader hid every highlight on this page (the hide shortcut). */
  hidden: boolean;
  pass: Pass | null;
  /** The figures painted now, in page order. */
  shown: readonly Shown[];
  on(event: PageEvent, listener: () => void): void;
  emit(event: PageEvent): void;
}

/** The page state of a content script whose settings were read. */
export function createPageState(
  ctx: ContentScriptContext,
  initial: { enabled: boolean; display: DisplaySettings },
): PageState {
  const listeners: Record<PageEvent, (() => void)[]> = { pass: [], style: [], painted: [] };
  const signal = ctx.signal;
  // A plain list rather than an EventTarget: Firefox does not call an EventTarget's
  // listeners made in a content script. A listener that throws is reported, and
  // the ones after it still run.
  signal.addEventListener('abort', () => Object.values(listeners).forEach((l) => (l.length = 0)), {
    once: true,
  });
  return {
    ctx,
    signal,
    host: location.hostname,
    enabled: initial.enabled,
    display: initial.display,
    hidden: false,
    pass: null,
    shown: [],
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
