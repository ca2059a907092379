/**
 * Dataset packs: claimants, metrics and claims a user adds, in the bundled dataset's schema.
 *
 * JSON: `{ "name", "claimants": [Claimant], "metrics": [Metric], "claims": [claim row] }` where a
 * claim row is `{ id, metric, claimant, value | low+high, qualifier?, period {start,end} | asOf,
 * place?, actor?, target?, source {url, published?, outlet?}, quote? }` (see PackClaimRow).
 *
 * CSV: one row per record with a `record` column (claimant, metric or claim) and the columns
 * of PACK_CSV_COLUMNS; lists ("aliases", "concepts", "cues") are written with "|" between items.
 * A pack may use the bundled claimants and metrics by id without defining them.
 */
import Papa from 'papaparse';
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

/** The CSV columns, by the record type that uses them. Lists are written with "|" between items. */
export const PACK_CSV_COLUMNS = {
  common: ['record', 'id'],
  claimant: ['name', 'aliases', 'side', 'kind'],
  metric: [
    'label',
    'definition',
    'unit',
    'concepts',
    'cues',
    'metric_kind',
    'direction',
    'bare',
    'close_days',
    'span',
    'since',
  ],
  claim: [
    'metric',
    'claimant',
    'value',
    'low',
    'high',
    'qualifier',
    'period_start',
    'period_end',
    'as_of',
    'place',
    'actor',
    'target',
    'source_url',
    'source_published',
    'source_outlet',
    'quote',
  ],
} as const;

const MAX_ERRORS = 100;
const MAX_ROWS = 200_000;

/** The field name of a zod issue path ("source.url"). */
function fieldOf(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(row)';
}

/** Rows of a pack, whichever format it came in, with where each came from. */
interface RawPack {
  name: string;
  claimants: { row: number; value: unknown }[];
  metrics: { row: number; value: unknown }[];
  claims: { row: number; value: unknown }[];
  /** Maps a row's field path to the column it came from (CSV). */
  field: (table: 'claimant' | 'metric' | 'claim', path: string) => string;
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

/** Splits a "|" list cell. */
const list = (s: string) =>
  s
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean);

/** Reads a CSV pack (one row per record, `record` = claimant | metric | claim); rows are file lines. */
function readCsv(text: string, name: string, errors: PackError[]): RawPack | null {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const known = new Set<string>([
    ...PACK_CSV_COLUMNS.common,
    ...PACK_CSV_COLUMNS.claimant,
    ...PACK_CSV_COLUMNS.metric,
    ...PACK_CSV_COLUMNS.claim,
  ]);
  for (const h of parsed.meta.fields ?? []) {
    if (!known.has(h)) errors.push({ row: 1, field: h, message: `unknown column "${h}"` });
  }
  if (!(parsed.meta.fields ?? []).includes('record'))
    errors.push({
      row: 1,
      field: 'record',
      message: 'the header needs a "record" column (claimant, metric or claim)',
    });
  for (const e of parsed.errors.slice(0, 10))
    errors.push({ row: (e.row ?? 0) + 2, field: '(row)', message: `CSV: ${e.message}` });
  if (errors.length) return null;
  const out: RawPack = {
    name,
    claimants: [],
    metrics: [],
    claims: [],
    field: (table, path) => {
      const map: Record<string, string> = {
        'period.start': 'period_start',
        'period.end': 'period_end',
        period: 'period_start',
        asOf: 'as_of',
        'source.url': 'source_url',
        'source.published': 'source_published',
        'source.outlet': 'source_outlet',
        kind: table === 'metric' ? 'metric_kind' : 'kind',
        closeDays: 'close_days',
      };
      return map[path] ?? path.split('.')[0] ?? path;
    },
  };
  parsed.data.forEach((r, i) => {
    const row = i + 2;
    const cell = (k: string) => (r[k] ?? '').trim();
    const opt = (k: string) => (cell(k) === '' ? undefined : cell(k));
    const numOrNull = (k: string): unknown => {
      const v = cell(k);
      if (v === '') return null;
      const n = Number(v.replace(/,/g, ''));
      return Number.isFinite(n) ? n : v;
    };
    switch (cell('record').toLowerCase()) {
      case 'claimant':
        out.claimants.push({
          row,
          value: {
            id: cell('id'),
            name: cell('name'),
            aliases: list(cell('aliases')),
            side: cell('side'),
            kind: cell('kind'),
          },
        });
        break;
      case 'metric':
        out.metrics.push({
          row,
          value: {
            id: cell('id'),
            label: cell('label'),
            definition: opt('definition') ?? null,
            unit: opt('unit') ?? null,
            concepts: list(cell('concepts')),
            cues: list(cell('cues')),
            kind: cell('metric_kind'),
            direction: opt('direction'),
            bare: opt('bare') === undefined ? undefined : /^(true|yes|1)$/i.test(cell('bare')),
            closeDays: opt('close_days') === undefined ? undefined : numOrNull('close_days'),
            span: opt('span'),
            since: opt('since') ?? null,
          },
        });
        break;
      case 'claim':
        out.claims.push({
          row,
          value: {
            id: cell('id'),
            metric: cell('metric'),
            claimant: cell('claimant'),
            value: numOrNull('value'),
            low: numOrNull('low'),
            high: numOrNull('high'),
            qualifier: opt('qualifier'),
            period:
              opt('period_start') || opt('period_end')
                ? { start: cell('period_start'), end: cell('period_end') }
                : null,
            asOf: opt('as_of') ?? null,
            place: opt('place') ?? null,
            actor: opt('actor') ?? null,
            target: opt('target') ?? null,
            source: {
              url: cell('source_url'),
              published: opt('source_published') ?? null,
              outlet: opt('source_outlet') ?? null,
            },
            quote: opt('quote') ?? null,
          },
        });
        break;
      default:
        errors.push({
          row,
          field: 'record',
          message: `expected claimant, metric or claim, got "${cell('record')}"`,
        });
    }
  });
  return out;
}

