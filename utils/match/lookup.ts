import type { Claimant, Metric, OtherFigure } from '../schema';
import { QUALIFIERS } from '../dataset/dataset';
import { MANY_PLACES } from '../dataset/place';
import { DAY_MS } from '../dataset/time';
import { boundsOf, compatible } from './compat';
import type { Bounds } from './compat';
import type { MatchContext } from './context';
import { scan } from './index-dataset';
import type { IndexedDataset } from './index-dataset';
import { periodFit } from './page-time';
import { opposed, sideOfName } from './sides';
import type { MetricQuantity } from './read';

/** A dataset or pack record that fits a page quantity's topic. */
export interface Hit {
  set: IndexedDataset;
  /** The record's row in its dataset's claim table. */
  row: number;
  claimant: Claimant;
  place: string | null;
  /** How well its time fits the page figure's (0–1). */
  fit: number;
  bounds: Bounds;
  /** Start and end of the record's time (equal for an as-of date). */
  time: number;
  end: number;
}

/** A page figure's metric reading with the records of its topic: phase 2 of matching. */
export interface Reading extends MetricQuantity {
  hits: Hit[];
  /** The topic's place among the records' (MANY_PLACES when the figure spans several). */
  topicPlace: string | null;
}

/** The direction key of a dataset record for its metric. */
function recordDirection(s: IndexedDataset, row: number, m: Metric): string {
  const side = (k: number) => (k < 0 ? '?' : (s.ds.sides[k] ?? '?'));
  const a = side(s.ds.claims.actor[row] as number);
  const t = side(s.ds.claims.target[row] as number);
  if (m.direction === 'attack') return `${a}>${t}`;
  if (m.direction === 'loss') return t;
  if (m.direction === 'holder') return a;
  return '';
}

const num = (v: number) => (Number.isNaN(v) ? null : v);

/** The records of a quantity's metric that fit its time and direction (`loose`: any overlap). */
function hitsFor(ctx: MatchContext, q: MetricQuantity, loose = false): Hit[] {
  const out: Hit[] = [];
  const stock = q.metric.kind === 'stock';
  const close = (q.metric.closeDays + 0.5) * DAY_MS;
  const from = stock ? q.time.start - close : q.time.start;
  const to = stock ? q.time.start + close : q.time.end;
  // "235 Israeli soldiers killed in Gaza" is no part of the toll the other side's authority
  // keeps for the place: a figure naming one party's people never meets its opponent's count
  // for a place (an exchange of prisoners, with no place, is counted by either side)
  const named = q.metric.direction === 'none' ? sideOfName(q.claim.text) : null;
  for (const s of ctx.sets) {
    const ix = s.byMetric.get(q.metric.id);
    if (!ix) continue;
    const c = s.ds.claims;
    scan(ix, from, to, (row) => {
      const t = s.ds.times[c.time[row] as number];
      if (!t) return;
      let fit: number;
      if (stock) {
        const dist = Math.abs(t.start - q.time.start);
        if (dist > close) return;
        fit = 1 - dist / (close + DAY_MS);
      } else if (loose) {
        if (t.end <= q.time.start || t.start >= q.time.end) return;
        fit = 1;
      } else {
        fit = periodFit(q.time.start, q.time.end, t.start, t.end);
        if (fit <= 0) return;
      }
      if (recordDirection(s, row, q.metric) !== q.direction) return;
      const claimant = s.ds.claimants[c.claimant[row] as number];
      if (!claimant || ((c.place[row] as number) >= 0 && opposed(named, claimant.side))) return;
      const qualifier = QUALIFIERS[c.qualifier[row] as number] ?? '=';
      const bounds = boundsOf(
        num(c.value[row] as number),
        num(c.low[row] as number),
        num(c.high[row] as number),
        qualifier,
      );
      if (!bounds) return;
      const p = c.place[row] as number;
      out.push({
        set: s,
        row,
        claimant,
        place: p < 0 ? null : (s.ds.strings[p] ?? null),
        fit,
        bounds,
        time: t.start,
        end: t.end,
      });
    });
  }
  return out;
}

/**
 * When the speaker's own record is not in the period the page's words gave, but one of its
 * records a few days away has this very figure (a live blog whose entries all read
 * "overnight" against the blog's first date), the figure is about that record's period. Only
 * for figures of 10 or more, and only when one period fits: small counts repeat too often.
 */
