import * as z from 'zod/mini';
import { ArticleMeta } from './article';
import { PageClaim } from './claim';

import { NotesFromContent, NotesFromUi } from './notes';

/** `match`: a content script asks for its page's claims to be matched. */
export const MatchRequest = z.object({
  type: z.literal('match'),
  article: ArticleMeta,
  claims: z.array(PageClaim).check(z.maxLength(20000)),
});
/** @see MatchRequest */
export type MatchRequest = z.infer<typeof MatchRequest>;

/** `dataset-info`: a UI page asks what the loaded dataset holds. */
export const DatasetInfoRequest = z.object({ type: z.literal('dataset-info') });

/** `packs-changed`: the options page imported or removed a dataset pack; the background reloads them. */
export const PacksChangedRequest = z.object({ type: z.literal('packs-changed') });

/** Messages a content script sends to the background. */
export const ContentToBackground = z.discriminatedUnion('type', [MatchRequest, ...NotesFromContent]);
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
  MatchRequest,
  DatasetInfoRequest,
  PacksChangedRequest,
  ...NotesFromContent,
  ...NotesFromUi,
]);
/** @see BackgroundMessage */
export type BackgroundMessage = z.infer<typeof BackgroundMessage>;

export * from './replies';
