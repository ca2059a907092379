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
 * How a figure's time is stated: `night` ("overnight"), `past-day` ("in the past 24 hours"),
 * `day` ("on Tuesday", "18 March"), `period` (a week, a month, a year, a fiscal year),
 * `cumulative` (a running total: "since February 2022", "so far", "as of Friday", "through
 * January"), `other` (a phrase that could not be resolved), `none`.
 */
export const TimeForm = z.enum(['none', 'night', 'past-day', 'day', 'period', 'cumulative', 'other']);
/** @see TimeForm */
export type TimeForm = z.infer<typeof TimeForm>;

/**
 * What a figure is about, as far as its sentence says: the action ("launched",
 * "shot down", "exchanged", "controls"), who acted on whom, where and when, what it
 * measures, and whether it is a part of another figure or set against one.
 */
export const Frame = z.object({
  action: z.nullable(z.string()),
  actor: z.nullable(z.string()),
  target: z.nullable(z.string()),
  place: z.nullable(z.string()),
  /** The time phrase as written ("overnight", "on Tuesday"). */
  timeText: z.nullable(z.string()),
  /** That phrase resolved against the article's published date (or the article's own time when `inferred`). */
  period: z.nullable(Period),
  /** The form of the time phrase (the inferred time's, when `inferred`). */
  timeForm: TimeForm,
  /**
   * The sentence gave no time: `period` is the time the article implies (its event's day,
   * else its date). Enough to compare figures within one article, never to call a figure
   * different from a record of another time.
   */
  inferred: z.boolean(),
  /**
   * What is measured, as a class: the action or state for counts ("launched", "shot down",
   * "killed", "injured", "attended"), the indicator for rates ("growth", "inflation"),
   * with " target" for a goal rather than a figure ("growth target"); null when unsaid.
   */
  measure: z.nullable(z.string()),
  /** The id of the figure this one is a part of ("63 of the 137", "of which", "including", "among them"). */
  partOf: z.nullable(z.string()),
  /** The id of the figure the sentence sets this one against ("half of the 12,000", "double the 16,064"). */
  versus: z.nullable(z.string()),
  /**
   * The id of the other version of this count its source gave: the earlier figure a revision
   * replaces ("raised it to 310", "revised from 40 to 65"), or the later one that replaced it
   * ("up from a preliminary 150", "revising its earlier estimate of 52%"). Absent when none.
   */
  revisionOf: z.optional(z.string()),
});
/** @see Frame */
export type Frame = z.infer<typeof Frame>;

/** A frame that knows nothing: no action, actor, target, place, time or measure. */
export function emptyFrame(): Frame {
  return {
    action: null,
    actor: null,
    target: null,
    place: null,
    timeText: null,
    period: null,
    timeForm: 'none',
    inferred: false,
    measure: null,
    partOf: null,
    versus: null,
  };
}

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
