import { Qualifier } from '../schema';
import type { Claimant, DatasetClaim, Family, Metric, Side, SourceRef } from '../schema';
import type { TimeSpan } from './time';

/** The qualifier codes of the claims file, in the order of the Qualifier enum. */
export const QUALIFIERS: readonly Qualifier[] = Qualifier.options;

/**
 * Claims held column by column (typed arrays where possible): a million claims fit in tens of
 * megabytes and the matcher scans numbers, not objects. Indexes point into the tables of the
 * `Dataset`; -1 means "none"; NaN in `value`/`low`/`high` means null.
 */
export interface ClaimTable {
  size: number;
  id: string[];
  metric: Int32Array;
  claimant: Int32Array;
  value: Float64Array;
  low: Float64Array;
  high: Float64Array;
  qualifier: Uint8Array;
  time: Int32Array;
  place: Int32Array;
  actor: Int32Array;
  target: Int32Array;
  source: Int32Array;
  quote: Int32Array;
}

/** A loaded, validated dataset: the bundled one or a pack. */
export interface Dataset {
  name: string;
  claimants: Claimant[];
  metrics: Metric[];
  /** The source families its claims belong to (none for a pack). */
  families: Family[];
  sides: Side[];
  times: TimeSpan[];
  sources: SourceRef[];
  strings: string[];
  claims: ClaimTable;
}

/** Reads a nullable number column. */
function num(col: Float64Array, i: number): number | null {
  const v = col[i] ?? NaN;
  return Number.isNaN(v) ? null : v;
}

/** One claim of a dataset as a row (for export, packs and tests). */
export function claimAt(ds: Dataset, i: number): DatasetClaim {
  const c = ds.claims;
  const time = ds.times[c.time[i] ?? 0];
  const str = (k: number | undefined) => (k === undefined || k < 0 ? null : (ds.strings[k] ?? null));
  const side = (k: number | undefined) => (k === undefined || k < 0 ? null : (ds.sides[k] ?? null));
  const source = ds.sources[c.source[i] ?? 0] ?? { url: '', published: null, outlet: null };
  const [start, end] = (time?.text ?? '').split('/');
  return {
    id: c.id[i] ?? '',
    metric: ds.metrics[c.metric[i] ?? 0]?.id ?? '',
    claimant: ds.claimants[c.claimant[i] ?? 0]?.id ?? '',
    value: num(c.value, i),
    low: num(c.low, i),
    high: num(c.high, i),
    qualifier: QUALIFIERS[c.qualifier[i] ?? 0] ?? '=',
    period: time && !time.asOf && start && end ? { start, end } : null,
    asOf: time?.asOf ? time.text : null,
    place: str(c.place[i]),
    actor: side(c.actor[i]),
    target: side(c.target[i]),
    source,
    quote: str(c.quote[i]),
  };
}

/** An empty claim table of a given size, filled by the caller (`ids` when they exist already). */
export function allocClaims(size: number, ids?: string[]): ClaimTable {
  return {
    size,
    id: ids ?? new Array<string>(size),
    metric: new Int32Array(size),
    claimant: new Int32Array(size),
    value: new Float64Array(size),
    low: new Float64Array(size),
    high: new Float64Array(size),
    qualifier: new Uint8Array(size),
    time: new Int32Array(size),
    place: new Int32Array(size),
    actor: new Int32Array(size),
    target: new Int32Array(size),
    source: new Int32Array(size),
    quote: new Int32Array(size),
  };
}
