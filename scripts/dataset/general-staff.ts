/** The Ukrainian General Staff's claimed Russian losses: cumulative per day, and the daily difference. */
import type { DatasetClaim, Qualifier, SourceRef } from '../../utils/schema';
import { GENERAL_STAFF } from './registry';
import { claim, type BuildReport } from './report';

/** A General Staff day as the source files give it. */
export type GsDay = Record<string, string | number | undefined> & { date: string };

type Category = (typeof GENERAL_STAFF.categories)[number];

/** A category's figure on a day, or null when the day does not give it. */
function valueOf(d: GsDay | undefined, c: Category): number | null {
  if (!d) return null;
  const v = d[c.key];
  if (typeof v === 'number') return v;
  if (!c.sumOf) return null;
  let sum = 0;
  for (const k of c.sumOf) {
    const part = d[k];
    if (typeof part !== 'number') return null;
    sum += part;
  }
  return sum;
}

/** How a day's figure is bounded: the General Staff wrote "about" or "more than" before some. */
function qualifierOf(d: GsDay | undefined, c: Category): Qualifier {
  const flag = c.aboutFlag ? d?.[c.aboutFlag] : undefined;
  return flag === 'about' ? '~' : flag === 'more' ? '>' : '=';
}

/**
 * The General Staff's claimed Russian losses: the cumulative figure per day and category
 * ("as of" the report's date) and the daily figure derived from two consecutive reports (left
 * out where a later correction touched that day, or where the difference is negative).
 */
export function generalStaffClaims(
  equipment: GsDay[],
  personnel: GsDay[],
  corrections: GsDay[],
  report: BuildReport,
): DatasetClaim[] {
  report.read.push(
    `ua-general-staff-losses: ${equipment.length} equipment days, ${personnel.length} personnel days, ${corrections.length} corrections`,
  );
  const byDate = new Map<string, GsDay>();
  for (const d of equipment) byDate.set(d.date, { ...d });
  for (const d of personnel) byDate.set(d.date, { ...(byDate.get(d.date) ?? { date: d.date }), ...d });
  const corrected = new Map(corrections.map((c) => [c.date, c]));
  const dates = [...byDate.keys()].sort();
  const out: DatasetClaim[] = [];
  for (let i = 0; i < dates.length; i++) {
    const date = dates[i] as string;
    const day = byDate.get(date);
    const prevDate = new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const prev = byDate.get(prevDate);
    const source: SourceRef = { url: GENERAL_STAFF.url, published: date, outlet: GENERAL_STAFF.outlet };
    for (const c of GENERAL_STAFF.categories) {
      const v = valueOf(day, c);
      if (v === null) continue;
      const qualifier = qualifierOf(day, c);
      out.push(
        claim({
          id: `gs.${date}.${c.series}.total`,
          metric: `losses.${c.series}.total`,
          claimant: 'ua-general-staff',
          value: v,
          qualifier,
          asOf: date,
          target: 'russia',
          source,
        }),
      );
      const p = valueOf(prev, c);
      if (p === null) {
        if (i > 0) report.skip('General Staff: no report the day before (daily figure not derived)');
        continue;
      }
      const corr = corrected.get(date)?.[c.key];
      if (typeof corr === 'number' && corr !== 0) {
        report.skip('General Staff: day corrected later (daily figure not derived)');
        continue;
      }
      if (v - p < 0) {
        report.skip('General Staff: cumulative figure fell (daily figure not derived)');
        continue;
      }
      out.push(
        claim({
          id: `gs.${date}.${c.series}.daily`,
          metric: `losses.${c.series}.daily`,
          claimant: 'ua-general-staff',
          value: v - p,
          qualifier: qualifier === '=' && qualifierOf(prev, c) === '=' ? '=' : '~',
          period: { start: prevDate, end: date },
          target: 'russia',
          source,
        }),
      );
    }
  }
  return out;
}
