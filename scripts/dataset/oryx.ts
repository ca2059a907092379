/** Oryx's visually confirmed equipment losses of both countries: a snapshot, and the list as it stood each day. */
import type { DatasetClaim, Side } from '../../utils/schema';
import { ORYX } from './registry';
import { cell, claim, readCsv, type BuildReport } from './report';

/** The metric an Oryx equipment type counts, or undefined when the registry does not list it. */
function metricOfType(type: string): string | undefined {
  return Object.hasOwn(ORYX.types, type) ? ORYX.types[type] : undefined;
}

/**
 * One Oryx row as a claim: an "at least" count (only documented losses) of one country's losses
 * of one type, as the list stood on a day, with the statuses in the quote. Null, with the reason
 * in the report, for a row without country, total or date, a subtotal, an empty count (`skipZero`)
 * or a type the registry lacks.
 */
function oryxClaim(
  r: Record<string, string>,
  date: string,
  outlet: string,
  what: string,
  report: BuildReport,
  skipZero: boolean,
): DatasetClaim | null {
  const country = (r.country ?? '').trim();
  const type = (r.equipment_type ?? '').trim();
  const total = cell(r.type_total);
  const url = Object.hasOwn(ORYX.urls, country) ? ORYX.urls[country] : undefined;
  if (!url || total === null || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    report.skip(`${what}: row without country, total or date`);
    return null;
  }
  if (/^Losses /.test(type)) {
    report.skip(`${what}: subtotal row (scope differs from any single category)`);
    return null;
  }
  if (skipZero && total === 0) {
    report.skip(`${what}: nothing documented yet (a count of 0)`);
    return null;
  }
  const metric = metricOfType(type);
  if (!metric) {
    report.skip(`${what}: type "${type}" not in the registry`);
    return null;
  }
  const target: Side = country === 'Russia' ? 'russia' : 'ukraine';
  return claim({
    id: `oryx.${date}.${country.toLowerCase()}.${metric.split('.')[1] ?? ''}`,
    metric,
    claimant: 'oryx',
    value: total,
    qualifier: '>=',
    asOf: date,
    target,
    source: { url, published: date, outlet },
    quote: `destroyed ${r.destroyed}, damaged ${r.damaged}, abandoned ${r.abandoned}, captured ${r.captured}`,
  });
}

/**
 * Oryx's list of both countries' losses as it stood on each recorded day (2022-02 … 2025-07),
 * per country and type. Types that count the same things as a General Staff category share
 * its metric, so the two appear side by side; the others have Oryx-only metrics.
 */
export function oryxDailyClaims(csv: string, report: BuildReport): DatasetClaim[] {
  const rows = readCsv(csv);
  report.read.push(`${ORYX.daily.file}: ${rows.length} rows`);
  const out: DatasetClaim[] = [];
  const ids = new Set<string>();
  for (const r of rows) {
    const c = oryxClaim(r, (r.date_recorded ?? '').trim(), ORYX.daily.outlet, 'Oryx daily', report, true);
    if (!c) continue;
    if (ids.has(c.id)) {
      report.skip('Oryx daily: a second row for the same day, country and type (the first is kept)');
      continue;
    }
    ids.add(c.id);
    out.push(c);
  }
  return out;
}

/** Oryx's snapshot of 2025-03-19, except the types the daily list (`taken`) has for that day. */
export function oryxSnapshotClaims(
  csv: string,
  report: BuildReport,
  taken: ReadonlySet<string> = new Set(),
): DatasetClaim[] {
  const rows = readCsv(csv);
  report.read.push(`oryx-confirmed-losses/byType_2025-03-19.csv: ${rows.length} rows`);
  const out: DatasetClaim[] = [];
  for (const r of rows) {
    const c = oryxClaim(r, (r.Date ?? '').trim(), ORYX.snapshot.outlet, 'Oryx', report, false);
    if (!c) continue;
    if (taken.has(c.id)) report.skip('Oryx snapshot: the daily list has the same day and type');
    else out.push(c);
  }
  return out;
}
