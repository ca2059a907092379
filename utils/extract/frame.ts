import type { Frame, Period } from '../schema';
import * as lex from './lexicon';

import type { Token } from './tokenize';
import * as tok from './tokenize';

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
const PLACE_HEADS =
  /^(region|regions|oblast|oblasts|province|city|district|area|border|front|village|town|peninsula|sea)$/;

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

const cap = (t: Token | undefined): boolean => t !== undefined && t.k === WORD && t.t !== t.l;

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
  return timeAt(tk, a, b, dateOf(published));
}

function timeAt(
  tk: Token[],
  a: number,
  b: number,
  pub: number | null,
): { text: string; period: Period | null } | null {
  for (let i = a; i < b; i++) {
    const t = tk[i] as Token;
    if (t.k !== WORD && t.k !== NUM) continue;
    const l = t.l;
    const nx = tk[i + 1];
    if (
      l === 'overnight' ||
      (l === 'last' && nx?.l === 'night') ||
      (l === 'night' && nx?.l === 'of' && tk[i + 2]?.k === NUM)
    ) {
      let text = l === 'overnight' ? t.t : `${t.t} ${nx?.t ?? ''}`;
      let end = pub;
      if (l === 'night' && tk[i + 2]) {
        // "the night of 18-19 March"
        const d2 = tk[i + 4]?.k === NUM ? (tk[i + 4] as Token) : (tk[i + 2] as Token);
        const mo = MONTHS[tk[i + 5]?.l ?? tk[i + 3]?.l ?? ''];
        if (pub !== null && mo !== undefined) {
          end = Date.UTC(yearFor(pub, mo, false), mo, Number(d2.t));
          text = tk
            .slice(i, i + 6)
            .map((x) => x.t)
            .join(' ');
        }
      }
      return {
        text,
        period: end === null ? null : { start: `${iso(end - DAY)}T19:00`, end: `${iso(end)}T08:00` },
      };
    }
    if (l === 'yesterday' || l === 'today') {
      return { text: t.t, period: pub === null ? null : dayPeriod(l === 'today' ? pub : pub - DAY) };
    }
    const wd = WEEKDAY_INDEX.get(l) ?? -1;
    if (wd >= 0 && cap(t)) {
      const text = tk[i - 1]?.l === 'on' ? `on ${t.t}` : t.t;
      if (pub === null) return { text, period: null };
      const back = (new Date(pub).getUTCDay() - wd + 7) % 7;
      return { text, period: dayPeriod(pub - back * DAY) };
    }
    if (l === 'last' && nx && (nx.l === 'week' || nx.l === 'month' || nx.l === 'year')) {
      const text = `${t.t} ${nx.t}`;
      if (pub === null) return { text, period: null };
      const d = new Date(pub);
      if (nx.l === 'week') return { text, period: { start: iso(pub - 7 * DAY), end: iso(pub) } };
      if (nx.l === 'month') return { text, period: monthPeriod(d.getUTCFullYear(), d.getUTCMonth() - 1) };
      return {
        text,
        period: { start: `${d.getUTCFullYear() - 1}-01-01`, end: `${d.getUTCFullYear()}-01-01` },
      };
    }
    const mo = nx ? MONTHS[nx.l] : undefined;
    if (
      (l === 'last' || l === 'in' || l === 'since') &&
      nx &&
      cap(nx) &&
      mo !== undefined &&
      nx.l.length > 2
    ) {
      const yt = tk[i + 2];
      const explicitYear = yt?.k === NUM && /^\d{4}$/.test(yt.t) ? Number(yt.t) : null;
      const text = tk
        .slice(i, explicitYear ? i + 3 : i + 2)
        .map((x) => x.t)
        .join(' ');
      if (pub === null && explicitYear === null) return { text, period: null };
      const y = explicitYear ?? yearFor(pub as number, mo, l === 'last');
      const p = monthPeriod(y, mo);
      if (l === 'since')
        return { text, period: { start: p.start, end: pub === null ? p.end : iso(pub + DAY) } };
      return { text, period: p };
    }
    // "18 March", "March 18"
    if (t.k === NUM && /^\d{1,2}$/.test(t.t) && nx && MONTHS[nx.l] !== undefined && cap(nx)) {
      const m = MONTHS[nx.l] as number;
      const text = `${t.t} ${nx.t}`;
      return {
        text,
        period: pub === null ? null : dayPeriod(Date.UTC(yearFor(pub, m, false), m, Number(t.t))),
      };
    }
    if (
      mo === undefined &&
      MONTHS[l] !== undefined &&
      cap(t) &&
      nx?.k === NUM &&
      /^\d{1,2}$/.test(nx.t) &&
      l !== 'may'
    ) {
      const m = MONTHS[l] as number;
      const text = `${t.t} ${nx.t}`;
      return {
        text,
        period: pub === null ? null : dayPeriod(Date.UTC(yearFor(pub, m, false), m, Number(nx.t))),
      };
    }
  }
  return null;
}

