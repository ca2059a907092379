import type { Frame, Period } from '../schema';
import * as lex from './lexicon';

import type { Token } from './tokenize';
import * as tok from './tokenize';
import { REPORTING, W_ACTION, W_PLACE_PREPOSITION, W_REPORTING, W_TIME_START } from './wordClass';

// local bindings: hot loops read them without going through module accessors
const { ACTIONS, MONTHS, WEEKDAYS } = lex;
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
/** Nouns that end a place name ("the Kursk region", "the Crimean peninsula"). */
const PLACE_HEADS = new Set(
  'region regions oblast oblasts province city district area border front village town peninsula sea'.split(
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

/** A month named without a year: the latest such month not after the published one. */
function yearFor(pub: number, month: number, strictlyBefore: boolean): number {
  const d = new Date(pub);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  return month < m || (month === m && !strictlyBefore) ? y : y - 1;
}

const cap = (t: Token | undefined): boolean => t !== undefined && t.kind === WORD && t.text !== t.lower;

/**
 * Resolves the time phrases of tokens [a, b) against the published date:
 * "overnight" (19:00 the evening before to 08:00, local time), "on Tuesday",
 * "yesterday", "last week", "last August", "since February 2022", "18 March".
 */
export function timeOf(
  tk: Token[],
  a: number,
  b: number,
  published: string | null,
): { text: string; period: Period | null } | null {
  const hits = timesAt(tk, a, b, dateOf(published));
  const h = hits.find((x) => !x.statement) ?? hits[0];
  return h ? { text: h.text, period: h.period } : null;
}

/** Every time phrase of tokens [a, b), resolved, in order. */
function timesAt(tk: Token[], a: number, b: number, pub: number | null): TimeHit[] {
  const out: TimeHit[] = [];
  let i = a;
  while (i < b) {
    const r = timeAt(tk, i, b, pub);
    if (!r) break;
    const p = tk[r.at - 1];
    const pp = tk[r.at - 2];
    const statement =
      (p !== undefined && REPORTING.has(p.lower)) ||
      (p?.lower === 'on' && pp !== undefined && REPORTING.has(pp.lower)) ||
      (tk[r.end] !== undefined && REPORTING.has((tk[r.end] as Token).lower));
    out.push({ at: r.at, text: r.text, period: r.period, statement });
    i = r.end;
  }
  return out;
}

function night(day: number | null): Period | null {
  return day === null ? null : { start: `${iso(day - DAY)}T19:00`, end: `${iso(day)}T08:00` };
}

function timeHit(tk: Token[], from: number, end: number, period: Period | null) {
  return { at: from, end, text: textOf(tk, from, end), period };
}

/** Words that name a war's beginning in "since the start of the war", "since the invasion began". */
const WAR_WORDS = new Set([
  'war',
  'invasion',
  'conflict',
  'aggression',
  'escalation',
  'offensive',
  'hostilities',
]);

/**
 * The end of "since the [start|beginning|outbreak of the] [full-scale] war [began]" from the
 * token after "the" (at most six words), or 0: the phrase names the start of the war itself,
 * which a cumulative series counts from, so it has no period of its own.
 */
function warStartEnd(tk: Token[], from: number, b: number): number {
  for (let k = from; k < Math.min(b, from + 8); k++) {
    const w = tk[k];
    if (w?.text === '-') continue;
    if (w?.kind !== WORD) return 0;
    if (WAR_WORDS.has(w.lower)) {
      const after = tk[k + 1]?.lower;
      return after === 'began' || after === 'started' || after === 'broke' ? k + 2 : k + 1;
    }
  }
  return 0;
}

/**
 * A day ("18 March", "October 7") at tokens [from, end), with the year written after it ("7
 * October 2023", "February 24, 2022") or the latest such day not after the published date.
 * After "since", the period runs from that day to the published date: a running total.
 */
function dayHit(tk: Token[], from: number, end: number, month: number, day: number, pub: number | null) {
  let e = end;
  const comma = tk[e]?.text === ',' ? 1 : 0;
  const yt = tk[e + comma];
  const year = yt?.kind === NUM && /^\d{4}$/.test(yt.text) ? Number(yt.text) : null;
  if (year !== null) e += comma + 1;
  const since = tk[from - 1]?.lower === 'since';
  const start = since ? from - 1 : from;
  if (pub === null && year === null) return timeHit(tk, start, e, null);
  const t = Date.UTC(year ?? yearFor(pub as number, month, false), month, day);
  if (since)
    return timeHit(tk, start, e, { start: iso(t), end: pub === null ? iso(t + DAY) : iso(pub + DAY) });
  return timeHit(tk, start, e, dayPeriod(t));
}

function timeAt(
  tk: Token[],
  a: number,
  b: number,
  pub: number | null,
): { at: number; end: number; text: string; period: Period | null } | null {
  for (let i = a; i < b; i++) {
    const t = tk[i] as Token;
    if (t.kind === NUM ? t.text.length > 2 : t.kind !== WORD || (t.wordClass & W_TIME_START) === 0) continue;
    const l = t.lower;
    const nx = tk[i + 1];
    if (l === 'overnight') return timeHit(tk, i, i + 1, night(pub));
    if (l === 'last' && nx?.lower === 'night') return timeHit(tk, i, i + 2, night(pub));
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
        return timeHit(tk, i, i + len, night(day));
      }
    }
    if (l === 'yesterday' || l === 'today') {
      return timeHit(tk, i, i + 1, pub === null ? null : dayPeriod(l === 'today' ? pub : pub - DAY));
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
      if (pub === null) return timeHit(tk, from, i + (part ? 2 : 1), null);
      const day = pub - ((new Date(pub).getUTCDay() - wd + 7) % 7) * DAY;
      if (nx?.lower === 'night') return timeHit(tk, from, i + 2, night(day + DAY));
      return timeHit(tk, from, i + (part ? 2 : 1), dayPeriod(day));
    }
    if (l === 'last' && nx && (nx.lower === 'week' || nx.lower === 'month' || nx.lower === 'year')) {
      if (pub === null) return timeHit(tk, i, i + 2, null);
      const d = new Date(pub);
      if (nx.lower === 'week') return timeHit(tk, i, i + 2, { start: iso(pub - 7 * DAY), end: iso(pub) });
      if (nx.lower === 'month')
        return timeHit(tk, i, i + 2, monthPeriod(d.getUTCFullYear(), d.getUTCMonth() - 1));
      return timeHit(tk, i, i + 2, {
        start: `${d.getUTCFullYear() - 1}-01-01`,
        end: `${d.getUTCFullYear()}-01-01`,
      });
    }
    const mo = nx ? MONTHS[nx.lower] : undefined;
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
        return dayHit(tk, i + 1, i + 3, mo, Number(dt.text), pub);
      const yt = tk[i + 2];
      const explicitYear = yt?.kind === NUM && /^\d{4}$/.test(yt.text) ? Number(yt.text) : null;
      const len = explicitYear ? 3 : 2;
      if (pub === null && explicitYear === null) return timeHit(tk, i, i + len, null);
      const p = monthPeriod(explicitYear ?? yearFor(pub as number, mo, l === 'last'), mo);
      if (l === 'since')
        return timeHit(tk, i, i + len, { start: p.start, end: pub === null ? p.end : iso(pub + DAY) });
      return timeHit(tk, i, i + len, p);
    }
    if (l === 'since' && nx?.lower === 'the') {
      const end = warStartEnd(tk, i + 2, b);
      if (end > 0) return timeHit(tk, i, end, null);
    }
    // "in the past 24 hours", "over the last 48 hours": the days before the report
    if (
      t.kind === NUM &&
      (t.text === '24' || t.text === '48') &&
      nx?.lower === 'hours' &&
      (tk[i - 1]?.lower === 'past' || tk[i - 1]?.lower === 'last')
    ) {
      const back =
        tk[i - 2]?.lower === 'the' ? (/^(?:in|over|during)$/.test(tk[i - 3]?.lower ?? '') ? 3 : 2) : 1;
      const days = t.text === '24' ? 1 : 2;
      return timeHit(
        tk,
        i - back,
        i + 2,
        pub === null ? null : { start: iso(pub - days * DAY), end: iso(pub) },
      );
    }
    // "18 March", "March 18"
    if (t.kind === NUM && /^\d{1,2}$/.test(t.text) && nx && MONTHS[nx.lower] !== undefined && cap(nx))
      return dayHit(tk, i, i + 2, MONTHS[nx.lower] as number, Number(t.text), pub);
    if (
      mo === undefined &&
      MONTHS[l] !== undefined &&
      cap(t) &&
      nx?.kind === NUM &&
      /^\d{1,2}$/.test(nx.text) &&
      l !== 'may'
    )
      return dayHit(tk, i, i + 2, MONTHS[l] as number, Number(nx.text), pub);
  }
  return null;
}

