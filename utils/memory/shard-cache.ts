import { decodeShard, type FigureRow } from './shard';

/** One time bucket's rows, and (built when first asked for) the same rows by quantity. */
export interface Shard {
  rows: readonly FigureRow[];
  byQuantity: Map<string, FigureRow[]> | null;
}

/** A shard of `rows`. */
export function shardOf(rows: readonly FigureRow[]): Shard {
  return { rows, byQuantity: null };
}

/** The rows of one quantity in a shard. */
export function rowsOf(shard: Shard, quantity: string): readonly FigureRow[] {
  if (!shard.byQuantity) {
    const index = new Map<string, FigureRow[]>();
    for (const r of shard.rows) {
      const list = index.get(r.quantity);
      if (list) list.push(r);
      else index.set(r.quantity, [r]);
    }
    shard.byQuantity = index;
  }
  return shard.byQuantity.get(quantity) ?? [];
}

/** A stored shard read back; a damaged one reads as empty (its rows cannot be trusted), and says so. */
export function readShard(bucket: string, raw: unknown): Shard {
  if (raw === undefined) return shardOf([]);
  try {
    return shardOf(decodeShard(raw));
  } catch (e) {
    console.warn(`Tally memory: shard ${bucket} is damaged and left out (${(e as Error).message})`);
    return shardOf([]);
  }
}
