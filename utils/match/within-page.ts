import type { ArticleMeta, OtherFigure } from '../schema';
import { MANY_PLACES } from '../dataset/place';
import { DAY_MS } from '../dataset/time';
import { compatible, isBoundOnly } from './compat';
import type { Bounds } from './compat';
import type { Reading } from './lookup';
import { sameTime } from './page-time';
import type { Span } from './page-time';
import type { Quantity } from './read';
import { distinguishable } from './sources';
import type { Source } from './sources';

/** A page figure as phase 3 compares it: its quantity and the metric reading chosen for it (phase 2). */
export interface PageFigure {
  q: Quantity;
  reading: Reading | null;
}

/** What the page says about a figure. */
export interface PageEvidence {
  /** The same quantity from other sources, sure enough to compare. */
  figures: OtherFigure[];
  /** The same thing counted with another or an unknown scope or measure, or a comparison too unsure to make. */
  related: OtherFigure[];
  agrees: boolean;
  differs: boolean;
  /**
   * The figure's own source gives another figure of this quantity that cannot hold beside it
   * (periods the page could not tell apart, a figure revised): none of its figures is sure.
   */
  doubtful: boolean;
}

/** How many neighbouring periods, sources and figures a comparison looks at: bounded by construction. */
const NEIGHBOURS = 8;
const SOURCES = 12;
/** How many figures one comparison keeps: enough for a popover, bounded for a hostile page. */
const KEPT = 12;
const FIGURES_PER_SOURCE = 3;
const RELATED = 6;

/** One period of one quantity on the page, with the figures each source gives for it. */
interface Bucket {
  span: Span;
  /** For a metric's stock: how far apart two as-of days still describe one moment. */
  closeMs: number;
  /** Running totals that only grow (deaths, cases): a later one below an earlier one contradicts it. */
  monotone: boolean;
  sources: Map<string, SourceFigures>;
  /** Buckets of the same quantity at the same time ("same") or a running total a few weeks apart. */
  near: { bucket: Bucket; relation: 'same' | 'apart' }[];
  /** The sources that contradict themselves over this bucket and those of the same time (worked out once). */
  doubted?: Set<string>;
}

/** The figures one source gives for one bucket. */
interface SourceFigures {
  source: Source;
  figures: PageFigure[];
  /** The largest low end and the smallest high end among its point figures. */
  maxLo: number;
  minHi: number;
  /** Two of its figures cannot both hold. */
  doubtful: boolean;
}

/** Measures whose running totals only grow. */
const MONOTONE = new Set([
  'killed',
  'injured',
  'casualties',
  'cases',
  'detained',
  'launched',
  'shot down',
  'evacuated',
]);

/** The values a figure allows: a metric reading's (in the metric's unit) or the quantity's. */
const boundsOf = (f: PageFigure): Bounds => f.reading?.bounds ?? f.q.bounds;

/** The key of the figures that are the same quantity as this one, or null when it is too unsure to compare. */
function fineKey(f: PageFigure): string | null {
  const r = f.reading;
  if (r) {
    if (!r.comparable || r.topicPlace === MANY_PLACES) return null;
    return `m\u0000${r.metric.id}\u0000${r.direction}\u0000${r.topicPlace ?? ''}`;
  }
  const w = f.q.what;
  return `g\u0000${w.thing}\u0000${w.kind}\u0000${w.measure}\u0000${f.q.scope}\u0000${f.q.part ? 'part' : ''}`;
}

/**
 * The key of the figures that count the same thing: what is counted; for a dimension (an area,
 * a rate, money) what it measures too: a fire's area and ground held are not one thing.
 */
function coarseKey(f: PageFigure): string {
  const w = f.q.what;
  const dimension =
    w.thing === 'percent' || w.thing === 'area' || w.thing === 'length' || w.thing === w.thing.toUpperCase();
  return dimension ? `${w.thing}\u0000${w.measure}` : w.thing;
}

/** Which way a figure points, when a metric reads it ("russia>ukraine"), else "". */
function directionOf(f: PageFigure): string {
  return f.reading?.direction ?? f.q.metrics[0]?.direction ?? '';
}

/** The time a figure is compared by. */
function spanFor(f: PageFigure): { span: Span; closeMs: number } | null {
  const r = f.reading;
  if (r && r.metric.kind === 'stock')
    return {
      span: { start: r.time.start, end: r.time.start + DAY_MS, total: true },
      closeMs: (r.metric.closeDays + 0.5) * DAY_MS,
    };
  if (r) return { span: { start: r.time.start, end: r.time.end, total: false }, closeMs: 0 };
  return f.q.span ? { span: f.q.span, closeMs: DAY_MS } : null;
}

