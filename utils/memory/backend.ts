import type { MemoryMeta, PageEntry, StoredPage } from './schema';
import type { StoredShard } from './shard';

/**
 * One transaction over the memory's records: pages (each page's figures in full), the directory
 * of pages (what each holds, when it was read: what dropping and forgetting go by), segments (the
 * figures' lookup rows, one record per time bucket and page) and the meta. Reads return what is stored,
 * unvalidated (`unknown`): the memory validates all it reads. A write transaction's changes land
 * all together or, when `fn` throws, not at all.
 */
export interface MemoryTx {
  /** Every page's segment in a time bucket. */
  segments(bucket: string): Promise<unknown[]>;
  /** Stores a page's lookup rows in a bucket (over what it had there). */
  putSegment(bucket: string, url: string, segment: StoredShard): void;
  deleteSegment(bucket: string, url: string): void;
  page(url: string): Promise<unknown>;
  /** A page's directory entry. */
  entry(url: string): Promise<unknown>;
  /** Stores a page and its directory entry. */
  putPage(page: StoredPage, entry: PageEntry): void;
  /** Removes a page and its directory entry. */
  deletePage(url: string): void;
  /** Directory entries of pages whose least recently read figure was read before `before` (or any), oldest first, at most `limit`. */
  entriesReadBefore(before: number | null, limit: number): Promise<unknown[]>;
  /** Directory entries of pages with a figure read at or after `since`. */
  entriesReadSince(since: number): Promise<unknown[]>;
  /** Directory entries by their most recent reading, newest first, read before `before` (or any), at most `limit`. */
  entriesNewestFirst(before: number | null, limit: number): Promise<unknown[]>;
  /** Directory entries of pages whose site key is in [lower, upper) (a site and its subdomains). */
  entriesOfSite(lower: string, upper: string): Promise<unknown[]>;
  meta(): Promise<unknown>;
  setMeta(meta: MemoryMeta): void;
  /** Removes every page, entry, segment and the meta. */
  clear(): void;
}

/** Where the memory keeps its records: IndexedDB in the browser, a file in Node, maps in tests. */
export interface MemoryBackend {
  /**
   * Runs `fn` in one transaction. `fn` must only await the transaction's own calls (IndexedDB
   * commits a transaction as soon as it has nothing pending). Transactions run one at a time.
   */
  run<T>(mode: 'read' | 'write', fn: (tx: MemoryTx) => Promise<T>): Promise<T>;
  /** Rewrites whatever the backend keeps so that nothing removed survives in it (a file's log). */
  compact?(): Promise<void>;
  /** Releases the backend (closes the database). */
  close(): void;
}

/** True for the error a browser (or a backend imitating one) throws when storage is full. */
export function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
