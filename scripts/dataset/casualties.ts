/**
 * The daily casualty reports of Gaza (Ministry of Health, Government Media Office), Lebanon
 * (Ministry of Public Health, UN OCHA) and the West Bank (UN OCHA flash updates, Palestinian
 * Ministry of Health), as compiled by Tech for Palestine: each source's cumulative figures as of
 * its report's date, and its one-day figures. Rows the compiler filled in are left out.
 */
import type { DatasetClaim, SourceRef } from '../../utils/schema';
import { CASUALTIES } from './registry';
import { claim, type BuildReport } from './report';

/** One series of registry/casualties.json. */
export type CasualtySeries = (typeof CASUALTIES.series)[number];

/** A report as the compiled file gives it. */
type Row = Record<string, unknown>;

const DAY = 86_400_000;

/** The ISO day `n` days after `day`. */
function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}

/** A count from a row's field, or null when the row does not give it. */
function count(row: Row, field: string): number | null {
  const v = row[field];
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
}

/** The metric part of a claim id ("casualties.killed.total" → "killed.total"). */
const part = (metric: string) => metric.replace(/^casualties\./, '');

/**
 * The claims of one series. A row is left out when its source is gap-filled or unknown, when it
 * covers no period (report_period 0: it repeats the previous report), or when its date is not a
 * date; a one-day figure only when the report covers one day.
 */
export function casualtyClaims(series: CasualtySeries, rows: Row[], report: BuildReport): DatasetClaim[] {
  report.read.push(`${series.file} (${series.id}): ${rows.length} rows`);
  const out: DatasetClaim[] = [];
  /** The last kept report of each source: date and figures, for derived one-day figures. */
  const last = new Map<string, { date: string; row: Row }>();
  for (const outer of rows) {
    const date = typeof outer.report_date === 'string' ? outer.report_date : '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      report.skip(`${series.id}: row without a report date`);
      continue;
    }
    const sourceKey = series.nested ?? String(outer[series.sourceField ?? ''] ?? '');
    if (series.gapFilled.includes(sourceKey)) {
      report.skip(`${series.id}: row filled in by the compiler (${sourceKey}), not anyone's report`);
      continue;
    }
    const row = series.nested ? outer[series.nested] : outer;
    if (typeof row !== 'object' || row === null) {
      report.skip(`${series.id}: no figures of this source in the row`);
      continue;
    }
    const src = Object.hasOwn(series.sources, sourceKey) ? series.sources[sourceKey] : undefined;
    if (!src) {
      report.skip(`${series.id}: source "${sourceKey}" not in the registry`);
      continue;
    }
    const r = row as Row;
    const hours = typeof outer.report_period === 'number' ? outer.report_period : 24;
    if (hours === 0) {
      report.skip(`${series.id}: no report that day (report_period 0, the figures repeat the last report)`);
      continue;
    }
    const source: SourceRef = { url: src.url, published: date, outlet: src.outlet };
    const base = `${series.idPrefix}.${date}.${src.claimant}`;
    const push = (metric: string, value: number, time: Partial<Pick<DatasetClaim, 'asOf' | 'period'>>) =>
      out.push(
        claim({
          id: `${base}.${part(metric)}`,
          metric,
          claimant: src.claimant,
          value,
          place: series.place,
          source,
          ...time,
        }),
      );
    const phase = String(outer.phase ?? '');
    const stocks = { ...series.stocks, ...(series.phaseStocks[phase] ?? {}) };
    for (const [field, metric] of Object.entries(stocks)) {
      const v = count(r, field);
      if (v !== null) push(metric, v, { asOf: date });
    }
    const flowPeriod = series.flowsOnTheDay
      ? { start: date, end: addDays(date, 1) }
      : { start: addDays(date, -1), end: date };
    const flows = Object.entries(series.flows).filter(([field]) => count(r, field) !== null);
    if (flows.length && hours !== 24)
      report.skip(
        `${series.id}: a report covering more than one day (its figures for the period are left out)`,
      );
    else for (const [field, metric] of flows) push(metric, count(r, field) ?? 0, { period: flowPeriod });
    const prev = last.get(sourceKey);
    for (const [field, metric] of Object.entries(series.derivedFlows)) {
      const v = count(r, field);
      const p = prev && prev.date === addDays(date, -1) ? count(prev.row, field) : null;
      if (v === null || p === null) continue;
      if (v < p) {
        report.skip(`${series.id}: cumulative figure fell (no one-day figure derived)`);
        continue;
      }
      push(metric, v - p, { period: { start: addDays(date, -1), end: date } });
    }
    last.set(sourceKey, { date, row: r });
  }
  return out;
}
