import { Note, type AnchorReport, type NoteDraft, type NotePatch } from '../schema/notes';
import { figureKey } from './figure-key';
import { pageKey } from './page-key';

/** What the store needs of its storage item (a WXT storage item, or a fake in tests). */
export interface NotesItemLike {
  getValue(): Promise<unknown[]>;
  setValue(value: unknown[]): Promise<void>;
}

/** Clock and id source, injectable so tests are deterministic. */
export interface NoteStoreDeps {
  now(): string;
  newId(): string;
}

/** The ledger's operations. Every write is serialized: two tabs noting at once both land. */
export interface NoteStore {
  list(): Promise<Note[]>;
  forPage(url: string): Promise<Note[]>;
  add(draft: NoteDraft): Promise<{ note: Note; duplicate: boolean }>;
  update(id: string, patch: NotePatch): Promise<Note>;
  remove(ids: readonly string[]): Promise<Note[]>;
  importNotes(notes: readonly Note[]): Promise<{ added: number; duplicates: string[] }>;
  reportAnchors(results: readonly AnchorReport[]): Promise<Note[]>;
}

const DEFAULT_DEPS: NoteStoreDeps = {
  now: () => new Date().toISOString(),
  newId: () => crypto.randomUUID(),
};

/**
 * The notes ledger over a storage item. Reads validate every entry; an entry that
 * fails validation is kept in storage untouched (never dropped) but not listed.
 * Writes run one after another in a queue (read, change, write), so concurrent
 * messages cannot overwrite each other's changes.
 */
export function createNoteStore(item: NotesItemLike, deps: NoteStoreDeps = DEFAULT_DEPS): NoteStore {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };

  const load = async (): Promise<{ notes: Note[]; broken: unknown[] }> => {
    const raw = await item.getValue();
    const notes: Note[] = [];
    const broken: unknown[] = [];
    for (const entry of Array.isArray(raw) ? raw : []) {
      const parsed = Note.safeParse(entry);
      if (parsed.success) notes.push(parsed.data);
      else broken.push(entry);
    }
    return { notes, broken };
  };

  /** Runs `change` on the ledger inside the queue and saves what it returns. */
  const write = <T>(change: (notes: Note[]) => { notes: Note[]; result: T; changed: boolean }) =>
    serial(async () => {
      const { notes, broken } = await load();
      const out = change(notes);
      if (out.changed) await item.setValue([...out.notes, ...broken]);
      return out.result;
    });

  const read = () => serial(async () => (await load()).notes);

  return {
    list: read,
    forPage: async (url) => {
      const key = pageKey(url);
      return (await read()).filter((n) => pageKey(n.page.url) === key);
    },
    add: (draft) =>
      write<{ note: Note; duplicate: boolean }>((notes) => {
        const key = figureKey(draft);
        const existing = notes.find((n) => figureKey(n) === key);
        if (existing) return { notes, result: { note: existing, duplicate: true }, changed: false };
        const at = deps.now();
        const note: Note = {
          ...draft,
          id: deps.newId(),
          noted: at,
          updated: at,
          comment: '',
          tags: [],
          anchor: { state: 'anchored', checked: at, text: null },
        };
        return { notes: [...notes, note], result: { note, duplicate: false }, changed: true };
      }),
    update: (id, patch) =>
      write((notes) => {
        const i = notes.findIndex((n) => n.id === id);
        if (i < 0) throw new Error(`no note ${id}`);
        const old = notes[i]!;
        const note: Note = {
          ...old,
          comment: patch.comment ?? old.comment,
          tags: patch.tags ? [...new Set(patch.tags.map((t) => t.trim()).filter(Boolean))] : old.tags,
          claim: patch.speaker !== undefined ? { ...old.claim, speaker: patch.speaker || null } : old.claim,
          updated: deps.now(),
        };
        const next = notes.slice();
        next[i] = note;
        return { notes: next, result: note, changed: true };
      }),
    remove: (ids) =>
      write((notes) => {
        const gone = new Set(ids);
        const removed = notes.filter((n) => gone.has(n.id));
        return { notes: notes.filter((n) => !gone.has(n.id)), result: removed, changed: removed.length > 0 };
      }),
    importNotes: (incoming) =>
      write((notes) => {
        const ids = new Set(notes.map((n) => n.id));
        const keys = new Set(notes.map(figureKey));
        const added: Note[] = [];
        const duplicates: string[] = [];
        for (const note of incoming) {
          const key = figureKey(note);
          if (ids.has(note.id) || keys.has(key)) {
            duplicates.push(note.id);
            continue;
          }
          ids.add(note.id);
          keys.add(key);
          added.push(note);
        }
        return {
          notes: [...notes, ...added],
          result: { added: added.length, duplicates },
          changed: added.length > 0,
        };
      }),
    reportAnchors: (results) =>
      write((notes) => {
        const byId = new Map(results.map((r) => [r.id, r]));
        const changedNotes: Note[] = [];
        const next = notes.map((n) => {
          const r = byId.get(n.id);
          if (!r || (r.state === n.anchor.state && r.text === n.anchor.text)) return n;
          const note: Note = { ...n, anchor: { state: r.state, checked: deps.now(), text: r.text } };
          changedNotes.push(note);
          return note;
        });
        return { notes: next, result: changedNotes, changed: changedNotes.length > 0 };
      }),
  };
}
