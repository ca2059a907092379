import * as z from 'zod/mini';
import { Qualifier } from '../schema/claim';
import { Side } from '../schema/match';
import { bucketOf } from './buckets';
import type { RememberedFigure } from './schema';

/**
 * What a lookup needs of a remembered figure: everything but the words around it (those stay in
 * its page's record). Rows are stored by time bucket (a shard each), so a lookup reads only the
 * buckets of its time.
 */
export type FigureRow = Omit<RememberedFigure, 'quote' | 'siteKey' | 'size'>;

// Stored form, also held in memory as it is: one column a field, strings once each in a table (a
// shard's rows share their pages, speakers and quantities), numbers in plain arrays: compact to
// keep and to store, and nothing in it for the garbage collector to trace row by row.

const STRING_FIELDS = [
  'id',
  'url',
  'quantity',
  'unit',
  'concept',
  'speaker',
  'source',
  'claimantId',
  'claimantName',
  'claimantSide',
  'topicId',
  'topicLabel',
  'title',
  'outlet',
  'published',
  'site',
] as const;
const NUMBER_FIELDS = ['from', 'to', 'readAt', 'value', 'low', 'high'] as const;

type StringField = (typeof STRING_FIELDS)[number];
type NumberField = (typeof NUMBER_FIELDS)[number];

/** A shard as stored: a column per field; -1 is a null string, a null number is stored as null. */
export const StoredShard = z.object({
  strings: z.array(z.string()),
  text: z.record(z.enum(STRING_FIELDS), z.array(z.int().check(z.gte(-1)))),
  numbers: z.record(z.enum(NUMBER_FIELDS), z.array(z.nullable(z.number()))),
  qualifier: z.array(Qualifier),
  inferred: z.array(z.boolean()),
});
/** @see StoredShard */
export type StoredShard = z.infer<typeof StoredShard>;

/** The string fields of a row, flattened. */
function stringsOf(r: FigureRow): Record<StringField, string | null> {
  return {
    id: r.id,
    url: r.url,
    quantity: r.quantity,
    unit: r.unit,
    concept: r.concept,
    speaker: r.speaker,
    source: r.source,
    claimantId: r.claimant?.id ?? null,
    claimantName: r.claimant?.name ?? null,
    claimantSide: r.claimant?.side ?? null,
    topicId: r.topic?.id ?? null,
    topicLabel: r.topic?.label ?? null,
    title: r.page.title,
    outlet: r.page.outlet,
    published: r.page.published,
    site: r.page.site,
  };
}

/** A shard with no rows. */
export function emptyShard(): StoredShard {
  return {
    strings: [],
    text: Object.fromEntries(STRING_FIELDS.map((f) => [f, []])) as unknown as StoredShard['text'],
    numbers: Object.fromEntries(NUMBER_FIELDS.map((f) => [f, []])) as unknown as StoredShard['numbers'],
    qualifier: [],
    inferred: [],
  };
}

/** How many rows a shard holds. */
export function shardRows(s: StoredShard): number {
  return s.qualifier.length;
}

/**
 * The shard with `rows` added after its own (a new shard: the old one is left as it was). Strings
 * already in its table are shared.
 */
export function withRows(s: StoredShard, rows: readonly FigureRow[]): StoredShard {
  const out = copyOf(s, () => true);
  const ids = new Map(out.strings.map((x, i) => [x, i]));
  const intern = (x: string | null) => {
    if (x === null) return -1;
    let i = ids.get(x);
    if (i === undefined) {
      i = out.strings.length;
      out.strings.push(x);
      ids.set(x, i);
    }
    return i;
  };
  for (const r of rows) {
    const strings = stringsOf(r);
    for (const f of STRING_FIELDS) out.text[f].push(intern(strings[f]));
    for (const f of NUMBER_FIELDS) out.numbers[f].push(r[f]);
    out.qualifier.push(r.qualifier);
    out.inferred.push(r.inferred);
  }
  return out;
}

/** A copy of the shard's rows that `keep` accepts (by row number), with its string table. */
function copyOf(s: StoredShard, keep: (i: number) => boolean): StoredShard {
  const pick = <T>(column: readonly T[]) => column.filter((_, i) => keep(i));
  return {
    strings: s.strings.slice(),
    text: Object.fromEntries(STRING_FIELDS.map((f) => [f, pick(s.text[f])])) as StoredShard['text'],
    numbers: Object.fromEntries(NUMBER_FIELDS.map((f) => [f, pick(s.numbers[f])])) as StoredShard['numbers'],
    qualifier: pick(s.qualifier),
    inferred: pick(s.inferred),
  };
}

/** The stored form of a shard of `rows`. */
export function encodeShard(rows: readonly FigureRow[]): StoredShard {
  return withRows(emptyShard(), rows);
}

/** Throws unless `column` is an array of `n` integers in [min, max). */
function checkIndices(column: unknown, n: number, min: number, max: number, name: string): void {
  if (!Array.isArray(column) || column.length !== n)
    throw new Error(`memory: a shard's ${name} column is missing or of another length`);
  for (const k of column as unknown[])
    if (!Number.isInteger(k) || (k as number) < min || (k as number) >= max)
      throw new Error(`memory: a shard's ${name} points outside its strings`);
}

