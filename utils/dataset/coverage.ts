/**
 * What the loaded data covers, in a reader's words, from the source families counted in the
 * data itself (never a hand-written list): the options page's "What Tally knows" groups the
 * families by conflict, and the popup says plainly what the data covers when none of a page's
 * figures is in it.
 */
import type { FamilySummary } from '../schema';
import { CONFLICTS } from '../schema/sides';
import { formatList, formatMonth } from '../i18n/format';
import { t, tn, tOfId } from '../i18n/messages';

/** The families of one conflict (or of none: `conflict` null), with their combined dates and claims. */
export interface ConflictCoverage {
  conflict: { id: string; name: string } | null;
  families: FamilySummary[];
  claims: number;
  from: string | null;
  to: string | null;
}

/** "Feb 2022" from "2022-02-24", as the language in force writes a month. */
export function monthLabel(day: string | null): string {
  return formatMonth(day);
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
  return names.length > max ? [...names.slice(0, max), t('coverage.others')] : names;
}

/** A conflict's name in the language in force (the sides table's own name until the locales have it). */
export function conflictName(conflict: { id: string; name: string }): string {
  return tOfId('conflict', conflict.id) ?? conflict.name;
}

/**
 * The popup's plain statement for a page none of whose `figures` is in the data: what the data
 * covers (each conflict, its months, whose figures) and that figures are still compared within
 * the page, in the language in force. Empty families (no data loaded) say only the last part.
 */
export function coverageStatement(families: readonly FamilySummary[], figures: number): string {
  const none = figures === 1 ? t('coverage.noneOne') : tn('coverage.none', figures);
  const parts = coverageByConflict(families).map((g) => {
    const who = formatList(leadingClaimants(g.families, 3));
    const what = g.conflict
      ? t('coverage.conflict', { name: conflictName(g.conflict) })
      : t('coverage.packs');
    return g.from && g.to
      ? t('coverage.part', { what, from: monthLabel(g.from), to: monthLabel(g.to), who })
      : t('coverage.partUndated', { what, who });
  });
  const covers = parts.length ? ` ${t('coverage.covers', { parts: formatList(parts) })}` : '';
  return `${none}${covers} ${t('coverage.stillCompared')}`;
}

/** Whether none of a page's figures met the data: every figure counted is "unmatched". */
export function noFigureInData(
  counts: Readonly<Record<string, number | undefined>>,
  figures: number,
): boolean {
  return figures > 0 && (counts.unmatched ?? 0) === figures;
}
