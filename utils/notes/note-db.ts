import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { Note } from '../schema/notes';
import { figureKey } from './figure-key';
import { pageKey } from './page-key';

/**
 * One stored note: the note as validated when it was written, with the keys it is
 * looked up by (its page and its figure, derived once on write). `seq` orders the
 * ledger as noted and imported.
 */
export interface NoteRecord {
  seq?: number;
  id: string;
  page: string;
  figure: string;
  note: Note;
}

/** An entry of the old ledger that did not validate when it was moved: kept as found, never listed. */
export interface UnreadableRecord {
  found: 'storage.local notes';
  reason: string;
  entry: unknown;
}

/** The notes database: one record per note, so a write costs the note, not the ledger. */
export interface NotesDb extends DBSchema {
  notes: {
    key: number;
    value: NoteRecord;
    indexes: { id: string; page: string; figure: string };
  };
  unreadable: { key: number; value: UnreadableRecord };
  /** `legacy-moved`: when and how many notes the old storage.local ledger held when it was moved here. */
  meta: { key: string; value: { at: string; notes: number; unreadable: number } };
}

/** The database's name (in the extension's own origin: content scripts cannot open it). */
export const NOTES_DB = 'tally-notes';
const DB_VERSION = 1;
/** The `meta` key saying the old ledger has been moved. */
export const LEGACY_MOVED = 'legacy-moved';

/** A note as the record that stores it. */
export function recordOf(note: Note): NoteRecord {
  return { id: note.id, page: pageKey(note.page.url), figure: figureKey(note), note };
}

/** The note a record holds, validated again (a record that no longer validates reads as null). */
export function noteOf(record: NoteRecord | undefined): Note | null {
  if (!record) return null;
  const parsed = Note.safeParse(record.note);
  return parsed.success ? parsed.data : null;
}

/** Opens (creating on first use) the notes database. */
export function openNotesDb(name = NOTES_DB): Promise<IDBPDatabase<NotesDb>> {
  return openDB<NotesDb>(name, DB_VERSION, {
    upgrade(db) {
      const notes = db.createObjectStore('notes', { keyPath: 'seq', autoIncrement: true });
      notes.createIndex('id', 'id', { unique: true });
      notes.createIndex('page', 'page');
      notes.createIndex('figure', 'figure');
      db.createObjectStore('unreadable', { autoIncrement: true });
      db.createObjectStore('meta');
    },
  });
}

/** The ledger as WXT's storage item kept it until now (`local:notes`, one array). */
export interface LegacyLedger {
  /** The stored array, or null when there is none. */
  read(): Promise<unknown[] | null>;
  /** Removes it (only once its notes are safely in the database). */
  clear(): Promise<void>;
}

/**
 * Moves the old ledger into the database in one transaction, committed durably before
 * the old copy is removed: a worker stopped half-way leaves the old ledger whole and the
 * database without any of it, and the next start moves it again. Entries that do not
 * validate, or repeat an id already moved, are kept in `unreadable`, never dropped.
 */
export async function moveLegacyLedger(db: IDBPDatabase<NotesDb>, legacy: LegacyLedger, at: string) {
  if (!(await db.get('meta', LEGACY_MOVED))) {
    const entries = (await legacy.read()) ?? [];
    const tx = db.transaction(['notes', 'unreadable', 'meta'], 'readwrite', { durability: 'strict' });
    const writes: Promise<unknown>[] = [];
    try {
      const ids = new Set<string>();
      let notes = 0;
      for (const entry of entries) {
        const parsed = Note.safeParse(entry);
        const reason = !parsed.success
          ? 'does not validate'
          : ids.has(parsed.data.id)
            ? 'repeats an id'
            : null;
        if (parsed.success && !reason) {
          ids.add(parsed.data.id);
          notes++;
          writes.push(tx.objectStore('notes').add(recordOf(parsed.data)));
        } else {
          writes.push(
            tx.objectStore('unreadable').add({ found: 'storage.local notes', reason: reason!, entry }),
          );
        }
      }
      writes.push(
        tx.objectStore('meta').put({ at, notes, unreadable: entries.length - notes }, LEGACY_MOVED),
      );
    } catch (e) {
      // An entry the database cannot hold: nothing of this move may commit.
      tx.abort();
      await Promise.allSettled([...writes, tx.done]);
      throw e;
    }
    await Promise.all([...writes, tx.done]);
  }
  // Also after a start that committed the move but stopped before removing the old copy.
  if ((await legacy.read()) !== null) await legacy.clear();
}
