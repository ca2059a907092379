import * as z from 'zod/mini';
import { Qualifier } from '../schema/claim';
import { Side } from '../schema/match';

// zod/mini: the side panel and options page read these records too.

const text = (max: number) => z.string().check(z.maxLength(max));
const instant = z.number().check(z.refine(Number.isFinite, 'expected a finite time'));

/** The figure as written, with a little of its sentence on each side (W3C TextQuote's shape). */
export const MemoryQuote = z.object({
  exact: z.string().check(z.minLength(1), z.maxLength(300)),
  prefix: text(200),
  suffix: text(200),
});
/** @see MemoryQuote */
export type MemoryQuote = z.infer<typeof MemoryQuote>;

/** The page a figure was read on (its address is the record's `url`). */
export const MemoryPage = z.object({
  title: z.nullable(text(1000)),
  outlet: z.nullable(text(300)),
  /** The article's published date as the page gave it (ISO date or date-time). */
  published: z.nullable(text(40)),
  /** The host it was read on, without a leading "www." ("tass.com"). */
  site: z.string().check(z.minLength(1), z.maxLength(300)),
});
/** @see MemoryPage */
export type MemoryPage = z.infer<typeof MemoryPage>;

/**
 * A figure the reader read, as it is kept in the reading memory: one record per page, quantity
 * and speaker (the newest reading wins). `quantity` is the time-free part of the same-quantity
 * identity (see identity.ts) and [`from`, `to`] the figure's time, so a lookup is one index range.
 */
export const RememberedFigure = z.object({
  /** The page's address, then a hash of quantity, time and speaker (see `figureId`). */
  id: z.string().check(z.minLength(1), z.maxLength(4100)),
  /** The page's address as read, without fragment or tracking parameters (see `memoryPageKey`). */
  url: z.string().check(z.minLength(1), z.maxLength(4000)),
  /** The site's labels reversed and dot-ended ("com.tass."): a site and its subdomains are one key range. */
  siteKey: z.string().check(z.minLength(1), z.maxLength(300)),
  quantity: z.string().check(z.minLength(1), z.maxLength(1000)),
  from: instant,
  to: instant,
  /** True when the figure's time was inferred from the article's date rather than stated. */
  inferred: z.boolean(),
  value: z.nullable(z.number()),
  low: z.nullable(z.number()),
  high: z.nullable(z.number()),
  qualifier: Qualifier,
  unit: z.nullable(text(40)),
  concept: z.nullable(text(200)),
  /** Who gave it, as the page named them; null = the outlet's own voice. */
  speaker: z.nullable(text(300)),
  claimant: z.nullable(z.object({ id: text(200), name: text(300), side: Side })),
  /** Same speaker and same words: a republished story is one source (see `sourceKey`). */
  source: text(40),
  quote: MemoryQuote,
  page: MemoryPage,
  topic: z.nullable(z.object({ id: text(1000), label: text(300) })),
  /** When it was read (ms since the epoch). */
  readAt: instant,
  /** Its size as JSON text, for the options page's figure of storage used. */
  size: z.int().check(z.nonnegative()),
});
/** @see RememberedFigure */
export type RememberedFigure = z.infer<typeof RememberedFigure>;

/** A page's record: the figures read on it in full (with the words around each). */
export const StoredPage = z.object({
  url: z.string().check(z.minLength(1), z.maxLength(4000)),
  figures: z.array(RememberedFigure),
});
/** @see StoredPage */
export type StoredPage = z.infer<typeof StoredPage>;

/**
 * A page in the memory's directory: what it holds and when it was read, without its figures. A
 * page is what the memory drops when full (the least recently read first) and what the "Read"
 * view lists; the directory lets both go without reading any figure.
 */
export const PageEntry = z.object({
  url: z.string().check(z.minLength(1), z.maxLength(4000)),
  siteKey: z.string().check(z.minLength(1), z.maxLength(300)),
  /** When its least and most recently read figures were read. */
  oldest: instant,
  newest: instant,
  /** The time buckets its figures' lookup rows are filed in. */
  buckets: z.array(z.string().check(z.maxLength(40))),
  figures: z.int().check(z.nonnegative()),
  bytes: z.int().check(z.nonnegative()),
});
/** @see PageEntry */
export type PageEntry = z.infer<typeof PageEntry>;

/** Why figures left the memory without the reader asking. */
export const DropReason = z.enum(['cap', 'quota']);
/** @see DropReason */
export type DropReason = z.infer<typeof DropReason>;

/** The last time the memory dropped its oldest figures to make room, for the options page. */
export const DropNotice = z.object({
  reason: DropReason,
  count: z.int().check(z.nonnegative()),
  at: instant,
});
/** @see DropNotice */
export type DropNotice = z.infer<typeof DropNotice>;

/** What the memory keeps about itself: its size, and the last drop. Never anything of a page. */
export const MemoryMeta = z.object({
  figures: z.int().check(z.nonnegative()),
  bytes: z.int().check(z.nonnegative()),
  dropped: z.nullable(DropNotice),
});
/** @see MemoryMeta */
export type MemoryMeta = z.infer<typeof MemoryMeta>;

/** An empty memory's meta. */
export const EMPTY_META: MemoryMeta = { figures: 0, bytes: 0, dropped: null };

/** How the memory stands, for the options page and popup. */
export const MemoryStats = z.object({
  figures: z.int().check(z.nonnegative()),
  bytes: z.int().check(z.nonnegative()),
  /** When the oldest remembered figure was read, or null when there is none. */
  oldest: z.nullable(instant),
  dropped: z.nullable(DropNotice),
});
/** @see MemoryStats */
export type MemoryStats = z.infer<typeof MemoryStats>;

/** What to forget: one page, one site (and its subdomains), what was read since a time, or all. */
export const ForgetScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('page'), url: z.string().check(z.minLength(1), z.maxLength(4000)) }),
  z.object({ kind: z.literal('site'), site: z.string().check(z.minLength(1), z.maxLength(300)) }),
  /** Everything read at or after `since` ("the last hour", "the last day"). */
  z.object({ kind: z.literal('since'), since: instant }),
  z.object({ kind: z.literal('everything') }),
]);
/** @see ForgetScope */
export type ForgetScope = z.infer<typeof ForgetScope>;
