import type { Period, TimeForm } from '../schema';
import * as lex from './lexicon';
import type { Token } from './tokenize';
import * as tok from './tokenize';
import { REPORTING, W_TIME_START } from './wordClass';

// The frame's time phrases ("overnight", "on Tuesday", "since February 2022", "in the fiscal
// year 2023-24", "as of Friday"), found in a sentence and resolved against the published date.

const { MONTHS, WEEKDAYS } = lex;
const { NUM, WORD } = tok;

const DAY = 86400000;
const WEEKDAY_INDEX = new Map(WEEKDAYS.map((d, i) => [d, i]));
const isoCache = new Map<number, string>();
/** YYYY-MM-DD of a UTC day start (memoised: Date formatting is slow and few days recur). */
function iso(t: number): string {
  let s = isoCache.get(t);
  if (s === undefined) {
    s = new Date(t).toISOString().slice(0, 10);
    if (isoCache.size > 4096) isoCache.clear();
    isoCache.set(t, s);
  }
  return s;
}

/** Words besides the lexicon's time starts that can open a time phrase of this module. */
const MORE_STARTS = new Set(
  'the this next current fiscal financial fy through until till by as so to past over during of for a previous'.split(
    ' ',
  ),
);
/** Nouns a year can qualify ("its 2026 estimate", "the 2024 budget"). */
const YEAR_NOUNS = new Set(
  'estimate estimates forecast forecasts budget budgets target targets projection projections figure figures outlook plan'.split(
    ' ',
  ),
);
/** Nouns of an event that a running total counts from ("since the pandemic began", "since the start of the war"). */
const SINCE_EVENTS = new Set(
  'war invasion pandemic outbreak conflict offensive fighting crisis escalation attack attacks occupation aggression hostilities'.split(
    ' ',
  ),
);

/** The published date as a UTC day start, or null. */
export function dateOf(published: string | null): number | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function dayPeriod(t: number): Period {
  return { start: iso(t), end: iso(t + DAY) };
}

function monthPeriod(y: number, m: number): Period {
  return { start: iso(Date.UTC(y, m, 1)), end: iso(Date.UTC(y, m + 1, 1)) };
}

function yearPeriod(y: number): Period {
  return { start: `${y}-01-01`, end: `${y + 1}-01-01` };
}

/**
 * A fiscal year across two calendar years ("2023-24"), read as July to June: the conventions
 * (April, July, October) all overlap it by most of a year, and a calendar year by half.
 */
function fiscalPeriod(first: number): Period {
  return { start: `${first}-07-01`, end: `${first + 1}-07-01` };
}

/** The fiscal year (July to June) a day falls in. */
function fiscalOf(day: number): Period {
  const d = new Date(day);
  return fiscalPeriod(d.getUTCMonth() >= 6 ? d.getUTCFullYear() : d.getUTCFullYear() - 1);
}

/** A month named without a year: the latest such month not after the published one. */
function yearFor(pub: number, month: number, strictlyBefore: boolean): number {
  const d = new Date(pub);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  return month < m || (month === m && !strictlyBefore) ? y : y - 1;
}

function night(day: number | null): Period | null {
  return day === null ? null : { start: `${iso(day - DAY)}T19:00`, end: `${iso(day)}T08:00` };
}

/** A running total up to a day: the period of that day (its end is the as-of point). */
function upTo(day: number | null): Period | null {
  return day === null ? null : dayPeriod(day);
}

const cap = (t: Token | undefined): boolean => t !== undefined && t.kind === WORD && t.text !== t.lower;

/** The lower-case word at token k when it lies before `b` (module-level: hot loops create no closures). */
function lowerBefore(tk: Token[], k: number, b: number): string | undefined {
  return k < b ? tk[k]?.lower : undefined;
}