/** Groups figures by a key, then by period, and links each period to the periods it matches. */
function bucketsBy(
  figures: readonly PageFigure[],
  keyOf: (f: PageFigure) => string | null,
): Map<PageFigure, Bucket> {
  const groups = new Map<string, Map<string, Bucket>>();
  const out = new Map<PageFigure, Bucket>();
  for (const f of figures) {
    if (out.has(f)) continue;
    const key = keyOf(f);
    const t = key === null ? null : spanFor(f);
    if (key === null || t === null) continue;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = new Map()));
    const tk = `${t.span.start}/${t.span.end}/${t.span.total}`;
    let b = group.get(tk);
    if (!b) {
      const monotone = f.reading === null && t.span.total && MONOTONE.has(f.q.what.measure);
      b = { span: t.span, closeMs: t.closeMs, monotone, sources: new Map(), near: [] };
      group.set(tk, b);
    }
    addFigure(b, f);
    out.set(f, b);
  }
  for (const group of groups.values()) linkPeriods([...group.values()]);
  return out;
}

/** Adds a figure to its bucket's source, noting a source that contradicts itself. */
function addFigure(b: Bucket, f: PageFigure): void {
  const key = f.q.source.key;
  let s = b.sources.get(key);
  if (!s) {
    if (b.sources.size >= SOURCES) return;
    b.sources.set(
      key,
      (s = { source: f.q.source, figures: [], maxLo: -Infinity, minHi: Infinity, doubtful: false }),
    );
  }
  const bounds = boundsOf(f);
  if (!isBoundOnly(f.q.claim.qualifier) && !f.q.contrasted) {
    s.maxLo = Math.max(s.maxLo, bounds.lo);
    s.minHi = Math.min(s.minHi, bounds.hi);
    // one source, two figures that cannot both hold: periods the page could not tell apart
    if (s.maxLo > s.minHi) s.doubtful = true;
  }
  const dup = s.figures.some((g) => sameFigure(g, f));
  if (!dup && s.figures.length < FIGURES_PER_SOURCE) s.figures.push(f);
}

/** Two figures as written with the same value. */
function sameFigure(a: PageFigure, b: PageFigure): boolean {
  const x = a.q.claim;
  const y = b.q.claim;
  return x.value === y.value && x.low === y.low && x.high === y.high && x.unit === y.unit;
}

/** Links each bucket of one quantity to those of the same time, looking at a bounded number of neighbours. */
function linkPeriods(buckets: Bucket[]): void {
  buckets.sort((a, b) => a.span.start - b.span.start);
  for (let i = 0; i < buckets.length; i++) {
    const a = buckets[i] as Bucket;
    for (let k = Math.max(0, i - NEIGHBOURS); k < Math.min(buckets.length, i + NEIGHBOURS + 1); k++) {
      if (k === i) continue;
      const b = buckets[k] as Bucket;
      const relation = relate(a, b);
      if (relation) a.near.push({ bucket: b, relation });
    }
  }
}

/** How two buckets of one quantity stand in time. */
function relate(a: Bucket, b: Bucket): 'same' | 'apart' | null {
  if (a.closeMs > DAY_MS || b.closeMs > DAY_MS)
    return Math.abs(a.span.start - b.span.start) <= Math.max(a.closeMs, b.closeMs) ? 'same' : null;
  const r = sameTime(a.span, b.span);
  return r === 'apart' && !(a.monotone && b.monotone) ? null : r;
}

/** Another figure of the page as a cross-reference, its values in the unit of the figure it is shown with. */
function asOther(o: PageFigure, shownWith: PageFigure, meta: ArticleMeta): OtherFigure {
  const c = o.q.claim;
  const ratio = o.q.what.factor / shownWith.q.what.factor;
  const conv = (v: number | null) => (v === null || ratio === 1 ? v : Number((v * ratio).toPrecision(4)));
  return {
    claimant: o.q.source.claimant?.id ?? null,
    name: o.q.source.name ?? meta.outlet ?? 'This article',
    side: o.q.source.claimant?.side ?? null,
    value: conv(c.value),
    low: conv(c.low),
    high: conv(c.high),
    qualifier: c.qualifier,
    source: meta.url ? { url: meta.url, published: meta.published, outlet: meta.outlet } : null,
    quote: c.text,
    origin: 'page',
  };
}

/** Compares one figure with one other source's figures in a bucket of the same time. */
function compareSame(f: PageFigure, s: SourceFigures, ev: Evidence): void {
  const mine = boundsOf(f);
  const points = s.figures.filter((o) => !isBoundOnly(o.q.claim.qualifier));
  const chosen = points.length ? points : s.figures;
  const fits = chosen.filter((o) => compatible(boundsOf(o), mine));
  if (fits.length === 0) {
    ev.differs = true;
    keep(ev.same, chosen);
  } else if (isBoundOnly(f.q.claim.qualifier) || points.length === 0) {
    // "up to 200" beside 77: compatible, but says nothing of agreement
    keep(ev.unsure, fits);
  } else {
    ev.agrees = true;
    keep(ev.same, fits);
  }
}

/** Compares a running total with another source's total a few weeks apart: only a later one below an earlier one tells. */
function compareApart(f: PageFigure, at: Bucket, s: SourceFigures, other: Bucket, ev: Evidence): void {
  const mine = boundsOf(f);
  const points = s.figures.filter((o) => !isBoundOnly(o.q.claim.qualifier));
  const earlierIsOther = other.span.end < at.span.end;
  const contradicts = points.some((o) => {
    const b = boundsOf(o);
    return earlierIsOther ? b.lo > mine.hi : b.hi < mine.lo;
  });
  if (contradicts) {
    ev.differs = true;
    keep(ev.same, points);
  } else keep(ev.unsure, s.figures);
}

