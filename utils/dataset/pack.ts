/**
 * Dataset packs: claimants, metrics and claims a user adds, in the bundled dataset's schema.
 *
 * JSON: `{ "name", "claimants": [Claimant], "metrics": [Metric], "claims": [claim row] }` where a
 * claim row is `{ id, metric, claimant, value | low+high, qualifier?, period {start,end} | asOf,
 * place?, actor?, target?, source {url, published?, outlet?}, quote? }` (see PackClaimRow).
 *
 * CSV: one row per record with a `record` column (claimant, metric or claim) and the columns
 * of PACK_CSV_COLUMNS; lists ("aliases", "concepts", "cues") are written with "|" between items
 * (pack-csv.ts). A pack may use the bundled claimants and metrics by id without defining them.
 *
 * Reading is in two steps: each format is read into rows (RawPack), then the rows are validated
 * the same way, so a new format or a version of the file format only adds a reader.
 */
import {
  Claimant,
  PACK_VERSION,
  PackClaimRow,
  PackFile,
  PackMetricRow,
  StoredPack,
  migratePack,
} from '../schema';
import type { DatasetClaim, Metric, PackError } from '../schema';
import { rowsToColumns } from './columns';
import type { Dataset } from './dataset';
import { DatasetError, datasetFromFiles } from './load';
import { PACK_CSV_COLUMNS, readCsv } from './pack-csv';

export { PACK_CSV_COLUMNS };

/** A parsed, valid pack: the record to keep in IndexedDB and the dataset the matcher takes. */
export interface ParsedPack {
  pack: StoredPack;
  dataset: Dataset;
}

/** The result of parsing a pack: the pack, or every problem found (row and field). */
export type PackResult = ({ ok: true } & ParsedPack) | { ok: false; errors: PackError[] };

/** Claimants and metrics a pack may use without defining them (the bundled dataset's). */
export interface PackContext {
  claimants?: readonly Claimant[];
  metrics?: readonly Metric[];
}

const MAX_ERRORS = 100;
const MAX_ROWS = 200_000;

/** The field name of a zod issue path ("source.url"). */
function fieldOf(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(row)';
}

/** Rows of a pack, whichever format it came in, with where each came from. */
export interface RawPack {
  name: string;
  claimants: { row: number; value: unknown }[];
  metrics: { row: number; value: unknown }[];
  claims: { row: number; value: unknown }[];
  /** Maps a row's field path to where it came from (the CSV column, the JSON path). */
  field: (table: 'claimant' | 'metric' | 'claim', path: string) => string;
  /** `row\0field` of the cells the reader already reported (validation does not report them again). */
  reported?: ReadonlySet<string>;
}

/** Reads a JSON pack into rows; rows are numbered from 1 within each list. */
function readJson(text: string, errors: PackError[]): RawPack | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    errors.push({ row: 0, field: '(file)', message: `not JSON: ${(e as Error).message}` });
    return null;
  }
  const f = PackFile.safeParse(migratePack(data));
  if (!f.success) {
    for (const i of f.error.issues) errors.push({ row: 0, field: fieldOf(i.path), message: i.message });
    return null;
  }
  const rows = (xs: unknown[]) => xs.map((value, i) => ({ row: i + 1, value }));
  return {
    name: f.data.name,
    claimants: rows(f.data.claimants),
    metrics: rows(f.data.metrics),
    claims: rows(f.data.claims),
    field: (table, path) => `${table === 'claim' ? 'claims' : `${table}s`}.${path}`,
  };
}

/** The rows of a pack that validated, and every problem found. */
interface CheckedRows {
  claimants: Claimant[];
  metrics: Metric[];
  claims: DatasetClaim[];
  errors: PackError[];
}

/** Validates each row with zod (skipping cells the reader already reported). */
function checkRows(
  raw: RawPack,
  add: (e: PackError) => void,
): Omit<CheckedRows, 'errors'> & { rowOf: number[] } {
  const check = <T>(
    table: 'claimant' | 'metric' | 'claim',
    rows: RawPack['claims'],
    schema: {
      safeParse(
        v: unknown,
      ):
        | { success: true; data: T }
        | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
    },
    out: T[],
    rowOf?: number[],
  ) => {
    for (const { row, value } of rows) {
      const r = schema.safeParse(value);
      if (r.success) {
        out.push(r.data);
        rowOf?.push(row);
        continue;
      }
      for (const i of r.error.issues) {
        const field = raw.field(table, fieldOf(i.path));
        if (!raw.reported?.has(`${row}\u0000${field}`)) add({ row, field, message: i.message });
      }
    }
  };
  const claimants: Claimant[] = [];
  const metrics: Metric[] = [];
  const claims: DatasetClaim[] = [];
  const rowOf: number[] = [];
  check('claimant', raw.claimants, Claimant, claimants);
  check('metric', raw.metrics, PackMetricRow, metrics);
  check('claim', raw.claims, PackClaimRow, claims, rowOf);
  return { claimants, metrics, claims, rowOf };
}

/**
 * Checks ids and links: each id defined once and not contradicting the bundled dataset, each
 * claim's metric and claimant known (the pack's own or `context`'s), its time as its metric needs.
 */