/** "fiscal year", "financial year" at token k (before `b`). */
function fiscalWordAt(tk: Token[], k: number, b: number): boolean {
  const l = lowerBefore(tk, k, b);
  return (l === 'fiscal' || l === 'financial') && lowerBefore(tk, k + 1, b) === 'year';
}

/** A word or a hyphen: the words of an event's name ("the full-scale invasion"). */
function wordy(x: Token | undefined): boolean {
  return x !== undefined && (x.kind === WORD || x.text === '-');
}

/** A 4-digit year token in a plausible range, or null. */
function yearAt(t: Token | undefined): number | null {
  if (!t || t.kind !== NUM || t.text.length !== 4 || !/^\d{4}$/.test(t.text)) return null;
  const y = Number(t.text);
  return y >= 1800 && y <= 2200 ? y : null;
}

/** "2023-24", "2023/24", "2023-2024" at token i: the first year and the tokens it spans. */
function splitYearAt(tk: Token[], i: number): { first: number; len: number } | null {
  const y = yearAt(tk[i]);
  const sep = tk[i + 1];
  const second = tk[i + 2];
  if (
    y === null ||
    !sep ||
    (sep.text !== '-' && sep.text !== '–' && sep.text !== '/') ||
    sep.spaceBefore ||
    !second
  )
    return null;
  if (second.kind !== NUM || second.spaceBefore) return null;
  const n = Number(second.text);
  const ok = (second.text.length === 2 && n === (y + 1) % 100) || (second.text.length === 4 && n === y + 1);
  return ok ? { first: y, len: 3 } : null;
}

export function textOf(tk: Token[], a: number, b: number): string {
  let s = '';
  for (let k = a; k < b; k++) {
    const t = tk[k] as Token;
    s += k > a && t.spaceBefore ? ` ${t.text}` : t.text;
  }
  return s;
}

/** A time phrase found in a sentence, resolved. */
export interface TimeHit {
  at: number;
  end: number;
  text: string;
  period: Period | null;
  form: TimeForm;
  /** Said right after a reporting verb ("said Wednesday"): the time of the statement, not of the event. */
  statement: boolean;
}

type Found = Omit<TimeHit, 'statement'>;

function hit(tk: Token[], from: number, end: number, period: Period | null, form: TimeForm): Found {
  return { at: from, end, text: textOf(tk, from, end), period, form };
}

/** Whether token i can open a time phrase. */
function mayStart(t: Token, next: Token | undefined): boolean {
  if (t.kind === NUM) return t.text.length <= 2 || (next !== undefined && YEAR_NOUNS.has(next.lower));
  return t.kind === WORD && ((t.wordClass & W_TIME_START) !== 0 || MORE_STARTS.has(t.lower));
}

/** Relative phrases: "the night before", "in the past 24 hours", "so far", "since the war began". */
function relativeAt(tk: Token[], i: number, b: number, pub: number | null): Found | null {
  const l = (tk[i] as Token).lower;
  const w1 = lowerBefore(tk, i + 1, b);
  const w2 = lowerBefore(tk, i + 2, b);
  if ((l === 'the' || l === 'a') && (w1 === 'night' || w1 === 'day')) {
    const n = w1 === 'night';
    if (w2 === 'before' || w2 === 'earlier')
      return hit(
        tk,
        i,
        i + 3,
        n ? night(pub === null ? null : pub - DAY) : pastDay(pub),
        n ? 'night' : 'past-day',
      );
  }
  if (l === 'the' && w1 === 'previous' && (w2 === 'night' || w2 === 'day')) {
    const n = w2 === 'night';
    return hit(
      tk,
      i,
      i + 3,
      n ? night(pub === null ? null : pub - DAY) : pastDay(pub),
      n ? 'night' : 'past-day',
    );
  }
  // "in the past day", "over the last 24 hours"
  if ((l === 'in' || l === 'over' || l === 'during') && w1 === 'the') {
    const p = w2;
    if (p === 'past' || p === 'last' || p === 'previous') {
      if (lowerBefore(tk, i + 3, b) === 'day') return hit(tk, i, i + 4, pastDay(pub), 'past-day');
      const hours = tk[i + 3]?.text;
      if ((hours === '24' || hours === '48') && lowerBefore(tk, i + 4, b) === 'hours')
        return hit(tk, i, i + 5, pastDays(pub, hours === '24' ? 1 : 2), 'past-day');
    }
  }
  if ((l === 'so' && w1 === 'far') || (l === 'to' && w1 === 'date'))
    return hit(tk, i, i + 2, upTo(pub), 'cumulative');
  if (l === 'in' && w1 === 'total') return hit(tk, i, i + 2, upTo(pub), 'cumulative');
  if (l === 'since') return sinceEventAt(tk, i, b, pub);
  return null;
}