/** Reads a capitalised name starting at token i ("the Kursk region", "Ukraine"); returns its end. */
function nameAt(tk: Token[], i: number, b: number): number {
  let k = i;
  if (tk[k]?.l === 'the') k++;
  const s = k;
  while (k < b && (cap(tk[k]) || (k > s && PLACE_HEADS.test(tk[k]?.l ?? '')))) {
    if (WEEKDAY_INDEX.has((tk[k] as Token).l) || MONTHS[(tk[k] as Token).l] !== undefined) break;
    k++;
  }
  return k > s ? k : i;
}

const textOf = (tk: Token[], a: number, b: number): string =>
  tk
    .slice(a, b)
    .map((t, k) => (k > 0 && t.sp ? ' ' : '') + t.t)
    .join('');

/** What frameOf needs from a sentence, read once for all its figures. */
export interface FrameContext {
  tk: Token[];
  a: number;
  b: number;
  /** Token indices of action verbs in the sentence. */
  actions: number[];
  place: string | null;
  time: { text: string; period: Period | null } | null;
}

/** Reads a sentence [a, b) once: its action verbs, first place and time phrase (`pub` from dateOf). */
export function frameContext(tk: Token[], a: number, b: number, pub: number | null): FrameContext {
  const actions: number[] = [];
  let place: string | null = null;
  for (let k = a; k < b; k++) {
    const t = tk[k] as Token;
    if (t.k !== WORD) continue;
    const l = t.l;
    if (ACTIONS[l] !== undefined && (l !== 'shot' || tk[k + 1]?.l === 'down')) actions.push(k);
    if (!place && k > a && (l === 'over' || l === 'in' || l === 'near' || l === 'across' || l === 'on')) {
      const e = nameAt(tk, k + 1, b);
      if (e > k + 1 && (PLACE_HEADS.test((tk[e - 1] as Token).l) || l === 'over' || l === 'in')) {
        const name = textOf(tk, k + 1, e);
        if (!/^(the )?(US|U\.S|UN)$/.test(name)) place = name;
      }
    }
  }
  return { tk, a, b, actions, place, time: timeAt(tk, a, b, pub) };
}

/**
 * The frame of the figure at token i: the action nearest to it, who acted on
 * whom ("Russia attacked Ukraine with", "launched by Ukraine"), the sentence's
 * place ("over the Kursk region") and its time.
 */
export function frameOf(ctx: FrameContext, i: number): Frame {
  const { tk, a, b } = ctx;
  let actionAt = -1;
  let best = Infinity;
  for (const k of ctx.actions) {
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
      if ((tk[k] as Token).l !== 'by') continue;
      const e = nameAt(tk, k + 1, b);
      if (e > k + 1) actor = textOf(tk, k + 1, e);
      break;
    }
  }
  return {
    action: actionAt >= 0 ? (ACTIONS[(tk[actionAt] as Token).l] ?? null) : null,
    actor,
    target,
    place: ctx.place,
    timeText: ctx.time?.text ?? null,
    period: ctx.time?.period ?? null,
  };
}
