import { StoredPack, migratePack } from '../schema';

/** The packs a user imported, kept in IndexedDB (a pack can be far larger than storage.local likes). */
export interface PackStore {
  /**
   * Adds a pack, removing the stored packs `replace` names in the same transaction. A pack whose
   * id is already stored is refused unless `replace` names it: nothing is replaced unasked.
   */
  add(pack: StoredPack, replace?: readonly string[]): Promise<void>;
  /** Every stored pack that is still valid, oldest first; invalid records are skipped. */
  list(): Promise<StoredPack[]>;
  /** Removes a pack by id (no error if it is not there). */
  remove(id: string): Promise<void>;
}

const STORE = 'packs';

/** Wraps an IDBRequest in a promise. */
function done<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Resolves when a transaction commits. */
function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/**
 * Opens the pack store. `factory` is the IndexedDB to use (the global one by default; tests
 * pass fake-indexeddb). Each call opens the database for the operation and closes it after,
 * so a stopped service worker leaves nothing half-open.
 */
export function createPackStore(factory: IDBFactory = globalThis.indexedDB, name = 'tally-packs'): PackStore {
  const open = async (): Promise<IDBDatabase> => {
    const req = factory.open(name, 1);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE))
        req.result.createObjectStore(STORE, { keyPath: 'id' });
    };
    return done(req);
  };
  const withStore = async <T>(
    mode: IDBTransactionMode,
    fn: (s: IDBObjectStore) => Promise<T>,
  ): Promise<T> => {
    const db = await open();
    try {
      const tx = db.transaction(STORE, mode);
      const out = fn(tx.objectStore(STORE));
      const [value] = await Promise.all([out, committed(tx)]);
      return value;
    } finally {
      db.close();
    }
  };
  return {
    add: (pack, replace = []) =>
      withStore('readwrite', async (s) => {
        const valid = StoredPack.parse(pack);
        if (!replace.includes(valid.id) && (await done(s.count(valid.id))) > 0)
          throw new Error(`the pack “${valid.name}” is already imported`);
        for (const id of replace) await done(s.delete(id));
        await done(s.put(valid));
      }),
    list: () =>
      withStore('readonly', async (s) => {
        const all = (await done(s.getAll())) as unknown[];
        return all
          .map((x) => StoredPack.safeParse(migratePack(x)))
          .filter((r) => r.success)
          .map((r) => r.data as StoredPack)
          .sort((a, b) => (a.added < b.added ? -1 : a.added > b.added ? 1 : 0));
      }),
    remove: (id) =>
      withStore('readwrite', async (s) => {
        await done(s.delete(id));
      }),
  };
}
