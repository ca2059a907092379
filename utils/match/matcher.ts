import type {
  ArticleMeta,
  Claimant,
  ClaimMatch,
  DatasetInfo,
  Metric,
  OtherFigure,
  PageClaim,
  Side,
} from '../schema';
import { isParty, opponentOf } from '../schema/sides';
import type { Dataset } from '../dataset/dataset';
import { QUALIFIERS } from '../dataset/dataset';
import { summarizeFamilies } from '../dataset/families';
import { MANY_PLACES, placeKey, placeSide } from '../dataset/place';
import { DAY_MS, isoDay } from '../dataset/time';
import { boundsOf, compatible, isBoundOnly } from './compat';
import type { Bounds } from './compat';
import { indexDataset, scan } from './index-dataset';
import type { IndexedDataset } from './index-dataset';
import { pageTimeOf, periodFit } from './page-time';
import type { PageTime } from './page-time';
import { ClaimantResolver, sideOfName } from './resolve';
import { MetricSelector, unitFactor } from './select-metric';
import { normName } from './words';

/** Matches a page's claims against the bundled dataset and packs. */
export interface Matcher {
  /** One ClaimMatch per claim, in the same order. */
  match(claims: PageClaim[], meta: ArticleMeta): ClaimMatch[];
  /** What the dataset (with packs) holds. */
  info(): DatasetInfo;
}

/** A dataset record that fits a page claim's topic. */
interface Hit {
  set: IndexedDataset;
  i: number;
  claimant: Claimant;
  place: string | null;
  fit: number;
  bounds: Bounds;
  /** Start and end of the record's time (equal for an as-of date). */
  time: number;
  end: number;
}

/** What the matcher worked out about one page claim. */
interface Reading {
  claim: PageClaim;
  index: number;
  claimant: Claimant | null;
  speakerKey: string | null;
  metric: Metric;
  time: PageTime;
  confident: boolean;
  place: string | null;
  direction: string;
  bounds: Bounds;
  hits: Hit[];
  topicPlace: string | null;
}

const DURATION_OR_MONEY =
  /^(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries|USD|EUR|GBP|RUB|UAH|CNY|JPY|%|percentage points|basis points)$/;