/** Reads a capitalised name starting at token i ("the Kursk region", "Ukraine"); returns its end. */
function nameAt(tk: Token[], i: number, b: number): number {
  let k = i;
  if (tk[k]?.lower === 'the') k++;
  const s = k;
  while (k < b && (cap(tk[k]) || (k > s && PLACE_HEADS.has(tk[k]?.lower ?? '')))) {
    if (WEEKDAY_INDEX.has((tk[k] as Token).lower) || MONTHS[(tk[k] as Token).lower] !== undefined) break;
    k++;
  }
  return k > s ? k : i;
}

function textOf(tk: Token[], a: number, b: number): string {
  let s = '';
  for (let k = a; k < b; k++) {
    const t = tk[k] as Token;
    s += k > a && t.spaceBefore ? ` ${t.text}` : t.text;
  }
  return s;
}

/** A time phrase found in a sentence, resolved. */
interface TimeHit {
  at: number;
  text: string;
  period: Period | null;
  /** Said right after a reporting verb ("said Wednesday"): the time of the statement, not of the event. */
  statement: boolean;
}

/** What frameOf needs from a sentence, read once for all its figures. */
export interface FrameContext {
  tk: Token[];
  a: number;
  b: number;
  /** Token indices of action verbs in the sentence. */
  actions: number[];
  /** Places as [token index, name]. */
  places: Array<[number, string]>;
  times: TimeHit[];
  /** The event time of the sentence before in the same paragraph, for sentences that give none. */
  inherited: TimeHit | null;
}

