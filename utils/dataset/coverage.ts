/**
 * What the loaded data covers, in a reader's words, from the source families counted in the
 * data itself (never a hand-written list): the options page's "What Tally knows" groups the
 * families by conflict, and the popup says plainly what the data covers when none of a page's
 * figures is in it.
 */
import type { FamilySummary } from '../schema';
import { CONFLICTS } from '../schema/sides';

/** The families of one conflict (or of none: `conflict` null), with their combined dates and claims. */
export interface ConflictCoverage {
  conflict: { id: string; name: string } | null;
  families: FamilySummary[];
  claims: number;
  from: string | null;
  to: string | null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Feb 2022" from "2022-02-24". */
export function monthLabel(day: string | null): string {
  const m = day ? /^(\d{4})-(\d{2})/.exec(day) : null;
  return m ? `${MONTHS[Number(m[2]) - 1] ?? ''} ${m[1]}` : '';
}

/**
 * The families grouped by the conflict they are about, in the order of the sides table's
 * conflicts; a family about no known conflict (a pack's) comes last, under `conflict: null`.
 * A family about several conflicts is listed under each.
 */
export function coverageByConflict(families: readonly FamilySummary[]): ConflictCoverage[] {
  const groups = [...CONFLICTS.map((c) => ({ id: c.id, name: c.name })), null];
  const out: ConflictCoverage[] = [];
  for (const conflict of groups) {
    const fams = families.filter((f) =>
      conflict
        ? f.conflicts.includes(conflict.id)
        : !f.conflicts.some((id) => CONFLICTS.some((c) => c.id === id)),
    );
    if (!fams.length) continue;
    const froms = fams
      .map((f) => f.from)
      .filter((d): d is string => d !== null)
      .sort();
    const tos = fams
      .map((f) => f.to)
      .filter((d): d is string => d !== null)
      .sort();
    out.push({
      conflict,
      families: fams,
      claims: fams.reduce((n, f) => n + f.claims, 0),
      from: froms[0] ?? null,
      to: tos[tos.length - 1] ?? null,
    });
  }
  return out;
}

/** Up to `max` claimant names: each family's leading claimant, the largest families first. */
function leadingClaimants(families: readonly FamilySummary[], max: number): string[] {
  const names: string[] = [];
  for (const f of [...families].sort((a, b) => b.claims - a.claims)) {
    const lead = f.claimants[0]?.name;
    if (lead !== undefined && !names.includes(lead)) names.push(lead);
  }
  return names.length > max ? [...names.slice(0, max), 'others'] : names;
}

/** "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The popup's plain statement for a page none of whose `figures` is in the data: what the data
 * covers (each conflict, its months, whose figures) and that figures are still compared within
 * the page. Empty families (no data loaded) say only the last part.
 */
export function coverageStatement(families: readonly FamilySummary[], figures: number): string {
  const none =
    figures === 1
      ? "The figure on this page is not in Tally's data"
      : `None of the ${figures} figures on this page is in Tally's data`;
  const parts = coverageByConflict(families).map((g) => {
    const when = g.from && g.to ? `, ${monthLabel(g.from)} – ${monthLabel(g.to)}` : '';
    const what = g.conflict ? `the ${g.conflict.name}` : 'your imported packs';
    return `${what}${when} (figures from ${listed(leadingClaimants(g.families, 3))})`;
  });
  const covers = parts.length ? `. It covers ${listed(parts)}` : '';
  return `${none}${covers}. Figures on the page are still compared with each other.`;
}

/** Whether none of a page's figures met the data: every figure counted is "unmatched". */
export function noFigureInData(
  counts: Readonly<Record<string, number | undefined>>,
  figures: number,
): boolean {
  return figures > 0 && (counts.unmatched ?? 0) === figures;
}
