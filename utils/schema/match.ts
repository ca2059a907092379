import * as z from 'zod/mini';
import { Qualifier } from './claim';

import { Side } from './sides';

export { Side };

/**
 * How a page's figure stands against the others known for the same quantity: `diverges` (another
 * speaker's figure cannot hold beside it), `agrees`, `single` (only the speaker's own record),
 * `related` (the same thing counted with another or an unknown scope or measure, or a comparison
 * too unsure to call; never coloured), `unmatched`.
 */
export const MatchStatus = z.enum(['diverges', 'agrees', 'single', 'related', 'unmatched']);
/** @see MatchStatus */
export type MatchStatus = z.infer<typeof MatchStatus>;

/** Every status, in order of importance. */
export const MATCH_STATUSES: readonly MatchStatus[] = [
  'diverges',
  'agrees',
  'single',
  'related',
  'unmatched',
];

/** Where another figure comes from: this page, the bundled dataset or a pack, or a page read earlier. */
export const FigureOrigin = z.enum(['page', 'dataset', 'memory']);
/** @see FigureOrigin */
export type FigureOrigin = z.infer<typeof FigureOrigin>;

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
  /** The claimant's id, when the dataset knows the speaker. */
  claimant: z.nullable(z.string()),
  /** Who gives it: the claimant's name, or the speaker as the page writes it. */
  name: z.string(),
  side: z.nullable(Side),
  value: z.nullable(z.number()),
  low: z.nullable(z.number()),
  high: z.nullable(z.number()),
  qualifier: Qualifier,
  source: z.nullable(SourceRef),
  quote: z.nullable(z.string()),
  origin: FigureOrigin,
  /** For a figure from the reading memory: when the reader read it (ms since the epoch). */
  readAt: z.optional(z.number()),
});
/** @see OtherFigure */
export type OtherFigure = z.infer<typeof OtherFigure>;

/**
 * A topic's parts, so that each reader's language can name it (see `utils/i18n/topic`): the
 * dataset metric or what the page counts, the period, the place and the sides.
 */
export const TopicParts = z.object({
  /** The dataset metric's id; null for a topic only the page's figures have. */
  metric: z.nullable(z.string()),
  /** For a page topic: what is counted ("person", "drone", "USD"), which ones ("soldier") and the measure ("killed"). */
  what: z.nullable(z.object({ thing: z.string(), kind: z.string(), measure: z.string() })),
  /** The period (ms since the epoch, end exclusive), or the day a running total stands at when `asOf`. */
  period: z.object({ start: z.number(), end: z.number(), asOf: z.boolean() }),
  /** The place: a dataset place key ("kursk", "gaza"), or a page scope ("world", "country:UA", "local:kyiv"). */
  place: z.nullable(z.string()),
  /** The side that acts or holds, and the side attacked or losing ("russia", "ukraine"); null when unsaid. */
  actor: z.nullable(z.string()),
  target: z.nullable(z.string()),
  /** Whether the figure is a part of a larger one on the page. */
  part: z.boolean(),
});
/** @see TopicParts */
export type TopicParts = z.infer<typeof TopicParts>;

/** The result of matching one page claim. */
export const ClaimMatch = z.object({
  claimId: z.string(),
  status: MatchStatus,
  topic: z.nullable(
    z.object({
      id: z.string(),
      label: z.string(),
      /** What the topic's metric counts and what it does not (absent in notes made before definitions). */
      definition: z.optional(z.nullable(z.string())),
      /** What the label names, for writing it in another language (absent in notes made before parts). */
      parts: z.optional(TopicParts),
    }),
  ),
  claimant: z.nullable(z.object({ id: z.string(), name: z.string(), side: Side })),
  /** Other speakers' figures for the same quantity (and the speaker's own records). */
  others: z.array(OtherFigure),
  /** The same thing counted with another or an unknown scope or measure: listed, never compared. */
  related: z.array(OtherFigure),
});
/** @see ClaimMatch */
export type ClaimMatch = z.infer<typeof ClaimMatch>;

/** The match of a figure nothing is known about (or that was never matched). */
export function unmatchedMatch(claimId: string): ClaimMatch {
  return { claimId, status: 'unmatched', topic: null, claimant: null, others: [], related: [] };
}