/** Reads a sentence [a, b) once: its action verbs, places and time phrases (`pub` from dateOf). */
export function frameContext(
  tk: Token[],
  a: number,
  b: number,
  pub: number | null,
  before: FrameContext | null,
): FrameContext {
  const actions: number[] = [];
  const places: Array<[number, string]> = [];
  let lastReport = -100;
  for (let k = a; k < b; k++) {
    const t = tk[k] as Token;
    if (t.kind !== WORD) {
      if (t.text === ',' || t.text === '.') lastReport = -100;
      continue;
    }
    const l = t.lower;
    if ((t.wordClass & W_REPORTING) !== 0) lastReport = k;
    if ((t.wordClass & W_ACTION) !== 0 && (l !== 'shot' || tk[k + 1]?.lower === 'down')) actions.push(k);
    if (k > a && k - lastReport > 8 && (t.wordClass & W_PLACE_PREPOSITION) !== 0) {
      const e = nameAt(tk, k + 1, b);
      const head = (tk[e - 1] as Token).lower;
      if (
        e > k + 1 &&
        (PLACE_HEADS.has(head) || ((l === 'over' || l === 'in' || l === 'at') && !WEEKDAY_INDEX.has(head)))
      ) {
        const name = textOf(tk, k + 1, e);
        if (!/^(the )?(US|U\.S|UN)$/.test(name)) places.push([k, name]);
      }
    }
  }
  const times = timesAt(tk, a, b, pub);
  const inherited =
    times.length === 0 && before && !(tk[a] as Token).lineBefore
      ? (before.times.find((x) => !x.statement) ?? before.inherited)
      : null;
  return { tk, a, b, actions, places, times, inherited };
}

/**
 * The frame of the figure at token i (its counted noun ends at `end`): the
 * action nearest to it outside its own noun phrase, who acted on whom
 * ("Russia attacked Ukraine with", "launched by Ukraine"), the nearest place
 * ("over the Kursk region") and time (an event time before a statement time).
 */
export function frameOf(ctx: FrameContext, i: number, end: number = i): Frame {
  const { tk, a, b } = ctx;
  let actionAt = -1;
  let best = Infinity;
  for (const k of ctx.actions) {
    if (k >= i && k <= end) continue;
    const d = Math.abs(k - i) + (k > i ? 0.5 : 0);
    if (d < best) {
      best = d;
      actionAt = k;
    }
  }
  let actor: string | null = null;
  let target: string | null = null;
  if (actionAt >= 0) {
    let s = actionAt - 1;
    while (s >= a && cap(tk[s])) s--;
    if (s + 1 < actionAt) actor = textOf(tk, s + 1, actionAt);
    const tEnd = nameAt(tk, actionAt + 1, b);
    if (tEnd > actionAt + 1 && cap(tk[actionAt + 1])) target = textOf(tk, actionAt + 1, tEnd);
  }
  if (!actor) {
    // "57 drones launched by Ukraine"
    for (let k = i + 1; k < b && k < i + 12; k++) {
      if ((tk[k] as Token).lower !== 'by') continue;
      const e = nameAt(tk, k + 1, b);
      if (e > k + 1) actor = textOf(tk, k + 1, e);
      break;
    }
  }
  let place: string | null = null;
  best = Infinity;
  for (const [k, name] of ctx.places) {
    const d = Math.abs(k - i);
    if (d < best) {
      best = d;
      place = name;
    }
  }
  let time: TimeHit | null = null;
  best = Infinity;
  for (const h of ctx.times) {
    const d = Math.abs(h.at - i) + (h.statement ? 1000 : 0);
    if (d < best) {
      best = d;
      time = h;
    }
  }
  if ((!time || time.statement) && ctx.inherited) time = ctx.inherited;
  return {
    action: actionAt >= 0 ? (ACTIONS[(tk[actionAt] as Token).lower] ?? null) : null,
    actor,
    target,
    place,
    timeText: time?.text ?? null,
    period: time?.period ?? null,
  };
}