function ownPeriodNearby(ctx: MatchContext, q: MetricQuantity, hits: Hit[], claimant: Claimant): Hit | null {
  if (hits.some((h) => h.claimant.id === claimant.id && compatible(h.bounds, q.bounds))) return null;
  if (q.bounds.hi < 10 || (q.claim.qualifier !== '=' && q.claim.qualifier !== '~')) return null;
  const wide = { ...q, time: { ...q.time, start: q.time.start - 3 * DAY_MS, end: q.time.end + 3 * DAY_MS } };
  const mine = hitsFor(ctx, wide, true).filter(
    (h) => h.claimant.id === claimant.id && compatible(h.bounds, q.bounds),
  );
  const periods = new Set(mine.map((h) => `${h.time}/${h.end}`));
  return periods.size === 1 ? (mine[0] ?? null) : null;
}

/** Picks the topic's place among the hits: the page's own, the claimant's own record's, or the only one. */
function choosePlace(q: MetricQuantity, hits: Hit[]): string | null | undefined {
  const places = new Set(hits.map((h) => h.place));
  const ownFits = (p: string | null) =>
    q.claimant !== null &&
    hits.some((h) => h.place === p && h.claimant.id === q.claimant?.id && compatible(h.bounds, q.bounds));
  if (q.place === MANY_PLACES) return undefined;
  if (ownFits(q.place)) return q.place;
  for (const p of places) if (ownFits(p)) return p;
  if (places.has(q.place)) return q.place;
  // a local metric (a fire, ground held) named without its place: the only place it has then;
  // an attack or a loss named without a place is country-wide
  const local = q.metric.direction === 'none' || q.metric.direction === 'holder';
  if (local && q.place === null && places.size === 1) return [...places][0] ?? null;
  return q.place === null ? null : undefined;
}

/**
 * Phase 2: the dataset and pack records of a quantity's topic. Its period may move to the
 * speaker's own record's when the page's words were loose ("on Tuesday", a live blog's
 * "overnight"), and its place is chosen among the records'.
 */
export function lookUp(ctx: MatchContext, q0: MetricQuantity): Reading {
  let q = q0;
  let hits = hitsFor(ctx, q);
  const moved = q.claimant && q.metric.kind === 'flow' ? ownPeriodNearby(ctx, q, hits, q.claimant) : null;
  if (moved) {
    q = { ...q, time: { ...q.time, start: moved.time, end: moved.end } };
    hits = hitsFor(ctx, q);
  }
  const topicPlace = choosePlace(q, hits);
  if (topicPlace === undefined) return { ...q, hits: [], topicPlace: MANY_PLACES };
  hits = hits.filter((h) => h.place === topicPlace);
  // the speaker's own record names the period when the page's time was loose ("on Tuesday")
  const claimant = q.claimant;
  const own = claimant
    ? hits
        .filter((h) => h.claimant.id === claimant.id && compatible(h.bounds, q.bounds))
        .sort((x, y) => y.fit - x.fit)[0]
    : undefined;
  if (own && q.metric.kind === 'flow') {
    hits = hits.filter((h) => periodFit(own.time, own.end, h.time, h.end) >= 0.5);
    // an inferred time the speaker's own record confirms is no longer a guess
    const time = { ...q.time, start: own.time, end: own.end, explicit: true };
    return { ...q, time, confident: q.sureIfTimed, hits, topicPlace };
  }
  return { ...q, hits, topicPlace };
}

/** Whether a reading's records include the speaker's own figure, compatible with the page's. */
export function ownsRecord(r: Reading): boolean {
  return r.hits.some((h) => h.claimant.id === r.claimant?.id && compatible(h.bounds, r.bounds));
}

/**
 * Whether a reading is sure enough to call a record's difference a divergence: sure of metric,
 * time, speaker and scope, or a record of the speaker's own with this figure confirms them.
 */
export function sureOf(r: Reading): boolean {
  return r.confident || (r.confirmable && ownsRecord(r));
}

/** The qualifier of a record. */
export function recordQualifier(h: Hit) {
  return QUALIFIERS[h.set.ds.claims.qualifier[h.row] as number] ?? '=';
}

/** A dataset or pack record as another figure, with its source. */
export function figureOf(h: Hit): OtherFigure {
  const c = h.set.ds.claims;
  const q = c.quote[h.row] as number;
  return {
    claimant: h.claimant.id,
    name: h.claimant.name,
    side: h.claimant.side,
    value: num(c.value[h.row] as number),
    low: num(c.low[h.row] as number),
    high: num(c.high[h.row] as number),
    qualifier: recordQualifier(h),
    source: h.set.ds.sources[c.source[h.row] as number] ?? null,
    quote: q < 0 ? null : (h.set.ds.strings[q] ?? null),
    origin: 'dataset',
  };
}
