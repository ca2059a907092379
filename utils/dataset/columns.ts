import type { z } from 'zod';
import { Side } from '../schema';
import type { ClaimColumnsFile, DatasetClaim } from '../schema';
import { QUALIFIERS } from './dataset';

/** Interns strings into a table, returning each one's index. */
export class Interner {
  readonly table: string[] = [];
  private readonly at = new Map<string, number>();
  /** The index of `s` in the table, adding it when new. */
  add(s: string): number {
    let i = this.at.get(s);
    if (i === undefined) {
      i = this.table.length;
      this.table.push(s);
      this.at.set(s, i);
    }
    return i;
  }
}

/** Stores a claim's time as text: "start/end" for a period, the date for an as-of. */
export function timeTextOf(c: Pick<DatasetClaim, 'period' | 'asOf'>): string {
  return c.period ? `${c.period.start}/${c.period.end}` : (c.asOf ?? '');
}

/**
 * Turns claim rows into the columnar claims file (interning metrics, claimants, times, sources
 * and strings). Row order is kept, so the output is as deterministic as the input.
 */
export function rowsToColumns(rows: readonly DatasetClaim[]): ClaimColumnsFile {
  const metrics = new Interner();
  const claimants = new Interner();
  const times = new Interner();
  const sources = new Interner();
  const strings = new Interner();
  const sourceRows: ClaimColumnsFile['sources'] = [];
  const sides = Side.options;
  const cols: ClaimColumnsFile['columns'] = {
    id: [],
    metric: [],
    claimant: [],
    value: [],
    low: [],
    high: [],
    qualifier: [],
    time: [],
    place: [],
    actor: [],
    target: [],
    source: [],
    quote: [],
  };
  for (const r of rows) {
    cols.id.push(r.id);
    cols.metric.push(metrics.add(r.metric));
    cols.claimant.push(claimants.add(r.claimant));
    cols.value.push(r.value);
    cols.low.push(r.low);
    cols.high.push(r.high);
    cols.qualifier.push(QUALIFIERS.indexOf(r.qualifier));
    cols.time.push(times.add(timeTextOf(r)));
    cols.place.push(r.place === null ? -1 : strings.add(r.place));
    cols.actor.push(r.actor === null ? -1 : sides.indexOf(r.actor));
    cols.target.push(r.target === null ? -1 : sides.indexOf(r.target));
    const key = JSON.stringify([r.source.url, r.source.published, r.source.outlet]);
    const before = sources.table.length;
    const s = sources.add(key);
    if (s === before) sourceRows.push([r.source.url, r.source.published, r.source.outlet]);
    cols.source.push(s);
    cols.quote.push(r.quote === null ? -1 : strings.add(r.quote));
  }
  return {
    metrics: metrics.table,
    claimants: claimants.table,
    sides: [...sides],
    times: times.table,
    sources: sourceRows,
    strings: strings.table,
    columns: cols,
  };
}

/** Formats zod issues as "path: message" lines under a prefix ("claims.json"). */
export function formatIssues(prefix: string, issues: readonly z.core.$ZodIssue[], max = 20): string[] {
  const out = issues.slice(0, max).map((i) => {
    const path = i.path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .replace(/^\./, '');
    return `${prefix}${path ? ` ${path}` : ''}: ${i.message}`;
  });
  if (issues.length > max) out.push(`${prefix}: … and ${issues.length - max} more problems`);
  return out;
}