/**
 * Parses and validates a dataset pack (CSV or JSON, the same schema as the bundled dataset):
 * every row with zod, then ids, links to claimants and metrics (the pack's own or those in
 * `context`, e.g. the bundled dataset's) and each claim's time against its metric. Returns the
 * pack, or every problem with its row and field; nothing is changed when a pack is invalid.
 */
export function parsePack(
  text: string,
  format: 'csv' | 'json',
  context: PackContext = {},
  name = 'Imported pack',
): PackResult {
  const errors: PackError[] = [];
  const raw = format === 'json' ? readJson(text, errors) : readCsv(text, name, errors);
  if (!raw) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  if (raw.claims.length > MAX_ROWS)
    return { ok: false, errors: [{ row: 0, field: 'claims', message: `more than ${MAX_ROWS} claims` }] };
  const add = (e: PackError) => {
    if (errors.length < MAX_ERRORS) errors.push(e);
  };

  const claimants: Claimant[] = [];
  for (const { row, value } of raw.claimants) {
    const r = Claimant.safeParse(value);
    if (r.success) claimants.push(r.data);
    else
      for (const i of r.error.issues)
        add({ row, field: raw.field('claimant', fieldOf(i.path)), message: i.message });
  }
  const metrics: Metric[] = [];
  for (const { row, value } of raw.metrics) {
    const r = PackMetricRow.safeParse(value);
    if (r.success) metrics.push(r.data);
    else
      for (const i of r.error.issues)
        add({ row, field: raw.field('metric', fieldOf(i.path)), message: i.message });
  }
  const claims: DatasetClaim[] = [];
  const rowOf: number[] = [];
  for (const { row, value } of raw.claims) {
    const r = PackClaimRow.safeParse(value);
    if (r.success) {
      claims.push(r.data);
      rowOf.push(row);
    } else
      for (const i of r.error.issues)
        add({ row, field: raw.field('claim', fieldOf(i.path)), message: i.message });
  }

  // ids and links
  const defined = <T extends { id: string }>(
    own: T[],
    ctx: readonly T[] | undefined,
    rows: { row: number }[],
    table: 'claimant' | 'metric',
  ) => {
    const ids = new Map<string, T>();
    own.forEach((x, k) => {
      if (ids.has(x.id))
        add({ row: rows[k]?.row ?? 0, field: raw.field(table, 'id'), message: `"${x.id}" is defined twice` });
      const before = ctx?.find((c) => c.id === x.id);
      if (before && JSON.stringify(before) !== JSON.stringify(x))
        add({
          row: rows[k]?.row ?? 0,
          field: raw.field(table, 'id'),
          message: `"${x.id}" already exists in the bundled dataset with other fields`,
        });
      ids.set(x.id, x);
    });
    for (const c of ctx ?? []) if (!ids.has(c.id)) ids.set(c.id, c);
    return ids;
  };
  const claimantIds = defined(claimants, context.claimants, raw.claimants, 'claimant');
  const metricIds = defined(metrics, context.metrics, raw.metrics, 'metric');
  const claimIds = new Set<string>();
  claims.forEach((c, k) => {
    const row = rowOf[k] ?? 0;
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
  if (!raw.claims.length) add({ row: 0, field: 'claims', message: 'the pack has no claims' });
  if (errors.length) return { ok: false, errors };

  try {
    const dataset = datasetFromFiles(raw.name, { claimants, metrics }, rowsToColumns(claims), context);
    const pack: StoredPack = {
      version: PACK_VERSION,
      id: `pack-${hash(text)}`,
      name: raw.name,
      added: new Date().toISOString(),
      counts: { claims: claims.length, claimants: claimants.length, metrics: metrics.length },
      claimants,
      metrics,
      claims,
    };
    return { ok: true, pack, dataset };
  } catch (e) {
    const problems = e instanceof DatasetError ? e.problems : [String(e)];
    return { ok: false, errors: problems.map((message) => ({ row: 0, field: '(pack)', message })) };
  }
}

/** A short stable hash of a text (FNV-1a), to name a pack by its content. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
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
export function parsePackFile(text: string, fileName: string, context: PackContext = {}): PackResult {
  const ext = /\.(csv|json)$/i.exec(fileName)?.[1]?.toLowerCase();
  const format = ext === 'csv' || ext === 'json' ? ext : text.trimStart().startsWith('{') ? 'json' : 'csv';
  const name = fileName.replace(/^.*[\\/]/, '').replace(/\.(csv|json)$/i, '') || 'Imported pack';
  return parsePack(text, format, context, name);
}
