import type { MemoryBackend, MemoryTx } from './backend';
import { validPages } from './records';
import { segmentsOf } from './shard';

const PAGES = 'pages';
const DIRECTORY = 'directory';
/** Lookup rows keyed [bucket, page url]: a write puts its own page's rows, never a bucket's whole. */
const SEGMENTS = 'segments';
/** Version 1's lookup rows, one record a bucket (rewritten whole by every write into it). */
const OLD_SHARDS = 'shards';
const META = 'meta';
const STORES = [PAGES, DIRECTORY, SEGMENTS, META];
const META_KEY = 'meta';
const VERSION = 2;

/** Wraps an IDBRequest in a promise. */
function done<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * Creates the stores and indexes. From version 1, each page's lookup segments are built from its
 * record (the pages hold every figure in full) and the old per-bucket shards go.
 */
function upgrade(db: IDBDatabase, tx: IDBTransaction): void {
  if (!db.objectStoreNames.contains(PAGES)) db.createObjectStore(PAGES, { keyPath: 'url' });
  if (!db.objectStoreNames.contains(DIRECTORY)) {
    const directory = db.createObjectStore(DIRECTORY, { keyPath: 'url' });
    directory.createIndex('oldest', 'oldest');
    directory.createIndex('newest', 'newest');
    directory.createIndex('site', 'siteKey');
  }
  if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
  if (db.objectStoreNames.contains(SEGMENTS)) return;
  const segments = db.createObjectStore(SEGMENTS);
  if (!db.objectStoreNames.contains(OLD_SHARDS)) return;
  db.deleteObjectStore(OLD_SHARDS);
  const cursor = tx.objectStore(PAGES).openCursor();
  cursor.onsuccess = () => {
    const at = cursor.result;
    if (!at) return;
    for (const page of validPages([at.value]))
      for (const [bucket, segment] of segmentsOf(page.figures)) segments.put(segment, [bucket, page.url]);
    at.continue();
  };
}

/** Collects up to `limit` values of a cursor. */
function collect(req: IDBRequest<IDBCursorWithValue | null>, limit: number): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const out: unknown[] = [];
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor || out.length >= limit) return resolve(out);
      out.push(cursor.value);
      cursor.continue();
    };
    req.onerror = () => reject(req.error ?? new Error('IndexedDB cursor failed'));
  });
}

/** The transaction's operations over its stores. */
function txOf(tx: IDBTransaction, Range: typeof IDBKeyRange): MemoryTx {
  const pages = tx.objectStore(PAGES);
  const directory = tx.objectStore(DIRECTORY);
  const segments = tx.objectStore(SEGMENTS);
  const meta = tx.objectStore(META);
  const before = (b: number | null) => (b === null ? undefined : Range.upperBound(b, true));
  const count = (limit: number) => (Number.isFinite(limit) ? limit : undefined);
  return {
    // [bucket] sorts before every [bucket, url], and [bucket, []] after (arrays sort after strings)
    segments: (bucket) => done(segments.getAll(Range.bound([bucket], [bucket, []]))),
    putSegment: (bucket, url, segment) => void segments.put(segment, [bucket, url]),
    deleteSegment: (bucket, url) => void segments.delete([bucket, url]),
    page: (url) => done(pages.get(url)),
    entry: (url) => done(directory.get(url)),
    putPage: (page, entry) => {
      pages.put(page);
      directory.put(entry);
    },
    deletePage: (url) => {
      pages.delete(url);
      directory.delete(url);
    },
    entriesReadBefore: (b, limit) => done(directory.index('oldest').getAll(before(b), count(limit))),
    entriesReadSince: (since) => done(directory.index('newest').getAll(Range.lowerBound(since))),
    entriesNewestFirst: (b, limit) => collect(directory.index('newest').openCursor(before(b), 'prev'), limit),
    entriesOfSite: (lower, upper) =>
      done(directory.index('site').getAll(Range.bound(lower, upper, false, true))),
    meta: () => done(meta.get(META_KEY)),
    setMeta: (m) => void meta.put(m, META_KEY),
    clear: () => {
      for (const s of [pages, directory, segments, meta]) s.clear();
    },
  };
}

/** Which IndexedDB to use: the browser's by default; tests pass fake-indexeddb's. */
export interface IdbOptions {
  factory?: IDBFactory;
  keyRange?: typeof IDBKeyRange;
  name?: string;
}

/**
 * Whether the memory's database exists, asked without opening it (opening would create it). A
 * browser that cannot list its databases is taken to have it.
 */
export async function idbExists({ factory = globalThis.indexedDB, name = 'tally-memory' }: IdbOptions = {}) {
  if (typeof factory.databases !== 'function') return true;
  try {
    return (await factory.databases()).some((db) => db.name === name);
  } catch {
    return true;
  }
}

/**
 * The reading memory in IndexedDB, for the background worker. The database is opened on first
 * use and kept open for the worker's life (a restarted worker opens it again: no record is read
 * until asked for).
 */
export function createIdbBackend({
  factory = globalThis.indexedDB,
  keyRange: Range = globalThis.IDBKeyRange,
  name = 'tally-memory',
}: IdbOptions = {}): MemoryBackend {
  let opening: Promise<IDBDatabase> | null = null;
  const open = (): Promise<IDBDatabase> =>
    (opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open(name, VERSION);
      req.onupgradeneeded = () => upgrade(req.result, req.transaction as IDBTransaction);
      req.onsuccess = () => {
        const db = req.result;
        // another version wants the database, or the browser closed it: open it afresh next time
        db.onversionchange = () => {
          db.close();
          opening = null;
        };
        db.onclose = () => {
          opening = null;
        };
        resolve(db);
      };
      req.onerror = () => {
        opening = null;
        reject(req.error ?? new Error('memory: IndexedDB did not open'));
      };
    }));

  return {
    async run(mode, fn) {
      const db = await open();
      // relaxed: committed once the browser has the data, without waiting for the disk to sync; a
      // worker or browser restart loses nothing, only a machine crashing in that instant could
      const tx =
        mode === 'write'
          ? db.transaction(STORES, 'readwrite', { durability: 'relaxed' })
          : db.transaction(STORES, 'readonly');
      const settled = new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onabort = () => reject(tx.error ?? new DOMException('memory: transaction aborted', 'AbortError'));
      });
      // a failed write aborts the transaction: its error (a full quota) is the one to report
      settled.catch(() => undefined);
      let out: Awaited<ReturnType<typeof fn>>;
      try {
        out = await fn(txOf(tx, Range));
      } catch (e) {
        try {
          tx.abort();
        } catch {
          // already finished
        }
        await settled.catch(() => undefined);
        throw tx.error ?? e;
      }
      await settled;
      return out;
    },
    close() {
      void opening?.then(
        (db) => db.close(),
        () => undefined,
      );
      opening = null;
    },
  };
}
