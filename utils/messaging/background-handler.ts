import type * as z from 'zod/mini';
import {
  BackgroundMessage,
  type ClaimMatch,
  type DatasetInfo,
  type DatasetInfoReply,
  type MatchReply,
  type PageClaim,
  type ArticleMeta,
} from '../schema';

/** What the handler needs of a matcher (kept narrow so tests can pass their own). */
export interface MatcherLike {
  match(claims: PageClaim[], meta: ArticleMeta): ClaimMatch[];
  info(): DatasetInfo;
}

/** Any reply the background sends. */
export type BackgroundReply = MatchReply | DatasetInfoReply;

/** Readable reason a message was rejected, naming the path of each bad field. */
export function describeError(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(message)'}: ${i.message}`)
    .join('; ');
}

/**
 * Builds the background's message handler: validates every message with zod
 * and answers `{ok: true, …}` or `{ok: false, error}`; it never throws, so one
 * bad message cannot stop the worker serving the next.
 */
export function createBackgroundHandler(getMatcher: () => Promise<MatcherLike>) {
  return async (raw: unknown): Promise<BackgroundReply> => {
    const parsed = BackgroundMessage.safeParse(raw);
    if (!parsed.success) return { ok: false, error: `invalid message: ${describeError(parsed.error)}` };
    try {
      const matcher = await getMatcher();
      const msg = parsed.data;
      switch (msg.type) {
        case 'match':
          return { ok: true, matches: matcher.match(msg.claims, msg.article) };
        case 'dataset-info':
          return { ok: true, info: matcher.info() };
      }
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  };
}
