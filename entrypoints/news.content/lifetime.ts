import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The content script's lifetime, and the one way to ask whether it is over. */
export interface Lifetime {
  /** Aborted once this copy of Tally must stop. */
  signal: AbortSignal;
  /** Ends the lifetime now if the extension was reloaded, updated or removed; true while it goes on. */
  check(): boolean;
}

/** The isolated world's count of Tally copies started in this page (the page cannot see it). */
const COPIES = Symbol.for('tally.copies');

/**
 * A lifetime that ends when the extension context is gone or a newer copy of
 * Tally started in this page — not merely when WXT's context says so: WXT
 * invalidates on a DOM event any page can dispatch (naming the extension's id),
 * so its `invalidated` is believed only when one of those two is true.
 */
export function lifetimeOf(ctx: ContentScriptContext): Lifetime {
  const life = new AbortController();
  const world = globalThis as { [COPIES]?: number };
  const mine = (world[COPIES] = (world[COPIES] ?? 0) + 1);
  const check = () => {
    if (!life.signal.aborted && (browser.runtime?.id == null || world[COPIES] !== mine)) life.abort();
    return !life.signal.aborted;
  };
  ctx.signal.addEventListener('abort', check, { once: true });
  return { signal: life.signal, check };
}
