import { checkShard, emptyShard, rowAt, shardRows, type FigureRow, type StoredShard } from './shard';

/** One time bucket's rows as stored, and (built when first asked for) its row numbers by quantity. */
export interface Shard {
  stored: StoredShard;
  byQuantity: Map<string, number[]> | null;
}

/** A held shard of a stored one. */
export function shardOf(stored: StoredShard): Shard {
  return { stored, byQuantity: null };
}

/** The rows of one quantity in a shard, for which `keep` (given the row number) says yes. */
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

/** A stored shard read back; a damaged one reads as empty (its rows cannot be trusted), and says so. */
export function readShard(bucket: string, raw: unknown): Shard {
  if (raw === undefined) return shardOf(emptyShard());
  try {
    return shardOf(checkShard(raw));
  } catch (e) {
    console.warn(`Tally memory: shard ${bucket} is damaged and left out (${(e as Error).message})`);
    return shardOf(emptyShard());
  }
}
