/** What every source family's build step shares: the report of what was read and left out, CSV cells, claim rows. */
import Papa from 'papaparse';
import type { DatasetClaim } from '../../utils/schema';

/** What a build step read and what it left out, and why (printed by `npm run dataset:build`). */
export class BuildReport {
  readonly read: string[] = [];
  readonly skipped = new Map<string, number>();
  /** Notes that `what` was left out, counting repeats. */
  skip(what: string, n = 1): void {
    this.skipped.set(what, (this.skipped.get(what) ?? 0) + n);
  }
}

/** Parses CSV text with a header row into records of strings. */
export function readCsv(text: string): Record<string, string>[] {
  const out = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  return out.data;
}

/** A number from a CSV cell ("145.0"), or null when empty/NaN. */
export function cell(v: string | undefined): number | null {
  if (v === undefined || v.trim() === '' || v.trim().toLowerCase() === 'nan') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

/** What a claim row holds when its source says no more: an exact figure, no time, place, direction or quote. */
export const ROW_DEFAULTS: Pick<
  DatasetClaim,
  'qualifier' | 'period' | 'asOf' | 'place' | 'actor' | 'target' | 'quote'
> = {
  qualifier: '=',
  period: null,
  asOf: null,
  place: null,
  actor: null,
  target: null,
  quote: null,
};

/** Builds a claim row with the usual empty fields. */
export function claim(
  p: Partial<DatasetClaim> & Pick<DatasetClaim, 'id' | 'metric' | 'claimant' | 'source'>,
): DatasetClaim {
  return { value: null, low: null, high: null, ...ROW_DEFAULTS, ...p };
}
