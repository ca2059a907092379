import { z } from 'zod';

/** How a figure is bounded: exact, about, more/at least, less/at most. */
export const Qualifier = z.enum(['=', '~', '>', '>=', '<', '<=']);
/** @see Qualifier */
export type Qualifier = z.infer<typeof Qualifier>;

/** A period of time as ISO dates or date-times (inclusive start, exclusive end). */
export const Period = z.object({
  start: z.string().min(4),
  end: z.string().min(4),
});
/** @see Period */
export type Period = z.infer<typeof Period>;

/**
 * What a figure is about, as far as its sentence says: the action ("launched",
 * "shot down", "exchanged", "controls"), who acted on whom, where and when.
 */
export const Frame = z.object({
  action: z.string().nullable(),
  actor: z.string().nullable(),
  target: z.string().nullable(),
  place: z.string().nullable(),
  /** The time phrase as written ("overnight", "on Tuesday"). */
  timeText: z.string().nullable(),
  /** That phrase resolved against the article's published date. */
  period: Period.nullable(),
});
/** @see Frame */
export type Frame = z.infer<typeof Frame>;

/**
 * A numeric claim found in an article's text. Offsets are UTF-16 code units
 * into `Article.text`. A single figure has `value`; a range has `low`/`high`.
 */
export const PageClaim = z.object({
  id: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  qualifier: Qualifier,
  /** Normalised unit for measures, money, percentages ("km2", "%", "USD"); null for counts. */
  unit: z.string().nullable(),
  /** Head noun of what is counted ("drones"), or the unit noun for measures. */
  concept: z.string().nullable(),
  /** Who asserts it, as the article names them; null = the outlet's own voice. */
  speaker: z.string().nullable(),
  /** "dozens", "hundreds of": a vague amount, never compared. */
  vague: z.boolean(),
  /** The id of the claim this one restates in other units ("200 km² (77 sq mi)"). */
  sameAs: z.string().nullable(),
  frame: Frame,
});
/** @see PageClaim */
export type PageClaim = z.infer<typeof PageClaim>;
