/**
 * Reading a CSV dataset pack into rows: one line per record, with a `record` column
 * (claimant, metric or claim) and the columns of PACK_CSV_COLUMNS. Cells are read strictly:
 * a number is decimal digits and nothing else ("1,5", "0x10", "1 000" are refused, never
 * guessed at), a yes/no cell is one of true/false, yes/no, 1/0.
 */
import Papa from 'papaparse';
import type { PackError } from '../schema';
import type { RawPack } from './pack';

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

/** A decimal number: an optional sign, digits, a "." before any decimals, an optional exponent. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const YES = /^(?:true|yes|1)$/i;
const NO = /^(?:false|no|0)$/i;

/** Splits a "|" list cell. */
const list = (s: string) =>
  s
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean);

/** Where a row's field came from in the CSV: the column a reader fixes. */
function columnOf(table: 'claimant' | 'metric' | 'claim', path: string): string {
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
}

/**
 * Reads a CSV pack into rows, numbered as the file's lines (the header is line 1). Problems
 * with the header or the CSV itself end the reading (null); a bad cell is reported with its
 * line and column, and the row's validation does not report that column again.
 */
export function readCsv(text: string, name: string, errors: PackError[]): RawPack | null {
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
  const reported = new Set<string>();
  const out: RawPack = { name, claimants: [], metrics: [], claims: [], field: columnOf, reported };
  parsed.data.forEach((r, i) => {
    const row = i + 2;
    const cell = (k: string) => (r[k] ?? '').trim();
    const opt = (k: string) => (cell(k) === '' ? undefined : cell(k));
    const bad = (k: string, message: string) => {
      errors.push({ row, field: k, message });
      reported.add(`${row}\u0000${k}`);
      return undefined;
    };
    const number = (k: string): number | null | undefined => {
      const v = cell(k);
      if (v === '') return null;
      const n = Number(v);
      return DECIMAL.test(v) && Number.isFinite(n)
        ? n
        : bad(k, `expected a decimal number like 1500 or 12.5 (no thousands separators), got "${v}"`);
    };
    const yesNo = (k: string): boolean | undefined => {
      const v = cell(k);
      if (v === '') return undefined;
      return YES.test(v) ? true : NO.test(v) ? false : bad(k, `expected yes or no, got "${v}"`);
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
            bare: yesNo('bare'),
            closeDays: number('close_days') ?? undefined,
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
            value: number('value'),
            low: number('low'),
            high: number('high'),
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
