import * as z from 'zod/mini';
import { Qualifier } from './claim';

import { Side } from './sides';

export { Side };

/** How a page's figure stands against the others known for its topic. */
export const MatchStatus = z.enum(['diverges', 'agrees', 'single', 'unmatched']);
/** @see MatchStatus */
export type MatchStatus = z.infer<typeof MatchStatus>;

/** Every status, in order of importance. */
export const MATCH_STATUSES: readonly MatchStatus[] = ['diverges', 'agrees', 'single', 'unmatched'];

/** Where a figure was published. */
export const SourceRef = z.object({
  url: z.string(),
  published: z.nullable(z.string()),
  outlet: z.nullable(z.string()),
});
/** @see SourceRef */
export type SourceRef = z.infer<typeof SourceRef>;

/** Another claimant's figure for the same topic (or another speaker on the same page). */
export const OtherFigure = z.object({
  claimant: z.nullable(z.string()),
  name: z.string(),
  side: z.nullable(Side),
  value: z.nullable(z.number()),
  low: z.nullable(z.number()),
  high: z.nullable(z.number()),
  qualifier: Qualifier,
  source: z.nullable(SourceRef),
  quote: z.nullable(z.string()),
  /** True when this figure comes from the page itself, not the dataset. */
  onPage: z.boolean(),
});
/** @see OtherFigure */
export type OtherFigure = z.infer<typeof OtherFigure>;

/** The result of matching one page claim. */
export const ClaimMatch = z.object({
  claimId: z.string(),
  status: MatchStatus,
  topic: z.nullable(z.object({ id: z.string(), label: z.string() })),
  claimant: z.nullable(z.object({ id: z.string(), name: z.string(), side: Side })),
  others: z.array(OtherFigure),
});
/** @see ClaimMatch */
export type ClaimMatch = z.infer<typeof ClaimMatch>;

/** The match of a figure nothing is known about (or that was never matched). */
export function unmatchedMatch(claimId: string): ClaimMatch {
  return { claimId, status: 'unmatched', topic: null, claimant: null, others: [] };
}