/** Throws unless `column` is an array of `n` finite numbers (or nulls, when `nullable`). */
function checkNumbers(column: unknown, n: number, nullable: boolean, name: string): void {
  if (!Array.isArray(column) || column.length !== n)
    throw new Error(`memory: a shard's ${name} column is missing or of another length`);
  for (const v of column as unknown[])
    if (v === null ? !nullable : typeof v !== 'number' || !Number.isFinite(v))
      throw new Error(
        nullable ? `memory: a shard's ${name} is not a number` : 'memory: a shard row has no time',
      );
}

const REQUIRED = new Set<StringField>(['id', 'url', 'quantity', 'source', 'site']);
const TIMES = new Set<NumberField>(['from', 'to', 'readAt']);
const QUALIFIERS = new Set<unknown>(Qualifier.options);

/**
 * A stored shard checked through: every column there and of one length, string indices within
 * the table, a time on every row, sides that are sides. Throws a precise error when it is
 * damaged. Written as loops over the columns, not a schema per element: a restarted worker
 * checks every shard it reads before its first lookup.
 */
export function checkShard(raw: unknown): StoredShard {
  const s = raw as Partial<StoredShard> | null;
  if (typeof s !== 'object' || s === null) throw new Error('memory: a shard is not an object');
  const { strings, text, numbers, qualifier, inferred } = s;
  if (!Array.isArray(strings) || strings.some((x) => typeof x !== 'string'))
    throw new Error("memory: a shard's strings are not strings");
  if (!Array.isArray(qualifier) || qualifier.some((q) => !QUALIFIERS.has(q)))
    throw new Error("memory: a shard's qualifiers are not qualifiers");
  const n = qualifier.length;
  if (!Array.isArray(inferred) || inferred.length !== n || inferred.some((b) => typeof b !== 'boolean'))
    throw new Error('memory: a shard has columns of different lengths');
  if (typeof text !== 'object' || text === null || typeof numbers !== 'object' || numbers === null)
    throw new Error("memory: a shard's columns are missing");
  for (const f of STRING_FIELDS) checkIndices(text[f], n, REQUIRED.has(f) ? 0 : -1, strings.length, f);
  for (const f of NUMBER_FIELDS) checkNumbers(numbers[f], n, !TIMES.has(f), f);
  for (let i = 0; i < n; i++) {
    if (
      (text.claimantId[i] as number) >= 0 &&
      ((text.claimantName[i] as number) < 0 || (text.claimantSide[i] as number) < 0)
    )
      throw new Error("memory: a shard's claimant has no name or side");
    if ((text.topicId[i] as number) >= 0 && (text.topicLabel[i] as number) < 0)
      throw new Error("memory: a shard's topic has no label");
  }
  for (const k of new Set(text.claimantSide)) if (k >= 0) Side.parse(strings[k]);
  return s as StoredShard;
}

/** Row `i` of a checked shard. */
export function rowAt(s: StoredShard, i: number): FigureRow {
  const at = (f: StringField): string | null => {
    const k = s.text[f][i] as number;
    return k < 0 ? null : (s.strings[k] as string);
  };
  const num = (f: NumberField) => s.numbers[f][i] ?? null;
  const claimantId = at('claimantId');
  const topicId = at('topicId');
  return {
    id: at('id') as string,
    url: at('url') as string,
    quantity: at('quantity') as string,
    from: num('from') as number,
    to: num('to') as number,
    inferred: s.inferred[i] as boolean,
    value: num('value'),
    low: num('low'),
    high: num('high'),
    qualifier: s.qualifier[i] as FigureRow['qualifier'],
    unit: at('unit'),
    concept: at('concept'),
    speaker: at('speaker'),
    claimant:
      claimantId === null
        ? null
        : { id: claimantId, name: at('claimantName') as string, side: at('claimantSide') as Side },
    source: at('source') as string,
    page: {
      title: at('title'),
      outlet: at('outlet'),
      published: at('published'),
      site: at('site') as string,
    },
    topic: topicId === null ? null : { id: topicId, label: at('topicLabel') as string },
    readAt: num('readAt') as number,
  };
}

/** Every row of a stored shard (checked first). */
export function decodeShard(raw: unknown): FigureRow[] {
  const s = checkShard(raw);
  return Array.from({ length: shardRows(s) }, (_, i) => rowAt(s, i));
}

/** A page's figures as lookup segments, one a time bucket (what a page stores besides its record). */
export function segmentsOf(figures: readonly RememberedFigure[]): Map<string, StoredShard> {
  const rows = new Map<string, FigureRow[]>();
  for (const f of figures) {
    const bucket = bucketOf(f.from, f.to);
    const list = rows.get(bucket);
    if (list) list.push(rowOf(f));
    else rows.set(bucket, [rowOf(f)]);
  }
  return new Map([...rows].map(([bucket, list]) => [bucket, encodeShard(list)]));
}

/** The lookup row of a full record. */
export function rowOf(f: RememberedFigure): FigureRow {
  // the rest of the record, without what only its page keeps
  const { quote: _quote, siteKey: _siteKey, size: _size, ...row } = f;
  return row;
}
