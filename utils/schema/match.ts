import { z } from 'zod';
import { Qualifier } from './claim';

/** The sides a claimant can speak for. */
export const Side = z.enum(['ukraine', 'russia', 'independent', 'international', 'other']);
/** @see Side */
export type Side = z.infer<typeof Side>;

/** How a page's figure stands against the others known for its topic. */
export const MatchStatus = z.enum(['diverges', 'agrees', 'single', 'unmatched']);
/** @see MatchStatus */
export type MatchStatus = z.infer<typeof MatchStatus>;

/** Where a figure was published. */
export const SourceRef = z.object({
  url: z.string(),
  published: z.string().nullable(),
  outlet: z.string().nullable(),
});
/** @see SourceRef */
export type SourceRef = z.infer<typeof SourceRef>;

/** Another claimant's figure for the same topic (or another speaker on the same page). */
export const OtherFigure = z.object({
  claimant: z.string().nullable(),
  name: z.string(),
  side: Side.nullable(),
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  qualifier: Qualifier,
  source: SourceRef.nullable(),
  quote: z.string().nullable(),
  /** True when this figure comes from the page itself, not the dataset. */
  onPage: z.boolean(),
});
/** @see OtherFigure */
export type OtherFigure = z.infer<typeof OtherFigure>;

/** The result of matching one page claim. */
export const ClaimMatch = z.object({
  claimId: z.string(),
  status: MatchStatus,
  topic: z.object({ id: z.string(), label: z.string() }).nullable(),
  claimant: z.object({ id: z.string(), name: z.string(), side: Side }).nullable(),
  others: z.array(OtherFigure),
});
/** @see ClaimMatch */
export type ClaimMatch = z.infer<typeof ClaimMatch>;
