import type { Family, FamilySummary } from '../schema';
import { conflictOf } from '../schema/sides';
import type { Dataset } from './dataset';
import { isoDay } from './time';

/** Whether a metric id is one of a rule's ids or starts with one of its prefixes ("losses."). */
function metricFits(rule: readonly string[], id: string): boolean {
  return rule.some((r) => (r.endsWith('.') ? id.startsWith(r) : id === r));
}

/**
 * Each claim's family (an index into `ds.families`, or -1): the first family all of whose rules
 * the claim meets. The rules on metric, claimant and place are decided once per table entry, so
 * a hundred thousand claims take a few milliseconds.
 */
export function familyOfClaims(ds: Dataset): Int32Array {
  const fams = ds.families;
  const out = new Int32Array(ds.claims.size).fill(-1);
  if (!fams.length) return out;
  const okMetric = fams.map((f) => ds.metrics.map((m) => f.metrics === null || metricFits(f.metrics, m.id)));
  const okClaimant = fams.map((f) =>
    ds.claimants.map((c) => f.claimants === null || f.claimants.includes(c.id)),
  );
  const okPlace = fams.map((f) => ds.strings.map((s) => f.places === null || f.places.includes(s)));
  const c = ds.claims;
  for (let i = 0; i < c.size; i++) {
    const m = c.metric[i] as number;
    const who = c.claimant[i] as number;
    const p = c.place[i] as number;
    for (let k = 0; k < fams.length; k++) {
      const f = fams[k] as Family;
      if (!okMetric[k]?.[m] || !okClaimant[k]?.[who]) continue;
      if (f.places !== null && (p < 0 || !okPlace[k]?.[p])) continue;
      if (f.idPrefix !== null && !(c.id[i] as string).startsWith(f.idPrefix)) continue;
      out[i] = k;
      break;
    }
  }
  return out;
}

/**
 * What each source family of a dataset holds, counted from its claims: claims, date range,
 * claimants (with their sides) and metrics. Claims no family takes (a pack's) are summarised as
 * one family named after the dataset. Families without claims are left out.
 */
export function summarizeFamilies(ds: Dataset): FamilySummary[] {
  const of = familyOfClaims(ds);
  const n = ds.families.length;
  const counts = new Int32Array(n + 1);
  const from = new Float64Array(n + 1).fill(Infinity);
  const to = new Float64Array(n + 1).fill(-Infinity);
  const claimants = Array.from({ length: n + 1 }, () => new Map<number, number>());
  const metrics = Array.from({ length: n + 1 }, () => new Set<number>());
  const parties = Array.from({ length: n + 1 }, () => new Set<number>());
  const c = ds.claims;
  for (let i = 0; i < c.size; i++) {
    const k = of[i] === -1 ? n : (of[i] as number);
    counts[k] = (counts[k] as number) + 1;
    const t = ds.times[c.time[i] as number];
    if (t) {
      const last = t.asOf ? t.start : t.end - 1;
      if (t.start < (from[k] as number)) from[k] = t.start;
      if (last > (to[k] as number)) to[k] = last;
    }
    const who = claimants[k];
    who?.set(c.claimant[i] as number, (who.get(c.claimant[i] as number) ?? 0) + 1);
    metrics[k]?.add(c.metric[i] as number);
    parties[k]?.add(c.actor[i] as number).add(c.target[i] as number);
  }
  const out: FamilySummary[] = [];
  for (let k = 0; k <= n; k++) {
    if (!counts[k]) continue;
    const f = ds.families[k];
    const sides = [
      ...[...(claimants[k]?.keys() ?? [])].map((i) => ds.claimants[i]?.side),
      ...[...(parties[k] ?? [])].map((i) => (i < 0 ? undefined : ds.sides[i])),
    ];
    const conflicts = [...new Set(sides.map((s) => conflictOf(s)?.id).filter((id) => id !== undefined))];
    out.push({
      id: f?.id ?? `pack:${ds.name}`,
      name: f?.name ?? ds.name,
      credit: f?.credit ?? 'an imported pack',
      claims: counts[k] as number,
      from: Number.isFinite(from[k]) ? isoDay(from[k] as number) : null,
      to: Number.isFinite(to[k]) ? isoDay(to[k] as number) : null,
      claimants: [...(claimants[k] ?? [])]
        .sort((a, b) => b[1] - a[1])
        .flatMap(([i, claims]) => {
          const cl = ds.claimants[i];
          return cl ? [{ id: cl.id, name: cl.name, side: cl.side, claims }] : [];
        }),
      conflicts,
      metrics: [...(metrics[k] ?? [])].flatMap((i) => {
        const m = ds.metrics[i];
        return m ? [{ id: m.id, label: m.label }] : [];
      }),
    });
  }
  return out;
}
