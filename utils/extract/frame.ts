import type { Frame, PageClaim, Period, TimeForm } from '../schema';
import { endsClause, isMeasureWord, linkOf, measureOf, thingMeasure, type Link } from './frame-measure';
import { dateOf, isCalendarWord, textOf, timesAt, type TimeHit } from './frame-time';
import * as lex from './lexicon';
import type { Token } from './tokenize';
import * as tok from './tokenize';
import { W_ACTION, W_PLACE_PREPOSITION, W_REPORTING } from './wordClass';

export { dateOf } from './frame-time';

// local bindings: hot loops read them without going through module accessors
const { ACTIONS, SMALL } = lex;
const { WORD } = tok;

const DAY = 86400000;
/** Nouns that end a place name ("the Kursk region", "the Crimean peninsula", "Percival Street"). */
const PLACE_HEADS = new Set(
  'region regions oblast oblasts province city district area border front village town peninsula sea street square avenue road county prefecture governorate municipality island islands strip'.split(
    ' ',
  ),
);
/** Prepositions that take any capitalised name as a place ("in Gaza"); the others need a place noun. */
const OPEN_PLACE_PREPOSITIONS = new Set(['over', 'in', 'at']);
/** Words that put a figure at the scale of the whole world ("global growth", "worldwide"). */
const WORLD = new Set(['global', 'worldwide']);
/** How far from a figure its frame's words are looked for (tokens), so that no sentence costs quadratic time. */
const RADIUS = 48;
/** How far from the start of an article its implied time is looked for (tokens). */
const LEDE_TOKENS = 160;

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

/** Reads a capitalised name starting at token i ("the Kursk region", "Ukraine"); returns its end. */
function nameAt(tk: Token[], i: number, b: number): number {
  let k = i;
  if (tk[k]?.lower === 'the') k++;
  const s = k;
  while (k < b && (cap(tk[k]) || (k > s && PLACE_HEADS.has(tk[k]?.lower ?? '')))) {
    if (isCalendarWord((tk[k] as Token).lower)) break;
    k++;
  }
  return k > s ? k : i;
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
  /** Token indices of the words that end a clause inside the sentence ("while", "along with"). */
  breaks: number[];
  /** The event time of the sentence before in the same paragraph, for sentences that give none. */
  inherited: TimeHit | null;
}

/**
 * Reads a sentence [a, b) once: its action verbs, places and time phrases (`pub` from dateOf).
 * `inSpeaker` marks the tokens of speakers' names: a place in a title ("the spokesperson in
 * Podlaskie Voivodeship") is the speaker's, not the figure's.
 */