function pastDay(pub: number | null): Period | null {
  return pastDays(pub, 1);
}

/** The `days` days before the published day ("in the past 48 hours"). */
function pastDays(pub: number | null, days: number): Period | null {
  return pub === null ? null : { start: iso(pub - days * DAY), end: iso(pub) };
}

/**
 * A day ("18 March", "October 7") at tokens [from, end), with the year written after it ("7
 * October 2023", "February 24, 2022") or else the latest such day not after the published date.
 * After "since", the period runs from that day to the published date: a running total.
 */
function dayAt(
  tk: Token[],
  from: number,
  end: number,
  month: number,
  day: number,
  pub: number | null,
): Found {
  let e = end;
  const comma = tk[e]?.text === ',' ? 1 : 0;
  const year = yearAt(tk[e + comma]);
  if (year !== null) e += comma + 1;
  const since = tk[from - 1]?.lower === 'since';
  const start = since ? from - 1 : from;
  const form = since ? 'cumulative' : 'day';
  if (pub === null && year === null) return hit(tk, start, e, null, form);
  const t = Date.UTC(year ?? yearFor(pub as number, month, false), month, day);
  if (since) return hit(tk, start, e, { start: iso(t), end: iso((pub ?? t) + DAY) }, form);
  return hit(tk, start, e, dayPeriod(t), form);
}

/** "since the pandemic began [last April]", "since the start of the war": a running total to the published day. */
function sinceEventAt(tk: Token[], i: number, b: number, pub: number | null): Found | null {
  let k = i + 1;
  if (tk[k]?.lower === 'the') k++;
  if (tk[k]?.lower === 'start' || tk[k]?.lower === 'beginning' || tk[k]?.lower === 'outbreak') {
    if (tk[k + 1]?.lower !== 'of') return null;
    k += 2;
    if (tk[k]?.lower === 'the') k++;
    // "the full-scale invasion": words and hyphens up to the event
    while (
      k < b &&
      k < i + 10 &&
      (tk[k]?.kind === WORD || tk[k]?.text === '-') &&
      !SINCE_EVENTS.has(tk[k]?.lower ?? '')
    )
      k++;
    if (!SINCE_EVENTS.has(tk[k]?.lower ?? '')) return null;
    return hit(tk, i, k + 1, upTo(pub), 'cumulative');
  }
  let e = k;
  while (e < b && e < k + 4 && wordy(tk[e]) && !SINCE_EVENTS.has(tk[e]?.lower ?? '')) e++;
  if (!SINCE_EVENTS.has(tk[e]?.lower ?? '')) return null;
  e++;
  const verb = tk[e]?.lower;
  if (verb === 'began' || verb === 'started' || verb === 'broke') e++;
  // "since the pandemic began last April": the total counts from that month
  const from = e < b ? timeAt(tk, e, Math.min(b, e + 4), pub) : null;
  if (from && from.at === e && from.period && pub !== null) {
    return hit(tk, i, from.end, { start: from.period.start, end: iso(pub + DAY) }, 'cumulative');
  }
  return hit(tk, i, e, upTo(pub), 'cumulative');
}

