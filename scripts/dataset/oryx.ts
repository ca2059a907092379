/** Oryx's visually confirmed equipment losses of both countries. */
import type { DatasetClaim, Side } from '../../utils/schema';
import { ORYX } from './registry';
import { cell, claim, readCsv, type BuildReport } from './report';

/** The metric an Oryx equipment type counts, or undefined when the registry does not list it. */
function metricOfType(type: string): string | undefined {
  return Object.hasOwn(ORYX.types, type) ? ORYX.types[type] : undefined;
}

/**
 * Oryx's visually confirmed losses snapshot (2025-03-19): per country and type. Types that
 * count the same things as a General Staff category share its metric, so the two appear
 * side by side; the others have Oryx-only metrics.
 */
export function oryxSnapshotClaims(csv: string, report: BuildReport): DatasetClaim[] {
  const rows = readCsv(csv);
  report.read.push(`oryx-confirmed-losses/byType_2025-03-19.csv: ${rows.length} rows`);
  const out: DatasetClaim[] = [];
  for (const r of rows) {
    const country = r.country ?? '';
    const type = (r.equipment_type ?? '').trim();
    const total = cell(r.type_total);
    const date = (r.Date ?? '').trim();
    const url = Object.hasOwn(ORYX.urls, country) ? ORYX.urls[country] : undefined;
    if (!url || total === null || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      report.skip('Oryx: row without country, total or date');
      continue;
    }
    if (/^Losses /.test(type)) {
      report.skip('Oryx: subtotal row (scope differs from any single category)');
      continue;
    }
    const metricId = metricOfType(type);
    if (!metricId) {
      report.skip(`Oryx: type "${type}" not in the registry`);
      continue;
    }
    const target: Side = country === 'Russia' ? 'russia' : 'ukraine';
    out.push(
      claim({
        id: `oryx.${date}.${country.toLowerCase()}.${metricId.split('.')[1] ?? ''}`,
        metric: metricId,
        claimant: 'oryx',
        value: total,
        asOf: date,
        target,
        source: { url, published: date, outlet: ORYX.snapshot.outlet },
        quote: `destroyed ${r.destroyed}, damaged ${r.damaged}, abandoned ${r.abandoned}, captured ${r.captured}`,
      }),
    );
  }
  return out;
}