/** Adds figures to a list of evidence, up to KEPT. */
function keep(list: PageFigure[], figures: readonly PageFigure[]): void {
  for (const f of figures) if (list.length < KEPT) list.push(f);
}

/** Evidence gathered for one figure before it is turned into cross-references. */
interface Evidence {
  same: PageFigure[];
  unsure: PageFigure[];
  agrees: boolean;
  differs: boolean;
}

/**
 * Phase 3: compares every figure with the page's other figures. Figures are the same quantity
 * when they share what is counted, the measure, the scope and the time (a metric's topic, for
 * figures the dataset's metrics read); two sources that cannot be told apart, a source that
 * contradicts itself, a bound beside a point, or a figure too unsure of its reading make only
 * related figures. The same thing counted with another scope or measure is related too.
 * Figures are grouped by key and period, so the work grows with the page, not its square.
 * `figures` are the page's distinct figures (claims of one shape share one); the evidence is
 * given in their order.
 */
export function comparePage(figures: readonly PageFigure[], meta: ArticleMeta): PageEvidence[] {
  const keys = new Map<PageFigure, string | null>();
  for (const f of figures) keys.set(f, fineKey(f));
  const fine = bucketsBy(figures, (f) => keys.get(f) ?? null);
  const coarse = bucketsBy(figures, coarseKey);
  return figures.map((f) => {
    const ev: Evidence = { same: [], unsure: [], agrees: false, differs: false };
    const b = fine.get(f);
    let doubtful = false;
    if (b) {
      const links = [{ bucket: b, relation: 'same' as const }, ...b.near];
      b.doubted ??= doubtedOver(links);
      const doubts = (key: string) => b.doubted?.has(key) === true;
      doubtful = doubts(f.q.source.key);
      for (const { bucket, relation } of links) {
        for (const s of bucket.sources.values()) {
          if (s.source.key === f.q.source.key) continue;
          if (!distinguishable(f.q.source, s.source) || doubts(s.source.key)) keep(ev.unsure, s.figures);
          else if (relation === 'same') compareSame(f, s, ev);
          else compareApart(f, b, s, bucket, ev);
        }
      }
    }
    if (doubtful) {
      keep(ev.unsure, ev.same);
      ev.same = [];
      ev.agrees = false;
      ev.differs = false;
    }
    const related = relatedOf(f, keys, coarse.get(f), ev.unsure);
    const out: PageEvidence = {
      figures: [...new Set(ev.same)].map((o) => asOther(o, f, meta)),
      related: related.map((o) => asOther(o, f, meta)),
      agrees: ev.agrees,
      differs: ev.differs,
      doubtful,
    };
    return out;
  });
}

/** The sources whose figures over buckets of the same time cannot all hold (one period, or two that match). */
function doubtedOver(links: readonly { bucket: Bucket; relation: 'same' | 'apart' }[]): Set<string> {
  const range = new Map<string, { maxLo: number; minHi: number }>();
  const out = new Set<string>();
  for (const { bucket, relation } of links) {
    if (relation !== 'same') continue;
    for (const [key, s] of bucket.sources) {
      if (s.doubtful) out.add(key);
      const r = range.get(key) ?? { maxLo: -Infinity, minHi: Infinity };
      r.maxLo = Math.max(r.maxLo, s.maxLo);
      r.minHi = Math.min(r.minHi, s.minHi);
      range.set(key, r);
      if (r.maxLo > r.minHi) out.add(key);
    }
  }
  return out;
}

/** The related figures of one figure: the unsure ones of its own quantity, then the same thing counted otherwise. */
function relatedOf(
  f: PageFigure,
  keys: ReadonlyMap<PageFigure, string | null>,
  coarse: Bucket | undefined,
  unsure: PageFigure[],
): PageFigure[] {
  const out: PageFigure[] = [];
  const add = (o: PageFigure) => {
    if (out.length >= RELATED || o === f || (o.q.source.key === f.q.source.key && sameFigure(o, f))) return;
    if (out.some((x) => x === o || (x.q.source.key === o.q.source.key && sameFigure(x, o)))) return;
    out.push(o);
  };
  for (const o of unsure) add(o);
  const mine = keys.get(f);
  // drones at Ukraine are no relation of drones at Russia
  const way = directionOf(f);
  const sameWay = (o: PageFigure) => {
    const w = directionOf(o);
    return way === '' || w === '' || w === way;
  };
  if (coarse) {
    for (const { bucket, relation } of [{ bucket: coarse, relation: 'same' }, ...coarse.near]) {
      if (relation !== 'same') continue;
      for (const s of bucket.sources.values()) {
        if (out.length >= RELATED) return out;
        for (const o of s.figures) if ((mine === null || keys.get(o) !== mine) && sameWay(o)) add(o);
      }
    }
  }
  return out;
}