export function frameContext(
  tk: Token[],
  a: number,
  b: number,
  pub: number | null,
  before: FrameContext | null,
  inSpeaker: (k: number) => boolean = () => false,
): FrameContext {
  const actions: number[] = [];
  const places: Array<[number, string]> = [];
  const breaks: number[] = [];
  let lastReport = -100;
  for (let k = a; k < b; k++) {
    const t = tk[k] as Token;
    if (t.kind !== WORD) {
      if (t.text === ',' || t.text === '.') lastReport = -100;
      if (t.text === ';') breaks.push(k);
      continue;
    }
    const l = t.lower;
    // ", and for 2026 …": a coordinated clause with its own time or place, not a list of figures
    const coordinated =
      (l === 'and' || l === 'or') &&
      tk[k - 1]?.text === ',' &&
      tk[k + 1] !== undefined &&
      !isNumber(tk[k + 1]);
    if (endsClause(t) || coordinated) breaks.push(k);
    if ((t.wordClass & W_REPORTING) !== 0) lastReport = k;
    if ((t.wordClass & W_ACTION) !== 0 && (l !== 'shot' || tk[k + 1]?.lower === 'down')) actions.push(k);
    if ((WORLD.has(l) || (l === 'world' && !cap(t))) && isMeasureWord(tk[k + 1]?.lower ?? ''))
      places.push([k, 'the world']);
    if (k > a && k - lastReport > 8 && (t.wordClass & W_PLACE_PREPOSITION) !== 0 && !inSpeaker(k + 1)) {
      const e = nameAt(tk, k + 1, b);
      const head = (tk[e - 1] as Token).lower;
      if (e > k + 1 && (PLACE_HEADS.has(head) || (OPEN_PLACE_PREPOSITIONS.has(l) && !isCalendarWord(head)))) {
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
  return { tk, a, b, actions, places, times, breaks, inherited };
}

/** The first index of a list sorted by token position whose position is at least `at`. */
function firstFrom<T>(list: readonly T[], at: number, pos: (x: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pos(list[mid] as T) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The entries of a sorted list within RADIUS tokens of token i: a long sentence costs no more per figure. */
function near<T>(list: readonly T[], i: number, pos: (x: T) => number): T[] {
  const out: T[] = [];
  for (let k = firstFrom(list, i - RADIUS, pos); k < list.length && pos(list[k] as T) <= i + RADIUS; k++)
    out.push(list[k] as T);
  return out;
}

/** Whether a clause break lies strictly between tokens x and y. */
function across(ctx: FrameContext, x: number, y: number): boolean {
  const k = firstFrom(ctx.breaks, Math.min(x, y) + 1, (n) => n);
  return k < ctx.breaks.length && (ctx.breaks[k] as number) < Math.max(x, y);
}

/**
 * A link found by frameOf, waiting for completeFrames to name the linked figure; `inherits`
 * when a part named after its whole ("…, including 1,060") has no action or measure word of its
 * own after the link word: the words before it are the whole's, and so are its action and measure.
 */
interface PendingLink {
  link: Link;
  inherits: { action: boolean; measure: boolean };
}

/** Links found by frameOf, waiting for completeFrames to name the linked figures. */
const pendingLinks = new WeakMap<Frame, PendingLink>();

/**
 * The frame of the figure at token i (its number ends before `numberEnd`, its counted noun at
 * `end`): the action nearest to it outside its own noun phrase, who acted on whom ("Russia
 * attacked Ukraine with", "launched by Ukraine"), the nearest place and time in its clause
 * (an event time before a statement time; a time that opens the sentence reaches every
 * clause), what it measures, and whether it is a part of a figure beside it or set against one.
 */
export function frameOf(ctx: FrameContext, i: number, end: number = i, numberEnd: number = i + 1): Frame {
  const { tk, a, b } = ctx;
  let actionAt = -1;
  let best = Infinity;
  const next = nextNumberAfter(ctx, end);
  for (const k of near(ctx.actions, i, (n) => n)) {
    // the figure's own noun phrase, and what comes after the next figure, are not its action
    if ((k >= i && k <= end) || k >= next || across(ctx, k, i)) continue;
    const d = Math.abs(k - i) + (k > i ? 0.5 : 0);
    if (d < best) {
      best = d;
      actionAt = k;
    }
  }
  let actor: string | null = null;
  let target: string | null = null;
  if (actionAt >= 0) {
    // "Russia attacked", "Ukrainian forces held": names, and a plural noun after a capitalised word
    let e = actionAt;
    if (
      e - 2 >= a &&
      !cap(tk[e - 1]) &&
      tk[e - 1]?.kind === WORD &&
      cap(tk[e - 2]) &&
      /s$/.test(tk[e - 1]?.lower ?? '')
    )
      e--;
    let s = e - 1;
    while (s >= a && cap(tk[s])) s--;
    if (s + 1 < e) actor = textOf(tk, s + 1, actionAt);
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
  let place =
    attach(
      ctx,
      near(ctx.places, i, (p) => p[0]),
      (p) => p[0],
      i,
      end,
      next,
    )?.[1] ?? null;
  // "45 drones targeted Kyiv Oblast": a target that names a region is where the figure is
  if (place === null && target !== null && PLACE_HEADS.has(target.split(' ').pop()?.toLowerCase() ?? ''))
    place = target;
  const time = timeFor(ctx, i, end, next);
  const frame: Frame = {
    action: actionAt >= 0 ? (ACTIONS[(tk[actionAt] as Token).lower] ?? null) : null,
    actor,
    target,
    place,
    timeText: time?.text ?? null,
    period: time?.period ?? null,
    timeForm: time?.form ?? 'none',
    inferred: false,
    measure: measureOf(tk, a, Math.min(b, next), i, Math.max(end + 1, numberEnd), end >= numberEnd),
    partOf: null,
    versus: null,
  };
  const link = linkOf(tk, a, i, numberEnd);
  if (link) {
    // "including 1,060", "of which 63", "among them 12": the link words stand before the part
    const after = link.kind === 'part' && link.whole === 'before' && tk[numberEnd]?.lower !== 'of';
    const ownMeasure = after
      ? measureOf(
          tk,
          Math.max(a, i - 2),
          Math.min(b, next),
          i,
          Math.max(end + 1, numberEnd),
          end >= numberEnd,
        )
      : frame.measure;
    pendingLinks.set(frame, {
      link,
      inherits: { action: after && actionAt < i - 1, measure: after && ownMeasure === null },
    });
  }
  return frame;
}

/** Whether token k is a number (digits or a number word): where another figure stands. */
function isNumber(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === tok.NUM || SMALL[t.lower] !== undefined);
}

/** Whether a phrase at token k comes right after another number ("1,204 in Kharkiv"): that figure's. */
function trailsNumber(ctx: FrameContext, k: number): boolean {
  for (let j = k - 1; j >= ctx.a && j >= k - 4; j--) {
    if (ctx.breaks[firstFrom(ctx.breaks, j, (n) => n)] === j) return false;
    if (isNumber(ctx.tk[j])) return true;
  }
  return false;
}

/** A hyphen or an en dash. */
function dash(t: Token | undefined): boolean {
  return t?.text === '-' || t?.text === '–';
}

/** The next number after token `end` in the sentence (another figure's), or the sentence's end. */
function nextNumberAfter(ctx: FrameContext, end: number): number {
  const { tk } = ctx;
  for (let k = end + 1; k < ctx.b && k <= end + RADIUS; k++) {
    // "a four-month conflict", "18-19 March" are no figures
    if (isNumber(tk[k]) && !dash(tk[k - 1]) && !dash(tk[k + 1])) return k;
  }
  return ctx.b;
}

/**
 * The phrase (a place or a time) a figure at tokens [i, end] takes among those of its
 * sentence: the first after it in its clause, before the next number ("40,000 people crossed
 * the old bridge on Mill Lane"); else the nearest before it in its clause that does
 * not follow another number ("including 1,204 in Kharkiv, bringing the total to …").
 */
function attach<T>(
  ctx: FrameContext,
  list: readonly T[],
  pos: (x: T) => number,
  i: number,
  end: number,
  nextNumber: number,
): T | null {
  let before: T | null = null;
  let later: T | null = null;
  for (const x of list) {
    const k = pos(x);
    if (k > end && !across(ctx, k, i)) {
      if (k < nextNumber) return x;
      later ??= x;
    }
    if (k < i && !across(ctx, k, i) && !trailsNumber(ctx, k)) before = x;
  }
  // "900 people died when the storm made landfall as a Category 4 hurricane in 1998"
  return before ?? later;
}

/**
 * The time of the figure at tokens [i, end]: an event time attached to it in its clause, else
 * one that opens the sentence before the figure, else a statement time, else the time of the
 * sentence before in the same paragraph.
 */
function timeFor(ctx: FrameContext, i: number, end: number, next: number): TimeHit | null {
  const times = near(ctx.times, i, (t) => t.at);
  const events = times.filter((h) => !h.statement);
  let time = attach(ctx, events, (h) => h.at, i, end, next);
  time ??= events.find((h) => h.at < i && !trailsNumber(ctx, h.at)) ?? null;
  time ??= times.find((h) => h.statement) ?? null;
  if ((!time || time.statement) && ctx.inherited) time = ctx.inherited;
  return time;
}

/**
 * The time an article implies for figures whose sentence gives none: the first event time
 * of its opening (the day of the march, the night of the attack), else its published day.
 */
function impliedTime(tk: Token[], pub: number | null): { period: Period; form: TimeForm } | null {
  for (const h of timesAt(tk, 0, Math.min(tk.length, LEDE_TOKENS), pub)) {
    if (h.period && !h.statement && h.form !== 'cumulative') return { period: h.period, form: h.form };
  }
  if (pub === null) return null;
  const day = new Date(pub).toISOString().slice(0, 10);
  return { period: { start: day, end: new Date(pub + DAY).toISOString().slice(0, 10) }, form: 'day' };
}

/** The claim a linked figure refers to: the nearest figure on that side within two sentences. */
function linkedClaim(claims: readonly PageClaim[], k: number, link: Link): PageClaim | null {
  const c = claims[k] as PageClaim;
  if (link.whole === 'after') {
    const next = claims[k + 1];
    return next && next.start - c.end < 40 ? next : null;
  }
  const value = c.value ?? c.high ?? 0;
  let fallback: PageClaim | null = null;
  for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
    const p = claims[j] as PageClaim;
    if (c.start - p.end > 400) break;
    if (p.sameAs !== null || p.vague || p.unit !== c.unit) continue;
    // a part is never more than its whole
    if (link.kind !== 'part' || (p.value ?? p.high ?? 0) >= value) return p;
    fallback ??= p;
  }
  return link.kind === 'part' ? fallback : null;
}

/** The counted noun of a claim in English (its lemma for a Russian or Ukrainian one), or null. */
function countedHead(c: PageClaim): string | null {
  const noun = c.lemma ?? c.concept;
  return noun ? (noun.split(/\s+/).pop() ?? null) : null;
}

/**
 * Completes the frames of an article's claims once all are read: names the figure each part
 * or comparison refers to, reads its measure with what it counts (thingMeasure), gives a part
 * with no time of its own its whole's, and gives every
 * figure still without a time the time the article implies, marked as inferred.
 */
export function completeFrames(claims: PageClaim[], tk: Token[], pub: number | null): PageClaim[] {
  let implied: { period: Period; form: TimeForm } | null | undefined;
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k] as PageClaim;
    const head = countedHead(c);
    c.frame.action = thingMeasure(c.frame.action, head);
    c.frame.measure = thingMeasure(c.frame.measure, head);
    const pending = pendingLinks.get(c.frame);
    if (pending) {
      const { link, inherits } = pending;
      const whole = linkedClaim(claims, k, link);
      if (whole && link.kind === 'part') c.frame.partOf = whole.id;
      if (whole && inherits.action) c.frame.action = whole.frame.action;
      if (whole && inherits.measure) c.frame.measure = whole.frame.measure;
      if (whole && link.kind === 'versus') c.frame.versus = whole.id;
      if (whole && link.kind === 'revision') c.frame.revisionOf = whole.id;
      // a part, or a version of a count, with no time of its own is of its whole's time
      if (whole && link.kind !== 'versus' && c.frame.period === null && whole.frame.period !== null) {
        c.frame.period = whole.frame.period;
        c.frame.timeForm = whole.frame.timeForm;
        c.frame.inferred = whole.frame.inferred;
      }
    }
    if (c.frame.period === null && c.frame.timeText === null) {
      implied = implied === undefined ? impliedTime(tk, pub) : implied;
      if (implied) {
        c.frame.period = implied.period;
        c.frame.timeForm = implied.form;
        c.frame.inferred = true;
      }
    }
  }
  return claims;
}