/** Years and fiscal years: "in 2005", "of 1900", "by 2028", "in 2022-23", "the current fiscal year". */
function yearPhraseAt(tk: Token[], i: number, b: number, pub: number | null): Found | null {
  const t = tk[i] as Token;
  const l = t.lower;
  const w1 = lowerBefore(tk, i + 1, b);
  // "(the) current / this fiscal year [2023-24]"
  if ((l === 'current' || l === 'this') && fiscalWordAt(tk, i + 1, b)) {
    const split = splitYearAt(tk, i + 3);
    const from = tk[i - 1]?.lower === 'the' ? i - 1 : i;
    if (split) return hit(tk, from, i + 3 + split.len, fiscalPeriod(split.first), 'period');
    return hit(tk, from, i + 3, pub === null ? null : fiscalOf(pub), 'period');
  }
  if (fiscalWordAt(tk, i, b) || l === 'fy') {
    const at = l === 'fy' ? i + 1 : i + 2;
    const split = splitYearAt(tk, at);
    if (split) return hit(tk, i, at + split.len, fiscalPeriod(split.first), 'period');
    const y = yearAt(tk[at]);
    if (y !== null) return hit(tk, i, at + 1, fiscalPeriod(y - 1), 'period');
    return null;
  }
  if (l === 'this' && (w1 === 'week' || w1 === 'month')) {
    if (pub === null) return hit(tk, i, i + 2, null, 'period');
    const d = new Date(pub);
    if (w1 === 'week') return hit(tk, i, i + 2, { start: iso(pub - 6 * DAY), end: iso(pub + DAY) }, 'period');
    return hit(tk, i, i + 2, monthPeriod(d.getUTCFullYear(), d.getUTCMonth()), 'period');
  }
  if ((l === 'this' || l === 'next') && w1 === 'year') {
    if (pub === null) return hit(tk, i, i + 2, null, 'period');
    const y = new Date(pub).getUTCFullYear() + (l === 'next' ? 1 : 0);
    return hit(tk, i, i + 2, yearPeriod(y), 'period');
  }
  // "its 2026 estimate"
  const own = yearAt(t);
  if (own !== null && YEAR_NOUNS.has(w1 ?? '')) return hit(tk, i, i + 1, yearPeriod(own), 'period');
  const prep = l === 'in' || l === 'of' || l === 'by' || l === 'for' || l === 'during';
  const span = l === 'since' || l === 'through' || l === 'until' || l === 'till';
  if (!prep && !span) return null;
  let at = i + 1;
  if (
    lowerBefore(tk, at, b) === 'the' &&
    (lowerBefore(tk, at + 1, b) === 'year' || fiscalWordAt(tk, at + 1, b))
  )
    at += fiscalWordAt(tk, at + 1, b) ? 3 : 2;
  const split = splitYearAt(tk, at);
  if (split) return hit(tk, i, at + split.len, fiscalPeriod(split.first), span ? 'cumulative' : 'period');
  const y = yearAt(tk[at]);
  if (y === null) return null;
  // "in 2024" but not "in 2024 elections"… a year followed by a capitalised month is a date
  if (MONTHS[tk[at + 1]?.lower ?? ''] !== undefined && cap(tk[at + 1])) return null;
  if (l === 'since') {
    const end = pub === null ? `${y + 1}-01-01` : iso(pub + DAY);
    return hit(tk, i, at + 1, { start: `${y}-01-01`, end }, 'cumulative');
  }
  return hit(tk, i, at + 1, yearPeriod(y), span ? 'cumulative' : 'period');
}

