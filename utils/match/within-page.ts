import type { ArticleMeta, OtherFigure } from '../schema';
import { MANY_PLACES } from '../dataset/place';
import { DAY_MS } from '../dataset/time';
import { compatible, isBoundOnly } from './compat';
import type { Reading } from './lookup';
import { periodFit } from './page-time';

/** Do two readings describe the same topic (for comparing figures within the page)? */
export function sameTopic(a: Reading, b: Reading): boolean {
  if (a.metric.id !== b.metric.id || a.direction !== b.direction) return false;
  if (a.topicPlace === MANY_PLACES || a.topicPlace !== b.topicPlace) return false;
  if (a.metric.kind === 'stock')
    return Math.abs(a.time.start - b.time.start) <= (a.metric.closeDays + 0.5) * DAY_MS;
  return (
    periodFit(a.time.start, a.time.end, b.time.start, b.time.end) > 0 ||
    periodFit(b.time.start, b.time.end, a.time.start, a.time.end) > 0
  );
}

/** The key of the readings that can share a topic (metric, direction and place), or null. */
export function bucketKey(r: Reading): string | null {
  return r.topicPlace === MANY_PLACES
    ? null
    : `${r.metric.id}\u0000${r.direction}\u0000${r.topicPlace ?? ''}`;
}

/**
 * Readings can share a topic only when metric, direction and place agree: grouping by them
 * first keeps page-wide comparisons linear in practice (a 50,000-word page has thousands).
 */
export function bucketsOf(readings: readonly Reading[]): Map<string, Reading[]> {
  const out = new Map<string, Reading[]>();
  for (const r of readings) {
    const key = bucketKey(r);
    if (key === null) continue;
    const list = out.get(key) ?? [];
    list.push(r);
    out.set(key, list);
  }
  return out;
}

/**
 * One claimant giving two different figures for the same topic on one page means the page
 * is about several periods we could not tell apart (a live blog's entries all read
 * "overnight"): every figure of that topic on the page is then unsure, and none diverges.
 */
export function doubt(readings: (Reading | null)[]): void {
  const sure = readings.filter((r): r is Reading => r !== null && r.confident && r.claimant !== null);
  const bad = new Map<string, Reading[]>();
  for (const [key, group] of bucketsOf(sure)) {
    for (let i = 0; i < group.length; i++) {
      for (let k = i + 1; k < group.length; k++) {
        const a = group[i] as Reading;
        const b = group[k] as Reading;
        if (a.claimant?.id !== b.claimant?.id || !sameTopic(a, b) || compatible(a.bounds, b.bounds)) continue;
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
}

/** What the page says against a reading: other claimants' figures of its topic, and whether they agree. */
export interface PageEvidence {
  figures: OtherFigure[];
  agrees: boolean;
  differs: boolean;
}

/**
 * Phase 3: the same topic elsewhere on the page, from another known claimant (never from an
 * unknown one). `taken` are the figures already listed from the dataset, not repeated.
 */
export function pageEvidence(
  r: Reading,
  bucket: readonly Reading[],
  meta: ArticleMeta,
  taken: readonly OtherFigure[],
): PageEvidence {
  const out: PageEvidence = { figures: [], agrees: false, differs: false };
  if (r.claimant === null || !r.confident) return out;
  const byClaimant = new Map<string, Reading[]>();
  for (const o of bucket) {
    if (o === r || o.claimant === null || o.speakerKey === r.speakerKey || !o.confident) continue;
    if (!sameTopic(r, o)) continue;
    const list = byClaimant.get(o.claimant.id) ?? [];
    list.push(o);
    byClaimant.set(o.claimant.id, list);
  }
  for (const [, list] of byClaimant) {
    const points = list.filter((o) => !isBoundOnly(o.claim.qualifier));
    const chosen = points.length ? points : list;
    if (chosen.some((o) => compatible(o.bounds, r.bounds))) out.agrees = true;
    else out.differs = true;
    for (const o of chosen) {
      const c = o.claim;
      const dup = [...taken, ...out.figures].some(
        (f) =>
          f.claimant !== null &&
          f.claimant === o.claimant?.id &&
          f.value === c.value &&
          f.low === c.low &&
          f.high === c.high,
      );
      if (dup) continue;
      out.figures.push({
        claimant: o.claimant?.id ?? null,
        name: o.claimant?.name ?? c.speaker ?? 'unattributed',
        side: o.claimant?.side ?? null,
        value: c.value,
        low: c.low,
        high: c.high,
        qualifier: c.qualifier,
        source: meta.url ? { url: meta.url, published: meta.published, outlet: meta.outlet } : null,
        quote: c.text,
        origin: 'page',
      });
    }
  }
  return out;
}