const LAUNCH_ACTIONS = /launch|attack|struck|strike|fire|target/;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Day-month-year for labels ("19 Mar 2025"). */
function dayLabel(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()}`;
}

/** A short label for a period or an as-of day. */
function timeLabel(start: number, end: number, stock: boolean): string {
  if (stock) return `as of ${dayLabel(start)}`;
  const dur = end - start;
  if (dur <= 30 * 3_600_000 && isoDay(start) !== isoDay(end - 1)) {
    const a = new Date(start);
    return `night of ${a.getUTCDate()}–${dayLabel(end - 1)}`;
  }
  if (dur <= DAY_MS) return dayLabel(start);
  return `${dayLabel(start)} – ${dayLabel(end - 1)}`;
}

/**
 * Builds a matcher over the bundled dataset and any packs: merges their claimants and
 * metrics (the first definition of an id wins), indexes every claim once by metric and time,
 * and answers `match` in well under a millisecond per claim.
 */
export function createMatcher(dataset: Dataset, packs: Dataset[] = []): Matcher {
  const sets = [dataset, ...packs].map(indexDataset);
  const claimants = new Map<string, Claimant>();
  const metrics = new Map<string, Metric>();
  for (const s of sets) {
    for (const c of s.ds.claimants) if (!claimants.has(c.id)) claimants.set(c.id, c);
    for (const m of s.ds.metrics) if (!metrics.has(m.id)) metrics.set(m.id, m);
  }
  const resolver = new ClaimantResolver([...claimants.values()]);
  const selector = new MetricSelector([...metrics.values()]);

  let from = Infinity;
  let to = -Infinity;
  let total = 0;
  let sources = 0;
  for (const s of sets) {
    total += s.ds.claims.size;
    sources += s.ds.sources.length;
    for (const t of s.ds.times) {
      const last = t.asOf ? t.start : t.end - 1;
      if (t.start < from) from = t.start;
      if (last > to) to = last;
    }
  }
  const info: DatasetInfo = {
    claims: total,
    claimants: claimants.size,
    metrics: metrics.size,
    sources,
    from: Number.isFinite(from) ? isoDay(from) : null,
    to: Number.isFinite(to) ? isoDay(to) : null,
  };

  /** The direction key of a dataset record for its metric. */
  const recordDirection = (s: IndexedDataset, i: number, m: Metric): string => {
    const side = (k: number) => (k < 0 ? '?' : (s.ds.sides[k] ?? '?'));
    const a = side(s.ds.claims.actor[i] as number);
    const t = side(s.ds.claims.target[i] as number);
    return m.direction === 'attack'
      ? `${a}>${t}`
      : m.direction === 'loss'
        ? t
        : m.direction === 'holder'
          ? a
          : '';
  };

  /** The direction of a page claim for its metric, or null when it cannot be told. */
  const pageDirection = (
    claim: PageClaim,
    m: Metric,
    speaker: Claimant | null,
    place: string | null,
  ): string | null => {
    if (m.direction === 'none') return '';
    const f = claim.frame;
    const placeSideOf = placeSide(place);
    const speakerSide = speaker && isParty(speaker.side) ? speaker.side : null;
    if (m.direction === 'attack') {
      let defender: Side | null = placeSideOf;
      const launchy = LAUNCH_ACTIONS.test(f.action ?? '');
      if (!defender && launchy) defender = sideOfName(f.target);
      if (!defender) defender = speakerSide;
      if (!defender && launchy) {
        const attacker = sideOfName(f.actor);
        defender = attacker ? opponentOf(attacker) : null;
      }
      const attacker = defender ? opponentOf(defender) : null;
      return defender && attacker ? `${attacker}>${defender}` : null;
    }
    if (m.direction === 'loss') {
      const named =
        sideOfName(claim.text) ?? (f.action === 'lost' ? sideOfName(f.actor) : sideOfName(f.target));
      if (named) return named;
      return speakerSide ? opponentOf(speakerSide) : null;
    }
    const holder = f.action === 'controls' || f.action === 'captured' ? sideOfName(f.actor) : null;
    if (holder) return holder;
    if (placeSideOf) return m.id === 'territory.recaptured' ? placeSideOf : opponentOf(placeSideOf);
    return null;
  };

  /** The dataset records of a metric that fit a page claim's time and direction. */
  const hitsFor = (r: Omit<Reading, 'hits' | 'topicPlace'>, loose = false): Hit[] => {
    const out: Hit[] = [];
    const stock = r.metric.kind === 'stock';
    const close = (r.metric.closeDays + 0.5) * DAY_MS;
    const from = stock ? r.time.start - close : r.time.start;
    const to = stock ? r.time.start + close : r.time.end;
    for (const s of sets) {
      const ix = s.byMetric.get(r.metric.id);
      if (!ix) continue;
      const c = s.ds.claims;
      scan(ix, from, to, (i) => {
        const t = s.ds.times[c.time[i] as number];
        if (!t) return;
        let fit: number;
        if (stock) {
          const dist = Math.abs(t.start - r.time.start);
          if (dist > close) return;
          fit = 1 - dist / (close + DAY_MS);
        } else if (loose) {
          if (t.end <= r.time.start || t.start >= r.time.end) return;
          fit = 1;
        } else {
          fit = periodFit(r.time.start, r.time.end, t.start, t.end);
          if (fit <= 0) return;
        }
        if (recordDirection(s, i, r.metric) !== r.direction) return;
        const claimant = s.ds.claimants[c.claimant[i] as number];
        if (!claimant) return;
        const q = QUALIFIERS[c.qualifier[i] as number] ?? '=';
        const num = (v: number) => (Number.isNaN(v) ? null : v);
        const bounds = boundsOf(
          num(c.value[i] as number),
          num(c.low[i] as number),
          num(c.high[i] as number),
          q,
        );
        if (!bounds) return;
        const p = c.place[i] as number;
        out.push({
          set: s,
          i,
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
  };

  /**
   * When the speaker's own record is not in the period the page's words gave, but one of its
   * records a few days away has this very figure (a live blog whose entries all read
   * "overnight" against the blog's first date), the figure is about that record's period. Only
   * for figures of 10 or more, and only when one period fits: small counts repeat too often.
   */
  const ownPeriodNearby = (r: Omit<Reading, 'hits' | 'topicPlace'> & { hits: Hit[] }, claimant: Claimant) => {
    if (r.hits.some((h) => h.claimant.id === claimant.id && compatible(h.bounds, r.bounds))) return null;
    if (r.bounds.hi < 10 || (r.claim.qualifier !== '=' && r.claim.qualifier !== '~')) return null;
    const near = hitsFor(
      { ...r, time: { ...r.time, start: r.time.start - 3 * DAY_MS, end: r.time.end + 3 * DAY_MS } },
      true,
    );
    const mine = near.filter((h) => h.claimant.id === claimant.id && compatible(h.bounds, r.bounds));
    const periods = new Set(mine.map((h) => `${h.time}/${h.end}`));
    return periods.size === 1 ? (mine[0] ?? null) : null;
  };

  /** Picks the topic's place among the hits: the page's own, the claimant's own record's, or the only one. */
  const choosePlace = (r: Omit<Reading, 'topicPlace'>): string | null | undefined => {
    const places = new Set(r.hits.map((h) => h.place));
    const ownFits = (p: string | null) =>
      r.claimant !== null &&
      r.hits.some((h) => h.place === p && h.claimant.id === r.claimant?.id && compatible(h.bounds, r.bounds));
    if (r.place === MANY_PLACES) return undefined;
    if (ownFits(r.place)) return r.place;
    for (const p of places) if (ownFits(p)) return p;
    if (places.has(r.place)) return r.place;
    // a local metric (a fire, ground held) named without its place: the only place it has then;
    // an attack or a loss named without a place is country-wide
    const local = r.metric.direction === 'none' || r.metric.direction === 'holder';
    if (local && r.place === null && places.size === 1) return [...places][0] ?? null;
    return r.place === null ? null : undefined;
  };

  /** Reads a page claim as a figure of one metric: its time, place, direction and dataset hits. */
  const readAs = (
    claim: PageClaim,
    index: number,
    meta: ArticleMeta,
    claimant: Claimant | null,
    metric: Metric,
    cued: boolean,
  ): Reading | null => {
    const time = pageTimeOf(claim, meta.published, metric.kind === 'stock');
    if (!time) return null;
    const place = placeKey(claim.frame.place);
    const direction = pageDirection(claim, metric, claimant, place);
    if (direction === null) return null;
    const factor = unitFactor(claim.unit, metric.unit) ?? 1;
    const scale = (v: number | null) => (v === null ? null : v * factor);
    const bounds = boundsOf(scale(claim.value), scale(claim.low), scale(claim.high), claim.qualifier);
    if (!bounds) return null;
    const speakerKey = claimant ? claimant.id : claim.speaker ? `page:${normName(claim.speaker)}` : null;
    const strongBare = metric.bare && (metric.direction === 'attack' || metric.unit !== null);
    // someone we cannot place (an unknown official, a regional one speaking of attacks with no
    // place) may be giving a partial figure: compare, but never call it a divergence
    const known =
      claim.speaker === null ||
      (claimant !== null &&
        !(
          claimant.kind === 'regional' &&
          place === null &&
          (metric.direction === 'attack' || metric.direction === 'loss')
        ));
    // a running total is only sure when the page says so ("since February 2022"): "lost 1,060
    // soldiers" with no such phrase may be a day's figure
    const total = metric.span !== 'cumulative' || time.form === 'cumulative';
    const confident = time.explicit && (cued || strongBare) && known && total;
    const base = {
      claim,
      index,
      claimant,
      speakerKey,
      metric,
      time,
      confident,
      place,
      direction,
      bounds,
      hits: [] as Hit[],
    };
    base.hits = hitsFor(base);
    const moved = claimant && metric.kind === 'flow' ? ownPeriodNearby(base, claimant) : null;
    if (moved) {
      base.time = { ...time, start: moved.time, end: moved.end };
      base.hits = hitsFor(base);
    }
    const topicPlace = choosePlace(base);
    if (topicPlace === undefined) return { ...base, hits: [], topicPlace: MANY_PLACES };
    let hits = base.hits.filter((h) => h.place === topicPlace);
    // the speaker's own record names the period when the page's time was loose ("on Tuesday")
    const own = claimant
      ? hits
          .filter((h) => h.claimant.id === claimant.id && compatible(h.bounds, bounds))
          .sort((x, y) => y.fit - x.fit)[0]
      : undefined;
    if (own && metric.kind === 'flow') {
      hits = hits.filter((h) => periodFit(own.time, own.end, h.time, h.end) >= 0.5);
      return { ...base, time: { ...time, start: own.time, end: own.end }, hits, topicPlace };
    }
    return { ...base, hits, topicPlace };
  };

  /** Reads one page claim: its claimant, metric (a tie broken by the speaker's own records), and the rest. */
  const read = (
    claim: PageClaim,
    index: number,
    meta: ArticleMeta,
    claimant: Claimant | null,
  ): Reading | null => {
    if (claim.vague || claim.sameAs !== null) return null;
    if (claim.unit !== null && DURATION_OR_MONEY.test(claim.unit)) return null;
    if (claim.value === null && (claim.low === null || claim.high === null)) return null;
    const form = pageTimeOf(claim, meta.published, false)?.form ?? 'none';
    const choice = selector.choose(claim, form);
    if (!choice) return null;
    const readings = choice.metrics
      .map((m) => readAs(claim, index, meta, claimant, m, choice.cued))
      .filter((r): r is Reading => r !== null);
    if (readings.length <= 1) return readings[0] ?? null;
    const owned = readings.filter((r) =>
      r.hits.some((h) => h.claimant.id === claimant?.id && compatible(h.bounds, r.bounds)),
    );
    return owned.length === 1 ? (owned[0] as Reading) : null;
  };

  /** A dataset record as another figure. */
  const figureOf = (h: Hit): OtherFigure => {
    const c = h.set.ds.claims;
    const num = (v: number) => (Number.isNaN(v) ? null : v);
    const q = c.quote[h.i] as number;
    return {
      claimant: h.claimant.id,
      name: h.claimant.name,
      side: h.claimant.side,
      value: num(c.value[h.i] as number),
      low: num(c.low[h.i] as number),
      high: num(c.high[h.i] as number),
      qualifier: QUALIFIERS[c.qualifier[h.i] as number] ?? '=',
      source: h.set.ds.sources[c.source[h.i] as number] ?? null,
      quote: q < 0 ? null : (h.set.ds.strings[q] ?? null),
      onPage: false,
    };
  };

  /** Do two readings describe the same topic (for comparing figures within the page)? */
  const sameTopic = (a: Reading, b: Reading): boolean => {
    if (a.metric.id !== b.metric.id || a.direction !== b.direction) return false;
    if (a.topicPlace === MANY_PLACES || a.topicPlace !== b.topicPlace) return false;
    if (a.metric.kind === 'stock')
      return Math.abs(a.time.start - b.time.start) <= (a.metric.closeDays + 0.5) * DAY_MS;
    return (
      periodFit(a.time.start, a.time.end, b.time.start, b.time.end) > 0 ||
      periodFit(b.time.start, b.time.end, a.time.start, a.time.end) > 0
    );
  };

  /**
   * Readings can share a topic only when metric, direction and place agree: grouping by them
   * first keeps page-wide comparisons linear in practice (a 50,000-word page has thousands).
   */
  const bucketKey = (r: Reading): string | null =>
    r.topicPlace === MANY_PLACES ? null : `${r.metric.id}\u0000${r.direction}\u0000${r.topicPlace ?? ''}`;
  const bucketsOf = (readings: readonly Reading[]): Map<string, Reading[]> => {
    const out = new Map<string, Reading[]>();
    for (const r of readings) {
      const key = bucketKey(r);
      if (key === null) continue;
      const list = out.get(key) ?? [];
      list.push(r);
      out.set(key, list);
    }
    return out;
  };

  /** Builds the match of one reading from its dataset hits and the other readings of the page. */
  const decide = (r: Reading, page: Reading[], meta: ArticleMeta): ClaimMatch => {
    const own = r.claimant?.id ?? null;
    // each other claimant's best-fitting records (its nearest day for a stock)
    const best = new Map<string, Hit[]>();
    for (const h of r.hits) {
      const list = best.get(h.claimant.id) ?? [];
      list.push(h);
      best.set(h.claimant.id, list);
    }
    const others: OtherFigure[] = [];
    const mine: OtherFigure[] = [];
    let agrees = false;
    let differs = false;
    for (const [id, list] of best) {
      const top = Math.max(...list.map((h) => h.fit));
      let chosen = list.filter((h) => h.fit >= top - 0.05);
      if (id === own) {
        const fitting = chosen.filter((h) => compatible(h.bounds, r.bounds));
        mine.push(...(fitting.length ? fitting : chosen).slice(0, 3).map(figureOf));
        continue;
      }
      const points = chosen.filter(
        (h) => !isBoundOnly(QUALIFIERS[h.set.ds.claims.qualifier[h.i] as number] ?? '='),
      );
      if (points.length) chosen = points;
      const ok = chosen.some((h) => compatible(h.bounds, r.bounds));
      if (ok) agrees = true;
      else differs = true;
      others.push(...chosen.slice(0, 3).map(figureOf));
    }
    // the same topic elsewhere on the page, from another known claimant (never from an unknown one)
    const pageOthers = new Map<string, Reading[]>();
    if (r.claimant !== null && r.confident) {
      for (const o of page) {
        if (o === r || o.claimant === null || o.speakerKey === r.speakerKey || !o.confident) continue;
        if (!sameTopic(r, o)) continue;
        const list = pageOthers.get(o.claimant.id) ?? [];
        list.push(o);
        pageOthers.set(o.claimant.id, list);
      }
    }
    for (const [, list] of pageOthers) {
      const points = list.filter((o) => !isBoundOnly(o.claim.qualifier));
      const chosen = points.length ? points : list;
      const ok = chosen.some((o) => compatible(o.bounds, r.bounds));
      if (ok) agrees = true;
      else differs = true;
      for (const o of chosen) {
        const c = o.claim;
        const dup = others.some(
          (f) =>
            f.claimant !== null &&
            f.claimant === o.claimant?.id &&
            f.value === c.value &&
            f.low === c.low &&
            f.high === c.high,
        );
        if (dup) continue;
        others.push({
          claimant: o.claimant?.id ?? null,
          name: o.claimant?.name ?? c.speaker ?? 'unattributed',
          side: o.claimant?.side ?? null,
          value: c.value,
          low: c.low,
          high: c.high,
          qualifier: c.qualifier,
          source: meta.url ? { url: meta.url, published: meta.published, outlet: meta.outlet } : null,
          quote: c.text,
          onPage: true,
        });
      }
    }
    const claimant = r.claimant ? { id: r.claimant.id, name: r.claimant.name, side: r.claimant.side } : null;
    const mineFits = mine.filter((f) => {
      const b = boundsOf(f.value, f.low, f.high, f.qualifier);
      return b !== null && compatible(b, r.bounds);
    });
    // unsure of the topic: never "diverges"; "agrees" only when nothing differs
    let status: ClaimMatch['status'];
    let shown: OtherFigure[];
    if (r.confident && differs) [status, shown] = ['diverges', [...others, ...mine]];
    else if (!differs && agrees) [status, shown] = ['agrees', [...others, ...mine]];
    else if (r.confident && mine.length) [status, shown] = ['single', mine];
    else if (mineFits.length) [status, shown] = ['single', mineFits];
    else return { claimId: r.claim.id, status: 'unmatched', topic: null, claimant, others: [] };
    const anchor = r.hits.reduce<Hit | null>((a, h) => (!a || h.fit > a.fit ? h : a), null);
    const stock = r.metric.kind === 'stock';
    let ts = r.time.start;
    let te = r.time.end;
    if (anchor) {
      const t = anchor.set.ds.times[anchor.set.ds.claims.time[anchor.i] as number];
      if (t && !stock) {
        ts = t.start;
        te = t.end;
      }
    }
    const when = stock
      ? `asof:${isoDay(ts)}`
      : `${new Date(ts).toISOString().slice(0, 16)}/${new Date(te).toISOString().slice(0, 16)}`;
    const place = r.topicPlace;
    const dir = r.direction;
    const cap = (t: string) => t.replace(/\b\w/g, (x) => x.toUpperCase());
    const labelParts = [r.metric.label, timeLabel(ts, te, stock)];
    if (place) labelParts.push(cap(place));
    if (dir.includes('>')) labelParts.push(cap(dir.replace('>', ' → ')));
    else if (dir) labelParts.push(r.metric.direction === 'loss' ? `losses of ${cap(dir)}` : `by ${cap(dir)}`);
    return {
      claimId: r.claim.id,
      status,
      topic: {
        id: `${r.metric.id}@${when}${place ? `#${place}` : ''}${dir ? `/${dir}` : ''}`,
        label: labelParts.join(' · '),
      },
      claimant,
      others: shown,
    };
  };

  /**
   * One claimant giving two different figures for the same topic on one page means the page
   * is about several periods we could not tell apart (a live blog's entries all read
   * "overnight"): every figure of that topic on the page is then unsure, and none diverges.
   */
  const doubt = (readings: (Reading | null)[]): void => {
    const sure = readings.filter((r): r is Reading => r !== null && r.confident && r.claimant !== null);
    const bad = new Map<string, Reading[]>();
    for (const [key, group] of bucketsOf(sure)) {
      for (let i = 0; i < group.length; i++) {
        for (let k = i + 1; k < group.length; k++) {
          const a = group[i] as Reading;
          const b = group[k] as Reading;
          if (a.claimant?.id !== b.claimant?.id || !sameTopic(a, b) || compatible(a.bounds, b.bounds))
            continue;
          const list = bad.get(key) ?? [];
          list.push(a, b);
          bad.set(key, list);
        }
      }
    }
    if (!bad.size) return;
    readings.forEach((r, i) => {
      const key = r && bucketKey(r);
      const suspects = key === null || key === undefined ? undefined : bad.get(key);
      if (r && r.confident && suspects?.some((d) => d === r || sameTopic(r, d)))
        readings[i] = { ...r, confident: false };
    });
  };

  return {
    match(claims: PageClaim[], meta: ArticleMeta): ClaimMatch[] {
      const order = claims.map((_, i) => i).sort((a, b) => (claims[a]?.start ?? 0) - (claims[b]?.start ?? 0));
      const recent: Claimant[] = [];
      const readings: (Reading | null)[] = new Array<Reading | null>(claims.length).fill(null);
      const speakers: (Claimant | null)[] = new Array<Claimant | null>(claims.length).fill(null);
      for (const i of order) {
        const c = claims[i] as PageClaim;
        const claimant = resolver.resolve(c.speaker, recent);
        if (claimant) {
          // Each claimant once, the latest named last: back-references search it from the end,
          // and on a long page it would otherwise hold one entry per figure.
          const at = recent.indexOf(claimant);
          if (at >= 0) recent.splice(at, 1);
          recent.push(claimant);
        }
        readings[i] = read(c, i, meta, claimant);
        speakers[i] = claimant;
      }
      doubt(readings);
      const buckets = bucketsOf(readings.filter((r): r is Reading => r !== null));
      const byId = new Map<string, ClaimMatch>();
      const out = claims.map((c, i) => {
        const r = readings[i];
        const sp = speakers[i];
        const m: ClaimMatch = r
          ? decide(r, buckets.get(bucketKey(r) ?? '') ?? [], meta)
          : {
              claimId: c.id,
              status: 'unmatched',
              topic: null,
              claimant: sp ? { id: sp.id, name: sp.name, side: sp.side } : null,
              others: [],
            };
        byId.set(c.id, m);
        return m;
      });
      // "200 km² (77 sq mi)": the restatement shares the first figure's match
      return out.map((m, i) => {
        const same = claims[i]?.sameAs;
        const first = same ? byId.get(same) : undefined;
        return first ? { ...first, claimId: m.claimId } : m;
      });
    },
    info: () => {
      // counted once, on the first request (the options page, the popup), not on every load
      info.families ??= sets.flatMap((s) => summarizeFamilies(s.ds));
      return info;
    },
  };
}
