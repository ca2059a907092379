import type { MemoryBackend, MemoryTx } from './backend';
import { MemoryMeta, type RememberedFigure } from './schema';

const FIGURES = 'figures';
const META = 'meta';
const META_KEY = 'meta';
const VERSION = 1;

/** Wraps an IDBRequest in a promise. */
function done<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Creates the stores and indexes (version 1). */
function upgrade(db: IDBDatabase): void {
  if (!db.objectStoreNames.contains(FIGURES)) {
    const figures = db.createObjectStore(FIGURES, { keyPath: 'id' });
    figures.createIndex('page', 'pageKey');
    figures.createIndex('site', 'siteKey');
    figures.createIndex('read', 'readAt');
    // a quantity's records by the end of their time: a lookup is one range [quantity, from] → [quantity, ∞]
    figures.createIndex('quantity', ['quantity', 'to']);
  }
  if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
}

/** Collects up to `limit` values of a cursor. */
function collect<T>(req: IDBRequest<IDBCursorWithValue | null>, limit: number): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const out: T[] = [];
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor || out.length >= limit) return resolve(out);
      out.push(cursor.value as T);
      cursor.continue();
    };
    req.onerror = () => reject(req.error ?? new Error('IndexedDB cursor failed'));
  });
}

/** The key range [since, before) over reading times, or undefined for all. */
function readRange(
  Range: typeof IDBKeyRange,
  since: number | null,
  before: number | null,
): IDBKeyRange | undefined {
  if (since !== null && before !== null) return Range.bound(since, before, false, true);
  if (since !== null) return Range.lowerBound(since);
  if (before !== null) return Range.upperBound(before, true);
  return undefined;
}

/** The transaction's operations over its two stores. */
function txOf(tx: IDBTransaction, Range: typeof IDBKeyRange): MemoryTx {
  const figures = tx.objectStore(FIGURES);
  const meta = tx.objectStore(META);
  const all = (req: IDBRequest<unknown[]>) => done(req) as Promise<RememberedFigure[]>;
  return {
    pageRecords: (key) => all(figures.index('page').getAll(key)),
    quantityRecords: (quantity, from) =>
      all(figures.index('quantity').getAll(Range.bound([quantity, from], [quantity, Infinity]))),
    siteRecords: (lower, upper) => all(figures.index('site').getAll(Range.bound(lower, upper, false, true))),
    readBetween: (since, before, limit) =>
      all(figures.index('read').getAll(readRange(Range, since, before), limit)),
    newestFirst: (since, before, limit) =>
      collect(figures.index('read').openCursor(readRange(Range, since, before), 'prev'), limit),
    totals: () =>
      new Promise((resolve, reject) => {
        let count = 0;
        let bytes = 0;
        const req = figures.openCursor();
        req.onsuccess = () => {
          const cursor = req.result;
          if (!cursor) return resolve({ figures: count, bytes });
          count++;
          const size = (cursor.value as { size?: unknown }).size;
          bytes += typeof size === 'number' ? size : 0;
          cursor.continue();
        };
        req.onerror = () => reject(req.error ?? new Error('IndexedDB cursor failed'));
      }),
    put: (f) => void figures.put(f),
    remove: (id) => void figures.delete(id),
    clear: () => void figures.clear(),
    meta: async () => {
      const parsed = MemoryMeta.safeParse(await done(meta.get(META_KEY)));
      return parsed.success ? parsed.data : null;
    },
    setMeta: (m) => void meta.put(m, META_KEY),
  };
}

/** Which IndexedDB to use: the browser's by default; tests pass fake-indexeddb's. */
export interface IdbOptions {
  factory?: IDBFactory;
  keyRange?: typeof IDBKeyRange;
  name?: string;
}

/**
 * The reading memory in IndexedDB, for the background worker. The database is opened on first
 * use and kept open for the worker's life (a restarted worker opens it again, in milliseconds: no
 * record is read until asked for).
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
      req.onupgradeneeded = () => upgrade(req.result);
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
      req.onblocked = () => undefined;
    }));

  return {
    async run(mode, fn) {
      const db = await open();
      const tx = db.transaction([FIGURES, META], mode === 'write' ? 'readwrite' : 'readonly');
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
