import type { ClaimMatch, OtherFigure } from '../schema';
import { boundsOf, compatible, isBoundOnly } from './compat';
import type { Hit, Reading } from './lookup';
import { figureOf, recordQualifier } from './lookup';
import type { PageEvidence } from './within-page';

/** What the records say against a reading: other claimants' figures, the speaker's own, agreement. */
export interface RecordEvidence {
  others: OtherFigure[];
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
  const out: RecordEvidence = { others: [], mine: [], agrees: false, differs: false };
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
    if (chosen.some((h) => compatible(h.bounds, r.bounds))) out.agrees = true;
    else out.differs = true;
    out.others.push(...chosen.slice(0, 3).map(figureOf));
  }
  return out;
}

/**
 * Phase 4: the status of a reading from the records and the page. Unsure of the topic, never
 * "diverges", and "agrees" only when nothing differs; the speaker's own record alone is "single".
 */
export function decideStatus(
  r: Reading,
  records: RecordEvidence,
  page: PageEvidence,
): { status: ClaimMatch['status']; shown: OtherFigure[] } {
  const others = [...records.others, ...page.figures];
  const agrees = records.agrees || page.agrees;
  const differs = records.differs || page.differs;
  const mineFits = records.mine.filter((f) => {
    const b = boundsOf(f.value, f.low, f.high, f.qualifier);
    return b !== null && compatible(b, r.bounds);
  });
  if (r.confident && differs) return { status: 'diverges', shown: [...others, ...records.mine] };
  if (!differs && agrees) return { status: 'agrees', shown: [...others, ...records.mine] };
  if (r.confident && records.mine.length) return { status: 'single', shown: records.mine };
  if (mineFits.length) return { status: 'single', shown: mineFits };
  return { status: 'unmatched', shown: [] };
}
