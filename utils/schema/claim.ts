import * as z from 'zod/mini';

// Schemas shared with the content script use zod/mini: the same validation at a
// tenth of the size, and the content script is injected into every article.

/** How a figure is bounded: exact, about, more/at least, less/at most. */
export const Qualifier = z.enum(['=', '~', '>', '>=', '<', '<=']);
/** @see Qualifier */
export type Qualifier = z.infer<typeof Qualifier>;

/** A period of time as ISO dates or date-times (inclusive start, exclusive end). */
export const Period = z.object({
  start: z.string().check(z.minLength(4)),
  end: z.string().check(z.minLength(4)),
});
/** @see Period */
export type Period = z.infer<typeof Period>;

/**
 * What a figure is about, as far as its sentence says: the action ("launched",
 * "shot down", "exchanged", "controls"), who acted on whom, where and when.
 */
export const Frame = z.object({
  action: z.nullable(z.string()),
  actor: z.nullable(z.string()),
  target: z.nullable(z.string()),
  place: z.nullable(z.string()),
  /** The time phrase as written ("overnight", "on Tuesday"). */
  timeText: z.nullable(z.string()),
  /** That phrase resolved against the article's published date. */
  period: z.nullable(Period),
});
/** @see Frame */
export type Frame = z.infer<typeof Frame>;

const offset = z.int().check(z.nonnegative());

/**
 * A numeric claim found in an article's text. Offsets are UTF-16 code units
 * into `Article.text`. A single figure has `value`; a range has `low`/`high`.
 */
export const PageClaim = z.object({
  id: z.string().check(z.minLength(1)),
  start: offset,
  end: offset,
  text: z.string(),
  value: z.nullable(z.number()),
  low: z.nullable(z.number()),
  high: z.nullable(z.number()),
  qualifier: Qualifier,
  /** Normalised unit for measures, money, percentages ("km2", "%", "USD"); null for counts. */
  unit: z.nullable(z.string()),
  /** Head noun of what is counted ("drones"), or the unit noun for measures. */
  concept: z.nullable(z.string()),
  /**
   * What is counted in the matcher's (English) words, where the concept is written in another
   * language ("беспилотников", "дронів" → "drones"); absent for English text.
   */
  lemma: z.optional(z.string()),
  /** Who asserts it, as the article names them; null = the outlet's own voice. */
  speaker: z.nullable(z.string()),
  /** "dozens", "hundreds of": a vague amount, never compared. */
  vague: z.boolean(),
  /** The id of the claim this one restates in other units ("200 km² (77 sq mi)"). */
  sameAs: z.nullable(z.string()),
  /** The article reports the figure with doubt ("якобы", "нібито", "allegedly"): the speaker's, not the outlet's. */
  doubted: z.optional(z.boolean()),
  frame: Frame,
});
/** @see PageClaim */
export type PageClaim = z.infer<typeof PageClaim>;
