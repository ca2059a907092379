import type { Claimant, Metric, PageClaim, Side } from '../schema';
import { placeKey, placeSide } from '../dataset/place';
import { DAY_MS, parseInstant } from '../dataset/time';
import type { PlaceKey } from '../dataset/place';
import { boundsOf } from './compat';
import type { Bounds } from './compat';
import type { MatchContext, PageContext } from './context';
import { pageTimeOf, spanOf } from './page-time';
import type { PageTime, Span } from './page-time';
import { scopeOf } from './scope';
import { isParty, opposingSide, sideOfName } from './sides';
import { OUTLET } from './sources';
import type { Source } from './sources';
import { unitFactor } from './select-metric';
import { whatOf } from './what';
import type { What } from './what';

/**
 * Phase 1 of matching: a page figure read as a quantity, the identity that decides which
 * figures are the same quantity — what is counted and its measure, the scope, the time — with
 * who gives it and the values it allows; and the ways it reads as a dataset metric.
 */
export interface Quantity {
  claim: PageClaim;
  /** The claim's index in the page's list. */
  index: number;
  source: Source;
  what: What;
  /** The values it allows, in its dimension's unit (km² for an area). */
  bounds: Bounds;
  /** Where: "country:XX", "local:key", "world", or "" (country-wide, unsaid). */
  scope: string;
  span: Span | null;
  /** A part of another figure counted the same way ("more than 40 of them were launched after the call"). */
  part: boolean;
  /**
   * Set against a figure heard from the same source ("6,000, half of the 12,000 reported"):
   * the writer contrasts two sources, so the two never make that source contradict itself.
   */
  contrasted: boolean;
  /** The figure's readings as a dataset metric (more than one = a tie, broken by the speaker's records). */
  metrics: MetricQuantity[];
}

/** A page figure read as a quantity of one dataset metric, before any record is looked up. */
export interface MetricQuantity {
  claim: PageClaim;
  index: number;
  claimant: Claimant | null;
  source: Source;
  metric: Metric;
  time: PageTime;
  /** Sure enough of metric, time, speaker and scope to call a record's difference a divergence. */
  confident: boolean;
  /** Sure enough of metric and scope to compare it with the page's other figures (its time may be inferred). */
  comparable: boolean;
  /** Sure of all but its time: confident once a record of the speaker's own confirms an inferred time. */
  sureIfTimed: boolean;
  /**
   * Sure of speaker and scope; its metric, time or noun may be loose: confident once a record of
   * the speaker's own with this figure confirms them ("175 Ukrainian soldiers had come home").
   */
  confirmable: boolean;
  place: PlaceKey;
  /** Which way the figure points for its metric ("russia>ukraine", "ukraine", ""). */
  direction: string;
  bounds: Bounds;
}

const LAUNCH_ACTIONS = /launch|attack|struck|strike|fire|target/;

/** Whether a claim can be read as a quantity at all: a definite figure, not a restatement. */
export function readable(claim: PageClaim): boolean {
  if (claim.vague || claim.sameAs !== null) return false;
  return claim.value !== null || (claim.low !== null && claim.high !== null);
}

/**
 * The direction of a page claim for its metric, or null when it cannot be told: who attacked
 * whom (from the place, the target, the speaker's side, the attacker), whose losses, who holds.
 */
function directionOf(claim: PageClaim, m: Metric, speaker: Claimant | null, place: PlaceKey): string | null {
  if (m.direction === 'none') return '';
  const f = claim.frame;
  const placeSideOf = placeSide(place);
  const speakerSide: Side | null = speaker && isParty(speaker.side) ? speaker.side : null;
  if (m.direction === 'attack') {
    let defender: Side | null = placeSideOf;
    const launchy = LAUNCH_ACTIONS.test(f.action ?? '');
    if (!defender && launchy) defender = sideOfName(f.target);
    if (!defender) defender = speakerSide;
    if (!defender && launchy) defender = opposingSide(sideOfName(f.actor));
    const attacker = opposingSide(defender);
    return defender && attacker ? `${attacker}>${defender}` : null;
  }
  if (m.direction === 'loss') {
    const named =
      sideOfName(claim.text) ?? (f.action === 'lost' ? sideOfName(f.actor) : sideOfName(f.target));
    if (named) return named;
    return opposingSide(speakerSide);
  }
  const holder = f.action === 'controls' || f.action === 'captured' ? sideOfName(f.actor) : null;
  if (holder) return holder;
  if (placeSideOf) return m.id === 'territory.recaptured' ? placeSideOf : opposingSide(placeSideOf);
  return null;
}

/** Whether the figure's own text names what it counts ("145 drones", not "four" far from its noun). */
function nounRead(claim: PageClaim): boolean {
  if (claim.unit !== null || !claim.concept) return true;
  const head = (claim.concept.split(/\s+/).pop() ?? '').toLowerCase();
  return claim.text.toLowerCase().includes(head.slice(0, Math.max(3, head.length - 2)));
}

/**
 * Whether a cumulative series can be the one a page figure is counted in: the figure's day is
 * not before the series began, and a start the page names is the series' own ("since 7 October"
 * within a day of it, "since February 2022" in its month). "Since the start of the war" names no
 * day: it is the series' start. A count from another day is another quantity.
 */