/** "as of Friday", "as of 5 March": a running total on that day. */
function asOfAt(tk: Token[], i: number, b: number, pub: number | null): Found | null {
  if (tk[i]?.lower !== 'as' || tk[i + 1]?.lower !== 'of') return null;
  const inner = timeAt(tk, i + 2, Math.min(b, i + 6), pub);
  if (!inner || (inner.at !== i + 2 && !(inner.at === i + 3 && tk[i + 2]?.lower === 'the'))) return null;
  let period = inner.period;
  // a night's total is as of the morning it ends
  if (period && inner.form === 'night')
    period = dayPeriod(Date.parse(`${period.end.slice(0, 10)}T00:00:00Z`));
  return hit(tk, i, inner.end, period, 'cumulative');
}

/** "through January", "until March 2025": a running total to the end of that month. */
function throughAt(tk: Token[], i: number, b: number, pub: number | null): Found | null {
  const l = tk[i]?.lower;
  if (l !== 'through' && l !== 'until' && l !== 'till') return null;
  const nx = tk[i + 1];
  const mo = nx && i + 1 < b && cap(nx) ? MONTHS[nx.lower] : undefined;
  if (mo === undefined) return null;
  const y = yearAt(tk[i + 2]);
  const len = y === null ? 2 : 3;
  if (y === null && pub === null) return hit(tk, i, i + len, null, 'cumulative');
  return hit(tk, i, i + len, monthPeriod(y ?? yearFor(pub as number, mo, false), mo), 'cumulative');
}

/**
 * Resolves the time phrases of tokens [a, b) against the published date:
 * "overnight" (19:00 the evening before to 08:00, local time), "on Tuesday",
 * "yesterday", "last week", "last August", "since February 2022", "18 March".
 */
