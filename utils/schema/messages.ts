import * as z from 'zod/mini';
import { ArticleMeta } from './article';
import { PageClaim } from './claim';
import { ClaimMatch, MatchStatus } from './match';

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

/** Messages a content script sends to the background. */
export const ContentToBackground = z.discriminatedUnion('type', [MatchRequest]);
/** @see ContentToBackground */
export type ContentToBackground = z.infer<typeof ContentToBackground>;

/** Messages a UI page (popup, options, side panel) sends to the background. */
export const UiToBackground = z.discriminatedUnion('type', [DatasetInfoRequest]);
/** @see UiToBackground */
export type UiToBackground = z.infer<typeof UiToBackground>;

/** Every message the background accepts, from either direction. */
export const BackgroundMessage = z.discriminatedUnion('type', [MatchRequest, DatasetInfoRequest]);
/** @see BackgroundMessage */
export type BackgroundMessage = z.infer<typeof BackgroundMessage>;

/** Messages a UI page sends to a tab's content script. */
export const UiToContent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page-summary') }),
  /** Scroll to a claim and open its popover (from the popup's list of divergences). */
  z.object({ type: z.literal('focus-claim'), claimId: z.string() }),
]);
/** @see UiToContent */
export type UiToContent = z.infer<typeof UiToContent>;

/** Any result on the wire: a value or a precise error. */
export type Result<T> = ({ ok: true } & T) | { ok: false; error: string };

/** The failure half of every reply. */
export const Failure = z.object({ ok: z.literal(false), error: z.string() });

/** Reply to `match`. */
export const MatchReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), matches: z.array(ClaimMatch) }),
  Failure,
]);
/** @see MatchReply */
export type MatchReply = z.infer<typeof MatchReply>;

/** What the dataset holds, for the options page and popup. */
export const DatasetInfo = z.object({
  claims: z.int(),
  claimants: z.int(),
  metrics: z.int(),
  sources: z.int(),
  from: z.nullable(z.string()),
  to: z.nullable(z.string()),
});
/** @see DatasetInfo */
export type DatasetInfo = z.infer<typeof DatasetInfo>;

/** Reply to `dataset-info`. */
export const DatasetInfoReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), info: DatasetInfo }),
  Failure,
]);
/** @see DatasetInfoReply */
export type DatasetInfoReply = z.infer<typeof DatasetInfoReply>;

/** One divergence for the popup's list. */
export const DivergenceSummary = z.object({
  claimId: z.string(),
  text: z.string(),
  speaker: z.nullable(z.string()),
  others: z.array(z.string()),
});

/** Reply to `focus-claim`. */
export const FocusClaimReply = z.discriminatedUnion('ok', [z.object({ ok: z.literal(true) }), Failure]);
/** @see FocusClaimReply */
export type FocusClaimReply = z.infer<typeof FocusClaimReply>;

/** Reply to `page-summary`: what the content script found on this page. */
export const PageSummaryReply = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    host: z.string(),
    enabled: z.boolean(),
    counts: z.record(MatchStatus, z.int()),
    claims: z.int(),
    divergences: z.array(DivergenceSummary),
  }),
  Failure,
]);
/** @see PageSummaryReply */
export type PageSummaryReply = z.infer<typeof PageSummaryReply>;
