import * as z from 'zod/mini';
import { ArticleMeta } from './article';
import { PageClaim } from './claim';
import { Language } from '../i18n/languages';

import { NotesFromContent, NotesFromUi } from './notes';

/** `match`: a content script asks for its page's claims to be matched. */
export const MatchRequest = z.object({
  type: z.literal('match'),
  article: ArticleMeta,
  claims: z.array(PageClaim).check(z.maxLength(20000)),
});
/** @see MatchRequest */
export type MatchRequest = z.infer<typeof MatchRequest>;

/** The longest article text the background will analyze (about a million words). */
export const MAX_ARTICLE_CHARS = 8_000_000;

/**
 * `analyze`: a content script sends its article's text; the background extracts the
 * claims and matches them. Extraction runs in the worker, off the page's main thread,
 * and keeps the grammar out of the script injected into every article.
 */
export const AnalyzeRequest = z.object({
  type: z.literal('analyze'),
  article: ArticleMeta,
  text: z.string().check(z.maxLength(MAX_ARTICLE_CHARS)),
  /** A live blog's dated entries: each is read against its own date, not the page's. */
  sections: z.optional(
    z
      .array(
        z.object({
          start: z.int().check(z.nonnegative()),
          end: z.int().check(z.nonnegative()),
          published: z.string().check(z.minLength(4), z.maxLength(40)),
        }),
      )
      .check(z.maxLength(10000)),
  ),
});
/** @see AnalyzeRequest */
export type AnalyzeRequest = z.infer<typeof AnalyzeRequest>;

/** `dataset-info`: a UI page asks what the loaded dataset holds. */
export const DatasetInfoRequest = z.object({ type: z.literal('dataset-info') });

/** `packs-changed`: the options page imported or removed a dataset pack; the background reloads them. */
export const PacksChangedRequest = z.object({ type: z.literal('packs-changed') });

/**
 * `ui-messages`: a content script asks for Tally's text in the language the reader chose, when
 * it is not the browser's (a content script cannot read the extension's `_locales` itself).
 */
export const UiMessagesRequest = z.object({ type: z.literal('ui-messages'), language: Language });

/** Messages a content script sends to the background. */
export const ContentToBackground = z.discriminatedUnion('type', [
  AnalyzeRequest,
  MatchRequest,
  UiMessagesRequest,
  ...NotesFromContent,
]);
/** @see ContentToBackground */
export type ContentToBackground = z.infer<typeof ContentToBackground>;

/** Messages a UI page (popup, options, side panel) sends to the background. */
export const UiToBackground = z.discriminatedUnion('type', [
  DatasetInfoRequest,
  PacksChangedRequest,
  ...NotesFromUi,
]);
/** @see UiToBackground */
export type UiToBackground = z.infer<typeof UiToBackground>;

/** Every message the background accepts, from either direction. */
export const BackgroundMessage = z.discriminatedUnion('type', [
  AnalyzeRequest,
  MatchRequest,
  UiMessagesRequest,
  DatasetInfoRequest,
  PacksChangedRequest,
  ...NotesFromContent,
  ...NotesFromUi,
]);
/** @see BackgroundMessage */
export type BackgroundMessage = z.infer<typeof BackgroundMessage>;

export * from './replies';
