import type { ClaimMatch, OtherFigure, PageClaim } from '../schema';
import { boundsOf, compatible, isBoundOnly } from '../match/compat';
import { siteOf, speakerKey, type Quantity } from './identity';
import type { Recalled } from './memory';

const HALF_DAY_MS = 43_200_000;

/** A remembered figure as a cross-reference: who gave it, where it was read (its link), `origin: "memory"`. */
export function otherOfRecalled(r: Recalled): OtherFigure {
  const f = r.figure;
  return {
    claimant: f.claimant?.id ?? null,
    name: f.claimant?.name ?? f.speaker ?? f.page.outlet ?? f.page.site,
    side: f.claimant?.side ?? null,
    value: f.value,
    low: f.low,
    high: f.high,
    qualifier: f.qualifier,
    source: { url: f.url, published: f.page.published, outlet: f.page.outlet ?? f.page.site },
    quote: null,
    origin: 'memory',
    readAt: f.readAt,
  };
}

/** A page figure's own quantity, speaker and site, as a lookup compares them. */
export interface Asked {
  claim: PageClaim;
  quantity: Quantity;
  /** The page's address. */
  url: string;
}

/** True when a remembered figure is the same speaker's (their own earlier figure is no cross-reference). */
function sameSpeaker(asked: Asked, match: ClaimMatch, r: Recalled): boolean {
  const mine = speakerKey({ claimant: match.claimant?.id ?? null, name: asked.claim.speaker });
  const theirs = speakerKey({ claimant: r.figure.claimant?.id ?? null, name: r.figure.speaker });
  if (mine !== theirs) return false;
  // the outlet's own voice: the same only on the same site
  return mine !== 'o:' || siteOf(asked.url) === r.figure.page.site;
}

/**
 * True when the two times are sure enough to compare: both stated, or (one taken from an
 * article's date) the same day, within half a day at either end.
 */
function sureTimes(asked: Asked, r: Recalled): boolean {
  if (!asked.quantity.inferred && !r.figure.inferred) return true;
  return (
    Math.abs(asked.quantity.start - r.figure.from) <= HALF_DAY_MS &&
    Math.abs(asked.quantity.end - r.figure.to) <= HALF_DAY_MS
  );
}

/**
 * A page figure's match with what the memory recalled for it. Other speakers' remembered figures
 * are cross-references with `origin: "memory"` and decide the status like any other: one that
 * cannot hold beside the page's figure makes it `diverges`; one that agrees (both figures points or
 * ranges, not bounds) makes an unmatched or single figure `agrees`. A figure the matcher found only
 * `related`, or times too unsure to compare, list the remembered figures as related: never compared.
 */
export function withRecalled(match: ClaimMatch, asked: Asked, recalled: readonly Recalled[]): ClaimMatch {
  const others: OtherFigure[] = [];
  const related: OtherFigure[] = [];
  let differs = false;
  let agrees = false;
  const mine = boundsOf(asked.claim.value, asked.claim.low, asked.claim.high, asked.claim.qualifier);
  for (const r of recalled) {
    if (sameSpeaker(asked, match, r)) continue;
    const other = otherOfRecalled(r);
    const theirs = boundsOf(r.figure.value, r.figure.low, r.figure.high, r.figure.qualifier);
    if (match.status === 'related' || !mine || !theirs || !sureTimes(asked, r)) {
      related.push(other);
      continue;
    }
    others.push(other);
    if (!compatible(mine, theirs)) differs = true;
    else if (!isBoundOnly(asked.claim.qualifier) && !isBoundOnly(r.figure.qualifier)) agrees = true;
  }
  if (others.length === 0 && related.length === 0) return match;
  let status = match.status;
  if (differs) status = 'diverges';
  else if (agrees && (status === 'unmatched' || status === 'single')) status = 'agrees';
  return {
    ...match,
    status,
    topic: match.topic ?? recalled.find((r) => r.figure.topic)?.figure.topic ?? null,
    others: [...match.others, ...others],
    related: [...match.related, ...related],
  };
}
