import { checkShard, rowAt, shardRows, type FigureRow, type StoredShard } from './shard';

/** One page's rows in one time bucket as stored, and (built when first asked for) its row numbers by quantity. */
export interface Shard {
  stored: StoredShard;
  byQuantity: Map<string, number[]> | null;
}

/**
 * One time bucket as a memory holds it: each page's segment by its address. A write adds or
 * replaces its own page's segment and leaves the others, and their indexes, as they were.
 */
export type Bucket = Map<string, Shard>;

/** A held segment of a stored one. */
export function shardOf(stored: StoredShard): Shard {
  return { stored, byQuantity: null };
}

/** The rows of one quantity in a segment, for which `keep` (given the row number) says yes. */
export function rowsOf(
  shard: Shard,
  quantity: string,
  keep: (s: StoredShard, i: number) => boolean,
): FigureRow[] {
  const s = shard.stored;
  if (!shard.byQuantity) {
    const index = new Map<string, number[]>();
    for (let i = 0; i < shardRows(s); i++) {
      const key = s.strings[s.text.quantity[i] as number] as string;
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    }
    shard.byQuantity = index;
  }
  const out: FigureRow[] = [];
  for (const i of shard.byQuantity.get(quantity) ?? []) if (keep(s, i)) out.push(rowAt(s, i));
  return out;
}

/**
 * A bucket's stored segments read back, by page. A damaged segment is left out (its rows cannot
 * be trusted), and says so; the bucket's other pages stand.
 */
export function readBucket(bucket: string, raws: readonly unknown[]): Bucket {
  const out: Bucket = new Map();
  for (const raw of raws) {
    try {
      const stored = checkShard(raw);
      const url = stored.strings[stored.text.url[0] as number];
      if (url !== undefined) out.set(url, shardOf(stored));
    } catch (e) {
      console.warn(`Tally memory: a segment of ${bucket} is damaged and left out (${(e as Error).message})`);
    }
  }
  return out;
}
