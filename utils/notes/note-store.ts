import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { Note, type AnchorReport, type NoteDraft, type NotePatch } from '../schema/notes';
import { figureKey } from './figure-key';
import {
  moveLegacyLedger,
  noteOf,
  openNotesDb,
  recordOf,
  type LegacyLedger,
  type NoteRecord,
  type NotesDb,
} from './note-db';
import { pageKey } from './page-key';

/** Clock and id source, injectable so tests are deterministic. */
export interface NoteStoreDeps {
  now(): string;
  newId(): string;
}

/** Where the store keeps its notes, and the old ledger it moves from. */
export interface NoteStoreOptions extends Partial<NoteStoreDeps> {
  /** The database's name (tests give each store its own). */
  name?: string;
  /** The storage.local ledger of earlier versions, moved into the database on first use. */
  legacy?: LegacyLedger;
}

/** The ledger's operations. Each write is one database transaction, acknowledged once committed. */
export interface NoteStore {
  list(): Promise<Note[]>;
  forPage(url: string): Promise<Note[]>;
  add(draft: NoteDraft): Promise<{ note: Note; duplicate: boolean }>;
  update(id: string, patch: NotePatch): Promise<Note>;
  remove(ids: readonly string[]): Promise<Note[]>;
  importNotes(notes: readonly Note[]): Promise<{ added: Note[]; duplicates: string[] }>;
  /** Records how notes re-anchored; with `page`, only notes filed under that page are touched. */
  reportAnchors(results: readonly AnchorReport[], page?: string): Promise<Note[]>;
}

const DEFAULT_DEPS: NoteStoreDeps = {
  now: () => new Date().toISOString(),
  newId: () => crypto.randomUUID(),
};

type WriteTx = IDBPTransaction<NotesDb, ['notes'], 'readwrite'>;

/** Notes of `records` that still validate, in the order stored. */
const readable = (records: readonly NoteRecord[]) => records.map(noteOf).filter((n): n is Note => n !== null);

/**
 * The notes ledger in IndexedDB, one record per note: a write reads and writes only
 * the notes it concerns, whatever the ledger's size. Every write is validated and
 * committed durably before it is acknowledged; two tabs noting at once are serialized
 * by the database's transactions. The old storage.local ledger is moved in on first use
 * (see `moveLegacyLedger`); until that succeeds every operation fails and says why.
 */
export function createNoteStore(options: NoteStoreOptions = {}): NoteStore {
  const deps: NoteStoreDeps = {
    now: options.now ?? DEFAULT_DEPS.now,
    newId: options.newId ?? DEFAULT_DEPS.newId,
  };
  let opening: Promise<IDBPDatabase<NotesDb>> | null = null;
  const db = (): Promise<IDBPDatabase<NotesDb>> =>
    (opening ??= (async () => {
      const opened = await openNotesDb(options.name);
      try {
        if (options.legacy) await moveLegacyLedger(opened, options.legacy, deps.now());
      } catch (e) {
        opened.close();
        throw new Error(
          `could not move the notes to their new store: ${e instanceof Error ? e.message : String(e)}`,
        );
      }
      return opened;
    })().catch((e: unknown) => {
      // The next operation tries again.
      opening = null;
      throw e;
    }));

  const write = async <T>(fn: (tx: WriteTx) => Promise<T>): Promise<T> => {
    const tx = (await db()).transaction('notes', 'readwrite', { durability: 'strict' });
    // A change that fails half-way commits nothing.
    const change = fn(tx).catch((e: unknown) => {
      tx.abort();
      throw e;
    });
    const [out] = await Promise.all([change, tx.done]);
    return out;
  };

  return {
    list: async () => readable(await (await db()).getAll('notes')),
    forPage: async (url) => readable(await (await db()).getAllFromIndex('notes', 'page', pageKey(url))),
    add: (draft) =>
      write(async (tx) => {
        const existing = readable(await tx.store.index('figure').getAll(figureKey(draft)))[0];
        if (existing) return { note: existing, duplicate: true };
        const at = deps.now();
        const note = Note.parse({
          ...draft,
          id: deps.newId(),
          noted: at,
          updated: at,
          comment: '',
          tags: [],
          anchor: { state: 'anchored', checked: at, text: null },
        });
        await tx.store.add(recordOf(note));
        return { note, duplicate: false };
      }),
    update: (id, patch) =>
      write(async (tx) => {
        const record = await tx.store.index('id').get(id);
        const old = noteOf(record);
        if (!record || !old) throw new Error(`no note ${id}`);
        const note = Note.parse({
          ...old,
          comment: patch.comment ?? old.comment,
          tags: patch.tags ? [...new Set(patch.tags.map((t) => t.trim()).filter(Boolean))] : old.tags,
          claim: patch.speaker !== undefined ? { ...old.claim, speaker: patch.speaker || null } : old.claim,
          updated: deps.now(),
        });
        await tx.store.put({ ...recordOf(note), seq: record.seq });
        return note;
      }),
    remove: (ids) =>
      write(async (tx) => {
        const removed: Note[] = [];
        for (const id of new Set(ids)) {
          const record = await tx.store.index('id').get(id);
          if (!record || record.seq === undefined) continue;
          const note = noteOf(record);
          if (note) removed.push(note);
          await tx.store.delete(record.seq);
        }
        return removed;
      }),
    importNotes: (incoming) =>
      write(async (tx) => {
        const ids = new Set<string>();
        const keys = new Set<string>();
        const added: Note[] = [];
        const duplicates: string[] = [];
        for (const note of incoming) {
          const key = figureKey(note);
          const stored =
            ids.has(note.id) ||
            keys.has(key) ||
            (await tx.store.index('id').count(note.id)) > 0 ||
            (await tx.store.index('figure').count(key)) > 0;
          if (stored) {
            duplicates.push(note.id);
            continue;
          }
          ids.add(note.id);
          keys.add(key);
          const valid = Note.parse(note);
          await tx.store.add(recordOf(valid));
          added.push(valid);
        }
        return { added, duplicates };
      }),
    reportAnchors: (results, page) =>
      write(async (tx) => {
        const changed: Note[] = [];
        const onPage = page === undefined ? null : pageKey(page);
        for (const r of results) {
          const record = await tx.store.index('id').get(r.id);
          const old = noteOf(record);
          if (!record || !old || (onPage !== null && record.page !== onPage)) continue;
          if (r.state === old.anchor.state && r.text === old.anchor.text) continue;
          const note: Note = { ...old, anchor: { state: r.state, checked: deps.now(), text: r.text } };
          await tx.store.put({ ...record, note });
          changed.push(note);
        }
        return changed;
      }),
  };
}