function sinceFits(m: Metric, claim: PageClaim, time: PageTime): boolean {
  if (!m.since) return true;
  const since = parseInstant(m.since);
  if (time.start < since) return false;
  const named = claim.frame.period;
  if (time.form !== 'cumulative' || !named) return true;
  const start = parseInstant(named.start);
  // "so far", "as of Friday", "since the start of the war": a running total to one day names no start of its own
  if (parseInstant(named.end) - start <= DAY_MS) return true;
  const byDay = /\b\d{1,2}\b/.test(claim.frame.timeText ?? '');
  if (byDay) return Math.abs(start - since) <= DAY_MS;
  const a = new Date(start);
  const b = new Date(since);
  return a.getUTCFullYear() === b.getUTCFullYear() && a.getUTCMonth() === b.getUTCMonth();
}

/** Reads a page claim as a quantity of one metric, or null when its time or direction cannot be told. */
function readAs(
  page: PageContext,
  q: Pick<Quantity, 'claim' | 'index' | 'source' | 'part'>,
  metric: Metric,
  cued: boolean,
): MetricQuantity | null {
  const { claim, source } = q;
  const time = pageTimeOf(claim, page.meta.published, metric.kind === 'stock');
  if (!time || !sinceFits(metric, claim, time)) return null;
  const place = placeKey(claim.frame.place);
  const claimant = source.claimant;
  const direction = directionOf(claim, metric, claimant, place);
  if (direction === null) return null;
  const factor = unitFactor(claim.unit, metric.unit) ?? 1;
  const scale = (v: number | null) => (v === null ? null : v * factor);
  const bounds = boundsOf(scale(claim.value), scale(claim.low), scale(claim.high), claim.qualifier);
  if (!bounds) return null;
  const strongBare = metric.bare && (metric.direction === 'attack' || metric.unit !== null);
  // someone who may speak for one region only (a governor, a district mayor; an attack or a
  // loss named with no place) may be giving a partial figure: never a divergence
  const scoped = !(
    source.local &&
    place === null &&
    (metric.direction === 'attack' || metric.direction === 'loss')
  );
  // a speaker the dataset does not know, and cannot be placed, is compared within the page only
  const known = source.key === OUTLET || claimant !== null;
  // a running total is only sure when the page says so ("since February 2022"): "lost 1,060
  // soldiers" with no such phrase may be a day's figure
  const total = metric.span !== 'cumulative' || time.form === 'cumulative';
  // with no cue, only a bare metric whose figure says its time takes it ("145 drones overnight")
  const comparable = (cued || (strongBare && time.explicit)) && scoped && total && !q.part;
  const confirmable = scoped && total && !q.part && known;
  const sureIfTimed = comparable && confirmable && nounRead(claim);
  const confident = sureIfTimed && time.explicit;
  return {
    claim,
    index: q.index,
    claimant,
    source,
    metric,
    time,
    confident,
    comparable,
    sureIfTimed,
    confirmable,
    place,
    direction,
    bounds,
  };
}

/**
 * Phase 1: reads a page claim as a quantity (null when it is none: a vague amount, a duration,
 * a restatement, a count of nothing named). `whole` is the claim it is a part of or set
 * against, read already (parts and comparisons come after what they refer to).
 */
export function readQuantity(
  ctx: MatchContext,
  page: PageContext,
  claim: PageClaim,
  index: number,
  source: Source,
  linked: Quantity | null,
): Quantity | null {
  if (!readable(claim)) return null;
  let what = whatOf(claim);
  if (!what) return null;
  // "half of the 12,000 casualties": set against a figure, it counts what that figure counts
  if (linked && claim.frame.versus !== null && linked.what.thing === what.thing)
    what = { ...linked.what, factor: what.factor };
  const scale = (v: number | null) => (v === null ? null : v * what.factor);
  const bounds = boundsOf(scale(claim.value), scale(claim.low), scale(claim.high), claim.qualifier);
  if (!bounds) return null;
  const scope = scopeOf(claim, source, page.country);
  const span = spanOf(claim);
  // a part counted the same way as its whole; the day's share of a running total ("898,070 since
  // the invasion, including 1,060 over the past day") is a quantity of its own
  const part =
    linked !== null &&
    claim.frame.partOf !== null &&
    scope === linked.scope &&
    (what.measure === '' || what.measure === linked.what.measure) &&
    (span?.total ?? false) === (linked.span?.total ?? false);
  const contrasted = linked !== null && claim.frame.versus !== null && linked.source.key === source.key;
  const base = {
    claim,
    index,
    source,
    what,
    bounds,
    scope,
    span,
    part,
    contrasted,
    metrics: [],
  };
  const form = pageTimeOf(claim, page.meta.published, false)?.form ?? 'none';
  const choice = ctx.selector.choose(claim, form);
  if (!choice) return base;
  const metrics: MetricQuantity[] = [];
  for (const m of choice.metrics) {
    const q = readAs(page, base, m, choice.cued);
    if (q) metrics.push(q);
  }
  return { ...base, metrics };
}