export function timeAt(tk: Token[], a: number, b: number, pub: number | null): Found | null {
  for (let i = a; i < b; i++) {
    const t = tk[i] as Token;
    if (!mayStart(t, tk[i + 1])) continue;
    const l = t.lower;
    const nx = tk[i + 1];
    const found =
      relativeAt(tk, i, b, pub) ??
      asOfAt(tk, i, b, pub) ??
      throughAt(tk, i, b, pub) ??
      yearPhraseAt(tk, i, b, pub);
    if (found) return found;
    if (l === 'overnight') return hit(tk, i, i + 1, night(pub), 'night');
    if (l === 'last' && nx?.lower === 'night') return hit(tk, i, i + 2, night(pub), 'night');
    if (l === 'night' && nx?.lower === 'of' && tk[i + 2]?.kind === NUM) {
      // "the night of 18-19 March", "the night of 18 March"
      const ranged = tk[i + 3]?.text === '-' || tk[i + 3]?.text === '–';
      const dayTok = tk[ranged ? i + 4 : i + 2] as Token | undefined;
      const monTok = tk[ranged ? i + 5 : i + 3];
      const mo = monTok ? MONTHS[monTok.lower] : undefined;
      if (dayTok && mo !== undefined) {
        const len = ranged ? 6 : 4;
        const day =
          pub === null ? null : Date.UTC(yearFor(pub, mo, false), mo, Number(dayTok.text) + (ranged ? 0 : 1));
        return hit(tk, i, i + len, night(day), 'night');
      }
    }
    if (l === 'yesterday' || l === 'today') {
      return hit(tk, i, i + 1, pub === null ? null : dayPeriod(l === 'today' ? pub : pub - DAY), 'day');
    }
    const wd = WEEKDAY_INDEX.get(l) ?? -1;
    if (wd >= 0 && cap(t)) {
      const from = tk[i - 1]?.lower === 'on' ? i - 1 : i;
      const part =
        nx &&
        (nx.lower === 'morning' ||
          nx.lower === 'night' ||
          nx.lower === 'evening' ||
          nx.lower === 'afternoon');
      const form = nx?.lower === 'night' ? 'night' : 'day';
      if (pub === null) return hit(tk, from, i + (part ? 2 : 1), null, form);
      const day = pub - ((new Date(pub).getUTCDay() - wd + 7) % 7) * DAY;
      if (nx?.lower === 'night') return hit(tk, from, i + 2, night(day + DAY), 'night');
      return hit(tk, from, i + (part ? 2 : 1), dayPeriod(day), 'day');
    }
    if (l === 'last' && nx && (nx.lower === 'week' || nx.lower === 'month' || nx.lower === 'year')) {
      if (pub === null) return hit(tk, i, i + 2, null, 'period');
      const d = new Date(pub);
      if (nx.lower === 'week')
        return hit(tk, i, i + 2, { start: iso(pub - 7 * DAY), end: iso(pub) }, 'period');
      if (nx.lower === 'month')
        return hit(tk, i, i + 2, monthPeriod(d.getUTCFullYear(), d.getUTCMonth() - 1), 'period');
      return hit(tk, i, i + 2, yearPeriod(d.getUTCFullYear() - 1), 'period');
    }
    // "last August", "last August's incursion"
    const mo = nx
      ? (MONTHS[nx.lower] ?? (nx.lower.endsWith("'s") ? MONTHS[nx.lower.slice(0, -2)] : undefined))
      : undefined;
    if (
      (l === 'last' || l === 'in' || l === 'since') &&
      nx &&
      cap(nx) &&
      mo !== undefined &&
      nx.lower.length > 2
    ) {
      const dt = tk[i + 2];
      // "since February 24, 2022": a day, not the month
      if (l === 'since' && dt?.kind === NUM && /^\d{1,2}$/.test(dt.text))
        return dayAt(tk, i + 1, i + 3, mo, Number(dt.text), pub);
      const explicitYear = yearAt(tk[i + 2]);
      const len = explicitYear ? 3 : 2;
      const form = l === 'since' ? 'cumulative' : 'period';
      if (pub === null && explicitYear === null) return hit(tk, i, i + len, null, form);
      const p = monthPeriod(explicitYear ?? yearFor(pub as number, mo, l === 'last'), mo);
      if (l === 'since')
        return hit(tk, i, i + len, { start: p.start, end: pub === null ? p.end : iso(pub + DAY) }, form);
      return hit(tk, i, i + len, p, form);
    }
    // "18 March", "March 18"
    if (t.kind === NUM && /^\d{1,2}$/.test(t.text) && nx && MONTHS[nx.lower] !== undefined && cap(nx))
      return dayAt(tk, i, i + 2, MONTHS[nx.lower] as number, Number(t.text), pub);
    if (
      mo === undefined &&
      MONTHS[l] !== undefined &&
      cap(t) &&
      nx?.kind === NUM &&
      /^\d{1,2}$/.test(nx.text) &&
      l !== 'may'
    )
      return dayAt(tk, i, i + 2, MONTHS[l] as number, Number(nx.text), pub);
  }
  return null;
}

/** Whether a reporting verb stands shortly before token `at`, with no figure or clause break between. */
function afterReporting(tk: Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    const t = tk[k] as Token;
    if (t.kind === NUM || t.text === ',' || t.text === '.' || t.text === ';') return false;
    if (REPORTING.has(t.lower)) return true;
  }
  return false;
}

/** Every time phrase of tokens [a, b), resolved, in order. */
export function timesAt(tk: Token[], a: number, b: number, pub: number | null): TimeHit[] {
  const out: TimeHit[] = [];
  let i = a;
  while (i < b) {
    const r = timeAt(tk, i, b, pub);
    if (!r) break;
    const statement =
      afterReporting(tk, r.at) || (tk[r.end] !== undefined && REPORTING.has((tk[r.end] as Token).lower));
    // built field by field: a spread copy here was a tenth of extraction's time
    out.push({ at: r.at, end: r.end, text: r.text, period: r.period, form: r.form, statement });
    i = Math.max(r.end, r.at + 1);
  }
  return out;
}

/** Whether a word names a weekday or a month (not a place name). */
export function isCalendarWord(l: string): boolean {
  return WEEKDAY_INDEX.has(l) || MONTHS[l] !== undefined;
}
