import type { PageClaim } from '../schema';
import { DAY_MS, parseInstant } from '../dataset/time';
import { slavicTimeForm } from '../extract/lang';
import type { TimeForm } from './select-metric';

/** When a page figure is about: a span [start, end) (start === end for an as-of day) and how sure we are. */
export interface PageTime {
  form: TimeForm;
  start: number;
  end: number;
  /** True when the sentence gave the time (or a stock is stated as current); false when guessed. */
  explicit: boolean;
}

const HOUR = 3_600_000;

/** The form of a time phrase ("overnight" → night, "since February 2022" → cumulative). */
export function timeFormOf(timeText: string | null): TimeForm {
  if (!timeText) return 'none';
  const slavic = slavicTimeForm(timeText);
  if (slavic !== null) return slavic === 'day' || slavic === 'period' ? 'other' : slavic;
  const t = timeText.toLowerCase();
  if (
    /\bsince\b|so far|in total|to date|overall|full-scale|start of the (?:war|invasion)|beginning of/.test(t)
  )
    return 'cumulative';
  if (/overnight|\bnight\b/.test(t)) return 'night';
  if (/past (?:day|24)|last (?:day|24)|previous day|in a day|per day|\bdaily\b|a day earlier/.test(t))
    return 'past-day';
  return 'other';
}

/** The published date as UTC midnight, or NaN. */
function publishedDay(published: string | null): number {
  if (!published) return NaN;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(published);
  return m ? parseInstant(m[1] as string) : NaN;
}

/**
 * Places a page figure in time from its frame and the article's date. A flow with no time
 * phrase is guessed to be the night before and the day of publication (not explicit); a stock
 * with no time phrase is as of the publication day; "overnight" without a resolved period is
 * the night ending on the publication morning (19:00–08:00, Kyiv time, read as UTC here).
 */
export function pageTimeOf(claim: PageClaim, published: string | null, stock: boolean): PageTime | null {
  const form = timeFormOf(claim.frame.timeText);
  const pub = publishedDay(published);
  const p = claim.frame.period;
  let start = p ? parseInstant(p.start) : NaN;
  let end = p ? parseInstant(p.end) : NaN;
  const hasPeriod = Number.isFinite(start) && Number.isFinite(end) && end > start;
  if (stock) {
    if (form === 'cumulative' || !hasPeriod) {
      const at = hasPeriod ? end - DAY_MS : pub;
      if (!Number.isFinite(at)) return null;
      const explicit = form === 'none' || form === 'cumulative' || hasPeriod;
      return { form, start: at, end: at, explicit };
    }
    // a stock "on Wednesday": as of the last day of the period
    const at = Math.floor((end - 1) / DAY_MS) * DAY_MS;
    return { form, start: at, end: at, explicit: true };
  }
  if (hasPeriod)
    return { form: form === 'other' && end - start === DAY_MS ? 'day' : form, start, end, explicit: true };
  if (!Number.isFinite(pub)) return null;
  if (form === 'night') return { form, start: pub - 5 * HOUR, end: pub + 8 * HOUR, explicit: true };
  if (form === 'past-day') return { form, start: pub - DAY_MS, end: pub, explicit: true };
  start = pub - 5 * HOUR;
  end = pub + DAY_MS;
  return { form, start, end, explicit: false };
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
