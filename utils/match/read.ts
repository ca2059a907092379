import type { Claimant, Metric, PageClaim, Side } from '../schema';
import { placeKey, placeSide } from '../dataset/place';
import { DAY_MS, parseInstant } from '../dataset/time';
import type { PlaceKey } from '../dataset/place';
import { boundsOf } from './compat';
import type { Bounds } from './compat';
import type { MatchContext, PageContext } from './context';
import { pageTimeOf } from './page-time';
import type { PageTime } from './page-time';
import { isParty, opposingSide, sideOfName } from './sides';
import { unitFactor } from './select-metric';
import { normName } from './words';

/**
 * Phase 1 of matching: a page figure read as a quantity of one metric, before any record is
 * looked up: who says it, when and where it is, which way it points, the values it allows.
 */
export interface Quantity {
  claim: PageClaim;
  /** The claim's index in the page's list. */
  index: number;
  claimant: Claimant | null;
  /** The claimant's id, or the speaker's normalised name for one the dataset does not know. */
  speakerKey: string | null;
  metric: Metric;
  time: PageTime;
  /** Sure enough of metric, time and speaker to call a difference a divergence. */
  confident: boolean;
  place: PlaceKey;
  /** Which way the figure points for its metric ("russia>ukraine", "ukraine", ""). */
  direction: string;
  bounds: Bounds;
}

const DURATION_OR_MONEY =
  /^(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries|USD|EUR|GBP|RUB|UAH|CNY|JPY|%|percentage points|basis points)$/;
const LAUNCH_ACTIONS = /launch|attack|struck|strike|fire|target/;

/** Whether a claim can be read as a quantity at all: a definite figure of a countable kind. */
export function readable(claim: PageClaim): boolean {
  if (claim.vague || claim.sameAs !== null) return false;
  if (claim.unit !== null && DURATION_OR_MONEY.test(claim.unit)) return false;
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
  const byDay = /\b\d{1,2}\b/.test(claim.frame.timeText ?? '');
  if (byDay) return Math.abs(start - since) <= DAY_MS;
  const a = new Date(start);
  const b = new Date(since);
  return a.getUTCFullYear() === b.getUTCFullYear() && a.getUTCMonth() === b.getUTCMonth();
}

/** Reads a page claim as a quantity of one metric, or null when its time or direction cannot be told. */
function readAs(
  page: PageContext,
  claim: PageClaim,
  index: number,
  claimant: Claimant | null,
  metric: Metric,
  cued: boolean,
): Quantity | null {
  const time = pageTimeOf(claim, page.meta.published, metric.kind === 'stock');
  if (!time || !sinceFits(metric, claim, time)) return null;
  const place = placeKey(claim.frame.place);
  const direction = directionOf(claim, metric, claimant, place);
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
  return { claim, index, claimant, speakerKey, metric, time, confident, place, direction, bounds };
}

/**
 * Every way a page claim can be read as a quantity: one per metric its words select (a tie
 * between metrics is broken later, by the speaker's own records).
 */
export function readQuantities(
  ctx: MatchContext,
  page: PageContext,
  claim: PageClaim,
  index: number,
  claimant: Claimant | null,
): Quantity[] {
  if (!readable(claim)) return [];
  const form = pageTimeOf(claim, page.meta.published, false)?.form ?? 'none';
  const choice = ctx.selector.choose(claim, form);
  if (!choice) return [];
  const out: Quantity[] = [];
  for (const m of choice.metrics) {
    const q = readAs(page, claim, index, claimant, m, choice.cued);
    if (q) out.push(q);
  }
  return out;
}