function checkLinks(
  raw: RawPack,
  rows: ReturnType<typeof checkRows>,
  context: PackContext,
  add: (e: PackError) => void,
): void {
  const defined = <T extends { id: string }>(
    own: T[],
    ctx: readonly T[] | undefined,
    lines: { row: number }[],
    table: 'claimant' | 'metric',
  ) => {
    const ids = new Map<string, T>();
    own.forEach((x, k) => {
      const row = lines[k]?.row ?? 0;
      if (ids.has(x.id)) add({ row, field: raw.field(table, 'id'), message: `"${x.id}" is defined twice` });
      const before = ctx?.find((c) => c.id === x.id);
      if (before && JSON.stringify(before) !== JSON.stringify(x))
        add({
          row,
          field: raw.field(table, 'id'),
          message: `"${x.id}" already exists in the bundled dataset with other fields`,
        });
      ids.set(x.id, x);
    });
    for (const c of ctx ?? []) if (!ids.has(c.id)) ids.set(c.id, c);
    return ids;
  };
  const claimantIds = defined(rows.claimants, context.claimants, raw.claimants, 'claimant');
  const metricIds = defined(rows.metrics, context.metrics, raw.metrics, 'metric');
  const claimIds = new Set<string>();
  rows.claims.forEach((c, k) => {
    const row = rows.rowOf[k] ?? 0;
    if (claimIds.has(c.id))
      add({ row, field: raw.field('claim', 'id'), message: `claim id "${c.id}" is used twice` });
    claimIds.add(c.id);
    const m = metricIds.get(c.metric);
    if (!m) add({ row, field: raw.field('claim', 'metric'), message: `unknown metric "${c.metric}"` });
    else if (m.kind === 'flow' && !c.period)
      add({
        row,
        field: raw.field('claim', 'period.start'),
        message: `metric "${m.id}" counts a period: give period start and end`,
      });
    else if (m.kind === 'stock' && !c.asOf)
      add({
        row,
        field: raw.field('claim', 'asOf'),
        message: `metric "${m.id}" is a level at a date: give as_of`,
      });
    if (!claimantIds.has(c.claimant))
      add({ row, field: raw.field('claim', 'claimant'), message: `unknown claimant "${c.claimant}"` });
  });
}

/**
 * A pack's id: `pack-` and the SHA-256 of its name and validated rows. Two different packs
 * never share an id (a 32-bit hash let a crafted pack take another's); the same pack read
 * again, from either format, gets the same one.
 */
export async function packIdOf(
  pack: Pick<StoredPack, 'name' | 'claimants' | 'metrics' | 'claims'>,
): Promise<string> {
  const content = JSON.stringify([pack.name, pack.claimants, pack.metrics, pack.claims]);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(content));
  return `pack-${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Parses and validates a dataset pack (CSV or JSON, the same schema as the bundled dataset):
 * every row with zod, then ids, links to claimants and metrics (the pack's own or those in
 * `context`, e.g. the bundled dataset's) and each claim's time against its metric. Returns the
 * pack, or every problem with its row and field; nothing is changed when a pack is invalid.
 */
export async function parsePack(
  text: string,
  format: 'csv' | 'json',
  context: PackContext = {},
  name = 'Imported pack',
): Promise<PackResult> {
  const errors: PackError[] = [];
  const raw = format === 'json' ? readJson(text, errors) : readCsv(text, name, errors);
  if (!raw) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  if (raw.claims.length > MAX_ROWS)
    return { ok: false, errors: [{ row: 0, field: 'claims', message: `more than ${MAX_ROWS} claims` }] };
  const add = (e: PackError) => {
    if (errors.length < MAX_ERRORS) errors.push(e);
  };
  const rows = checkRows(raw, add);
  checkLinks(raw, rows, context, add);
  if (!raw.claims.length) add({ row: 0, field: 'claims', message: 'the pack has no claims' });
  if (errors.length) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };

  const { claimants, metrics, claims } = rows;
  let dataset: Dataset;
  try {
    dataset = datasetFromFiles(raw.name, { claimants, metrics }, rowsToColumns(claims), context);
  } catch (e) {
    const problems = e instanceof DatasetError ? e.problems : [String(e)];
    return { ok: false, errors: problems.map((message) => ({ row: 0, field: '(pack)', message })) };
  }
  const content = { name: raw.name, claimants, metrics, claims };
  const pack: StoredPack = {
    version: PACK_VERSION,
    id: await packIdOf(content),
    added: new Date().toISOString(),
    counts: { claims: claims.length, claimants: claimants.length, metrics: metrics.length },
    ...content,
  };
  return { ok: true, pack, dataset };
}

/** Turns a stored pack back into a dataset (validated again: IndexedDB is a boundary too). */
export function packFromStored(stored: unknown, context: PackContext = {}): Dataset {
  const s = StoredPack.parse(migratePack(stored));
  return datasetFromFiles(
    s.name,
    { claimants: s.claimants, metrics: s.metrics },
    rowsToColumns(s.claims),
    context,
  );
}

/**
 * Parses a pack file as the options page gets it: the format from the file's extension (or
 * from its first character), the name from the file name when the file does not give one.
 */
export function parsePackFile(
  text: string,
  fileName: string,
  context: PackContext = {},
): Promise<PackResult> {
  const ext = /\.(csv|json)$/i.exec(fileName)?.[1]?.toLowerCase();
  const format = ext === 'csv' || ext === 'json' ? ext : text.trimStart().startsWith('{') ? 'json' : 'csv';
  const name = fileName.replace(/^.*[\\/]/, '').replace(/\.(csv|json)$/i, '') || 'Imported pack';
  return parsePack(text, format, context, name);
}
