import { z } from 'zod';
import { ArticleMeta } from './article';
import { PageClaim } from './claim';
import { ClaimMatch, MatchStatus } from './match';

/** Messages a content script sends to the background. */
export const ContentToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('match'), article: ArticleMeta, claims: z.array(PageClaim).max(20000) }),
]);
/** @see ContentToBackground */
export type ContentToBackground = z.infer<typeof ContentToBackground>;

/** Messages a UI page (popup, options, side panel) sends to the background. */
export const UiToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('dataset-info') }),
]);
/** @see UiToBackground */
export type UiToBackground = z.infer<typeof UiToBackground>;

/** Messages a UI page sends to a tab's content script. */
export const UiToContent = z.discriminatedUnion('type', [z.object({ type: z.literal('page-summary') })]);
/** @see UiToContent */
export type UiToContent = z.infer<typeof UiToContent>;

/** Any result on the wire: a value or a precise error. */
export type Result<T> = ({ ok: true } & T) | { ok: false; error: string };

/** Builds the zod schema of a `Result<T>` from the schema of its success fields. */
export function resultSchema<T extends z.ZodRawShape>(shape: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), ...shape }),
    z.object({ ok: z.literal(false), error: z.string() }),
  ]);
}

/** Reply to `match`. */
export const MatchReply = resultSchema({ matches: z.array(ClaimMatch) });
/** @see MatchReply */
export type MatchReply = z.infer<typeof MatchReply>;

/** What the dataset holds, for the options page and popup. */
export const DatasetInfo = z.object({
  claims: z.number().int(),
  claimants: z.number().int(),
  metrics: z.number().int(),
  sources: z.number().int(),
  from: z.string().nullable(),
  to: z.string().nullable(),
});
/** @see DatasetInfo */
export type DatasetInfo = z.infer<typeof DatasetInfo>;

/** Reply to `dataset-info`. */
export const DatasetInfoReply = resultSchema({ info: DatasetInfo });
/** @see DatasetInfoReply */
export type DatasetInfoReply = z.infer<typeof DatasetInfoReply>;

/** One divergence for the popup's list. */
export const DivergenceSummary = z.object({
  claimId: z.string(),
  text: z.string(),
  speaker: z.string().nullable(),
  others: z.array(z.string()),
});

/** Reply to `page-summary`: what the content script found on this page. */
export const PageSummaryReply = resultSchema({
  host: z.string(),
  enabled: z.boolean(),
  counts: z.record(MatchStatus, z.number().int()),
  claims: z.number().int(),
  divergences: z.array(DivergenceSummary),
});
/** @see PageSummaryReply */
export type PageSummaryReply = z.infer<typeof PageSummaryReply>;
