import type { MemoryMeta, RememberedFigure } from './schema';

/**
 * One transaction over the memory's records. Every read of a transaction sees its own writes;
 * a write transaction's changes land all together or (when `fn` throws) not at all.
 */
export interface MemoryTx {
  /** The records read on one page. */
  pageRecords(pageKey: string): Promise<RememberedFigure[]>;
  /** Records of one quantity whose time reaches `from` or later (`to >= from`), in no set order. */
  quantityRecords(quantity: string, from: number): Promise<RememberedFigure[]>;
  /** Records whose `siteKey` is in [lower, upper). */
  siteRecords(lower: string, upper: string): Promise<RememberedFigure[]>;
  /**
   * Records read in [since, before) (either bound may be null), oldest first, at most `limit`.
   * The oldest first is what the cap and a full quota drop.
   */
  readBetween(since: number | null, before: number | null, limit?: number): Promise<RememberedFigure[]>;
  /** Records read in [since, before), newest first, at most `limit` (the "Read" view's order). */
  newestFirst(since: number | null, before: number | null, limit: number): Promise<RememberedFigure[]>;
  /** How many records there are and their stored size, counted (when the meta cannot be trusted). */
  totals(): Promise<{ figures: number; bytes: number }>;
  put(figure: RememberedFigure): void;
  remove(id: string): void;
  clear(): void;
  /** The stored meta, or null when there is none or it is not valid. */
  meta(): Promise<MemoryMeta | null>;
  setMeta(meta: MemoryMeta): void;
}

/** Where the memory keeps its records: IndexedDB in the browser, a file in Node, a map in tests. */
export interface MemoryBackend {
  /**
   * Runs `fn` in one transaction. `fn` must only await the transaction's own calls (IndexedDB
   * commits a transaction as soon as it has nothing pending). Write transactions run one at a time.
   */
  run<T>(mode: 'read' | 'write', fn: (tx: MemoryTx) => Promise<T>): Promise<T>;
  /** Releases the backend (closes the database or file). */
  close(): void;
}

/** True for the error a browser (or a backend imitating one) throws when storage is full. */
export function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
