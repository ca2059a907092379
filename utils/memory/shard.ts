import * as z from 'zod/mini';
import { Qualifier } from '../schema/claim';
import { Side } from '../schema/match';
import type { RememberedFigure } from './schema';

/**
 * What a lookup needs of a remembered figure: everything but the words around it (those stay in
 * its page's record). Rows are stored by time bucket (a shard each), so a lookup reads only the
 * buckets of its time.
 */
export type FigureRow = Omit<RememberedFigure, 'quote' | 'siteKey' | 'size'>;

// Stored form: one column a field, strings once each in a table (a shard's rows share their page,
// speakers and quantities), so a segment is one small record.

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

/** The stored form of a shard's rows. */
export function encodeShard(rows: readonly FigureRow[]): StoredShard {
  const strings: string[] = [];
  const ids = new Map<string, number>();
  const intern = (s: string | null) => {
    if (s === null) return -1;
    let i = ids.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      ids.set(s, i);
    }
    return i;
  };
  const text = Object.fromEntries(STRING_FIELDS.map((f) => [f, [] as number[]])) as Record<
    StringField,
    number[]
  >;
  const numbers = Object.fromEntries(NUMBER_FIELDS.map((f) => [f, [] as (number | null)[]])) as Record<
    NumberField,
    (number | null)[]
  >;
  const qualifier: StoredShard['qualifier'] = [];
  const inferred: boolean[] = [];
  for (const r of rows) {
    const s = stringsOf(r);
    for (const f of STRING_FIELDS) text[f].push(intern(s[f]));
    for (const f of NUMBER_FIELDS) numbers[f].push(r[f]);
    qualifier.push(r.qualifier);
    inferred.push(r.inferred);
  }
  return { strings, text, numbers, qualifier, inferred };
}

/** Reads a stored shard; throws a precise error when it is damaged (the caller leaves it out). */
export function decodeShard(raw: unknown): FigureRow[] {
  const s = StoredShard.parse(raw);
  const n = s.qualifier.length;
  const columns = [...Object.values(s.text), ...Object.values(s.numbers), s.inferred];
  if (columns.some((c) => c.length !== n))
    throw new Error('memory: a shard has columns of different lengths');
  const at = (f: StringField, i: number): string | null => {
    const k = s.text[f][i] as number;
    if (k >= s.strings.length) throw new Error(`memory: a shard's ${f} points past its strings`);
    return k < 0 ? null : (s.strings[k] as string);
  };
  const need = (f: StringField, i: number): string => {
    const v = at(f, i);
    if (v === null) throw new Error(`memory: a shard's ${f} is missing`);
    return v;
  };
  const num = (f: NumberField, i: number) => s.numbers[f][i] ?? null;
  const rows: FigureRow[] = [];
  for (let i = 0; i < n; i++) {
    const side = at('claimantSide', i);
    const claimantId = at('claimantId', i);
    const topicId = at('topicId', i);
    const from = num('from', i);
    const to = num('to', i);
    const readAt = num('readAt', i);
    if (from === null || to === null || readAt === null) throw new Error('memory: a shard row has no time');
    rows.push({
      id: need('id', i),
      url: need('url', i),
      quantity: need('quantity', i),
      from,
      to,
      inferred: s.inferred[i] as boolean,
      value: num('value', i),
      low: num('low', i),
      high: num('high', i),
      qualifier: s.qualifier[i] as FigureRow['qualifier'],
      unit: at('unit', i),
      concept: at('concept', i),
      speaker: at('speaker', i),
      claimant:
        claimantId === null
          ? null
          : { id: claimantId, name: need('claimantName', i), side: Side.parse(side) },
      source: need('source', i),
      page: {
        title: at('title', i),
        outlet: at('outlet', i),
        published: at('published', i),
        site: need('site', i),
      },
      topic: topicId === null ? null : { id: topicId, label: need('topicLabel', i) },
      readAt,
    });
  }
  return rows;
}

/** The lookup row of a full record. */
export function rowOf(f: RememberedFigure): FigureRow {
  // the rest of the record, without what only its page keeps
  const { quote: _quote, siteKey: _siteKey, size: _size, ...row } = f;
  return row;
}
