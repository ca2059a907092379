import * as z from 'zod/mini';
import { PageClaim } from './claim';
import { FamilySummary } from './families';
import { ClaimMatch, MatchStatus } from './match';

// Replies, and the messages a content script receives, live apart from the
// background's request unions (messages.ts): the content script imports these
// and nothing else, so it does not carry every request schema.

/** Messages a UI page sends to a tab's content script. */
export const UiToContent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page-summary') }),
  /** Scroll to a claim and open its popover (from the popup's list of divergences). */
  z.object({ type: z.literal('focus-claim'), claimId: z.string() }),
]);
/** @see UiToContent */
export type UiToContent = z.infer<typeof UiToContent>;

/** Tally's keyboard commands (browser shortcuts: utils/commands). */
export const TallyCommand = z.enum(['next-figure', 'previous-figure', 'toggle-highlights']);
/** @see TallyCommand */
export type TallyCommand = z.infer<typeof TallyCommand>;

/** `command`: the background passes a shortcut the reader pressed to the tab's content script. */
export const CommandToContent = z.object({ type: z.literal('command'), command: TallyCommand });
/** @see CommandToContent */
export type CommandToContent = z.infer<typeof CommandToContent>;

/** The failure half of every reply. */
export const Failure = z.object({ ok: z.literal(false), error: z.string() });

/** Reply to `match`. */
export const MatchReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), matches: z.array(ClaimMatch) }),
  Failure,
]);
/** @see MatchReply */
export type MatchReply = z.infer<typeof MatchReply>;

/**
 * How much of an article Tally read: `words` of its `total` words. A page longer than the
 * background's limit is read up to the limit, and the reader is told ("Tally read the first N words").
 */
export const ReadExtent = z.object({ words: z.int(), total: z.int() });
/** @see ReadExtent */
export type ReadExtent = z.infer<typeof ReadExtent>;

/** Reply to `analyze`: the article's claims and, in the same order, their matches; how much was read. */
export const AnalyzeReply = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    claims: z.array(PageClaim),
    matches: z.array(ClaimMatch),
    read: ReadExtent,
  }),
  Failure,
]);
/** @see AnalyzeReply */
export type AnalyzeReply = z.infer<typeof AnalyzeReply>;

/** What the dataset holds, for the options page and popup. */
export const DatasetInfo = z.object({
  claims: z.int(),
  claimants: z.int(),
  metrics: z.int(),
  sources: z.int(),
  from: z.nullable(z.string()),
  to: z.nullable(z.string()),
  /** Each source family with its claimants, metrics, dates and claims, counted from the data. */
  families: z.optional(z.array(FamilySummary)),
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

/** Reply to `packs-changed`. */
export const PacksChangedReply = z.discriminatedUnion('ok', [z.object({ ok: z.literal(true) }), Failure]);
/** @see PacksChangedReply */
export type PacksChangedReply = z.infer<typeof PacksChangedReply>;

/** Reply to `page-summary`: what the content script found on this page. */
export const PageSummaryReply = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    host: z.string(),
    enabled: z.boolean(),
    counts: z.record(MatchStatus, z.int()),
    claims: z.int(),
    divergences: z.array(DivergenceSummary),
    /** How much of the article was read, when the background read less than all of it. */
    read: z.optional(ReadExtent),
  }),
  Failure,
]);
/** @see PageSummaryReply */
export type PageSummaryReply = z.infer<typeof PageSummaryReply>;
