import type { PageClaim, TimeForm } from '../schema';
import { DAY_MS, parseInstant } from '../dataset/time';

/** When a page figure is about: a span [start, end) (start === end for an as-of day) and how sure we are. */
export interface PageTime {
  /** The form of the sentence's time phrase; "none" when the time was inferred from the article. */
  form: TimeForm;
  start: number;
  end: number;
  /** True when the sentence gave the time (or a stock is stated as current); false when inferred. */
  explicit: boolean;
}

const HOUR = 3_600_000;
/** Periods up to this long are compared by periodFit (a night, a day); longer ones must nearly coincide. */
const SHORT = 2 * DAY_MS;
/** How far apart two running totals of one count may be and still be set side by side. */
const TOTALS_APART = 92 * DAY_MS;

/** The last published date read, and its day: every figure of a page asks for the same one. */
let lastPublished: { text: string | null; day: number } = { text: null, day: NaN };

/** The published date as UTC midnight, or NaN. */
function publishedDay(published: string | null): number {
  if (!published) return NaN;
  if (lastPublished.text === published) return lastPublished.day;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(published);
  const day = m ? parseInstant(m[1] as string) : NaN;
  lastPublished = { text: published, day };
  return day;
}

/** Parsed periods by their text: a long page repeats a handful of them thousands of times. */
const INSTANTS = new Map<string, number>();
function instant(text: string): number {
  let t = INSTANTS.get(text);
  if (t === undefined) {
    t = parseInstant(text);
    if (INSTANTS.size > 4096) INSTANTS.clear();
    INSTANTS.set(text, t);
  }
  return t;
}

/**
 * Places a page figure in time from its frame (the extractor resolved its phrase, or inferred
 * the article's time) and the article's date. A stock is as of the last day of its period; a
 * flow with no period at all is the night before and the day of publication, not explicit.
 */
export function pageTimeOf(claim: PageClaim, published: string | null, stock: boolean): PageTime | null {
  const f = claim.frame;
  const form: TimeForm = f.inferred ? 'none' : f.timeForm;
  const start = f.period ? instant(f.period.start) : NaN;
  const end = f.period ? instant(f.period.end) : NaN;
  const hasPeriod = Number.isFinite(start) && Number.isFinite(end) && end > start;
  const explicit = hasPeriod && !f.inferred;
  const pub = publishedDay(published);
  if (stock) {
    const at = hasPeriod ? Math.floor((end - 1) / DAY_MS) * DAY_MS : pub;
    if (!Number.isFinite(at)) return null;
    // a stock named with no time is as of the article's day: said as current
    return { form, start: at, end: at, explicit: explicit || form === 'none' };
  }
  if (hasPeriod) return { form, start, end, explicit };
  if (!Number.isFinite(pub)) return null;
  if (form === 'night') return { form, start: pub - 5 * HOUR, end: pub + 8 * HOUR, explicit: true };
  if (form === 'past-day') return { form, start: pub - DAY_MS, end: pub, explicit: true };
  return { form, start: pub - 5 * HOUR, end: pub + DAY_MS, explicit: false };
}

/**
 * How well a record's period fits a page period (0 = not the same period): they overlap by
 * at least half the shorter one and neither is over three times the other; or the page names a
 * day and the record is the night that ends in it ("on Wednesday" about Tuesday night's attack).
 */
export function periodFit(ps: number, pe: number, ds: number, de: number): number {
  const ov = Math.min(pe, de) - Math.max(ps, ds);
  const dp = pe - ps;
  const dd = de - ds;
  const lo = Math.min(dp, dd);
  const hi = Math.max(dp, dd);
  let score = 0;
  if (ov > 0 && ov >= 0.5 * lo && hi <= 3 * lo) score = ov / (hi + (dp + dd - 2 * ov) / 2);
  if (dp === DAY_MS && ps % DAY_MS === 0 && de > ps && de <= pe && ds < ps && dd <= 1.1 * DAY_MS)
    score = Math.max(score, 0.3);
  return score;
}

/** A figure's time as the page phase compares it: a period, or the day a running total is as of. */
export interface Span {
  start: number;
  end: number;
  /** A running total ("since February 2022", "as of Friday"): compared by the day it is as of. */
  total: boolean;
}

/** The span of a page figure's frame, or null when it has no period. */
export function spanOf(claim: PageClaim): Span | null {
  const p = claim.frame.period;
  if (!p) return null;
  const start = instant(p.start);
  const end = instant(p.end);
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) return null;
  return { start, end, total: claim.frame.timeForm === 'cumulative' };
}

/**
 * Whether two figures' times are the same for comparing them: "same" (the same night, day,
 * month, fiscal year; running totals as of the same day), "apart" (running totals of one count
 * a few weeks apart: a later one below an earlier one still contradicts it), or null.
 */
export function sameTime(a: Span, b: Span): 'same' | 'apart' | null {
  if (a.total !== b.total) return null;
  if (a.total) {
    const gap = Math.abs(a.end - b.end);
    if (gap <= DAY_MS) return 'same';
    return gap <= TOTALS_APART ? 'apart' : null;
  }
  const da = a.end - a.start;
  const db = b.end - b.start;
  if (da <= SHORT && db <= SHORT)
    return periodFit(a.start, a.end, b.start, b.end) > 0 || periodFit(b.start, b.end, a.start, a.end) > 0
      ? 'same'
      : null;
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap >= 0.8 * Math.max(da, db) ? 'same' : null;
}
