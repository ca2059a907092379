import type { ClaimMatch, OtherFigure } from '../schema';
import { boundsOf, compatible, isBoundOnly } from './compat';
import type { Hit, Reading } from './lookup';
import { figureOf, recordQualifier, sureOf } from './lookup';
import type { PageEvidence } from './within-page';

/** What the records say against a reading: other claimants' figures, the speaker's own, agreement. */
export interface RecordEvidence {
  /** Other claimants' records: the same quantity when the reading is sure of it. */
  others: OtherFigure[];
  /** Records compatible with the figure only because the figure is a bound ("up to 200" beside 77). */
  unsure: OtherFigure[];
  mine: OtherFigure[];
  agrees: boolean;
  differs: boolean;
}

/** Each claimant's best-fitting records (its nearest day for a stock), the speaker's own apart. */
export function recordEvidence(r: Reading): RecordEvidence {
  const own = r.claimant?.id ?? null;
  const byClaimant = new Map<string, Hit[]>();
  for (const h of r.hits) {
    const list = byClaimant.get(h.claimant.id) ?? [];
    list.push(h);
    byClaimant.set(h.claimant.id, list);
  }
  const out: RecordEvidence = { others: [], unsure: [], mine: [], agrees: false, differs: false };
  const bound = isBoundOnly(r.claim.qualifier);
  for (const [id, list] of byClaimant) {
    const top = Math.max(...list.map((h) => h.fit));
    let chosen = list.filter((h) => h.fit >= top - 0.05);
    if (id === own) {
      const fitting = chosen.filter((h) => compatible(h.bounds, r.bounds));
      out.mine.push(...(fitting.length ? fitting : chosen).slice(0, 3).map(figureOf));
      continue;
    }
    const points = chosen.filter((h) => !isBoundOnly(recordQualifier(h)));
    if (points.length) chosen = points;
    const shown = chosen.slice(0, 3).map(figureOf);
    if (!chosen.some((h) => compatible(h.bounds, r.bounds))) {
      out.differs = true;
      out.others.push(...shown);
    } else if (bound) out.unsure.push(...shown);
    else {
      out.agrees = true;
      out.others.push(...shown);
    }
  }
  return out;
}

/** No records: a figure the dataset's metrics do not read. */
export const NO_RECORDS: RecordEvidence = { others: [], unsure: [], mine: [], agrees: false, differs: false };

/** A figure's status with the figures shown for it. */
export interface Decision {
  status: ClaimMatch['status'];
  others: OtherFigure[];
  related: OtherFigure[];
}

/**
 * Phase 4: the status of a figure from its records (when the dataset reads it) and the page.
 * `diverges` needs a sure difference: on the page (phase 3 only compares what it is sure of),
 * or in the records when the reading is sure of its metric, time, speaker and scope and the page
 * does not contradict itself; unsure comparisons only relate. The speaker's own record alone
 * is `single`; the same thing counted elsewhere is `related`.
 */
export function decideStatus(r: Reading | null, records: RecordEvidence, page: PageEvidence): Decision {
  const sure = r !== null && sureOf(r) && !page.doubtful;
  const differs = page.differs || (sure && records.differs);
  const agrees = page.agrees || (sure && records.agrees);
  // a speaker the page and the dataset both give is listed once, with the dataset's source
  const recorded = new Set(
    records.others.map((o) => `${o.claimant}\u0000${o.value}\u0000${o.low}\u0000${o.high}`),
  );
  const fromPage = sure
    ? page.figures.filter((o) => !recorded.has(`${o.claimant}\u0000${o.value}\u0000${o.low}\u0000${o.high}`))
    : page.figures;
  const others = sure ? [...records.others, ...fromPage] : page.figures;
  const shownAsSame = new Set(others.map(figureKey));
  const related = dedupe([...page.related, ...(sure ? [] : records.others), ...records.unsure]).filter(
    (o) => !shownAsSame.has(figureKey(o)),
  );
  if (differs) return { status: 'diverges', others: [...others, ...records.mine], related };
  if (agrees) return { status: 'agrees', others: [...others, ...records.mine], related };
  const mineFits = r
    ? records.mine.filter((f) => {
        const b = boundsOf(f.value, f.low, f.high, f.qualifier);
        return b !== null && compatible(b, r.bounds);
      })
    : [];
  if (sure && records.mine.length) return { status: 'single', others: records.mine, related };
  if (mineFits.length) return { status: 'single', others: mineFits, related };
  if (related.length) return { status: 'related', others: [], related };
  return { status: 'unmatched', others: [], related: [] };
}

/** What makes two cross-references one: origin, who, and the figure. */
function figureKey(o: OtherFigure): string {
  return `${o.origin}\u0000${o.claimant ?? o.name}\u0000${o.value}\u0000${o.low}\u0000${o.high}`;
}

/** Figures listed once. */
function dedupe(list: OtherFigure[]): OtherFigure[] {
  const seen = new Set<string>();
  return list.filter((o) => {
    const key = figureKey(o);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
