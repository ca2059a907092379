import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { NotesToContent, PageNotesChanged } from '../../utils/schema/notes';
import { CommandToContent, UiToContent } from '../../utils/schema/replies';

/** Every message a content script accepts (from extension pages and the background). */
const ContentMessage = z.union([UiToContent, NotesToContent, PageNotesChanged, CommandToContent]);
/** @see ContentMessage */
export type ContentMessage = z.infer<typeof ContentMessage>;

type Handler<T extends ContentMessage['type']> = (
  message: Extract<ContentMessage, { type: T }>,
) => Promise<unknown>;

/** The content script's one message listener, which features register their handlers with. */
export interface Router {
  /** Answers messages of `type` with `handler` (one handler per type). */
  on<T extends ContentMessage['type']>(type: T, handler: Handler<T>): void;
}

/**
 * Listens to runtime messages until `signal` aborts: a message that does not
 * validate, or that no feature handles, gets no answer; a handler that throws
 * answers `{ok: false, error}`.
 */
export function createRouter(signal: AbortSignal): Router {
  const handlers = new Map<string, (message: ContentMessage) => Promise<unknown>>();
  const listener = (raw: unknown) => {
    const parsed = ContentMessage.safeParse(raw);
    const handler = parsed.success ? handlers.get(parsed.data.type) : undefined;
    if (!parsed.success || !handler) return undefined;
    return handler(parsed.data).catch((e: unknown) => ({
      ok: false,
      error: e instanceof Error ? e.message : String(e),
    }));
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
  return {
    on(type, handler) {
      handlers.set(type, handler as (message: ContentMessage) => Promise<unknown>);
    },
  };
}
