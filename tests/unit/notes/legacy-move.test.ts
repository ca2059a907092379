import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  LEGACY_MOVED,
  createNoteStore,
  moveLegacyLedger,
  openNotesDb,
  type LegacyLedger,
} from '../../../utils/notes';
import { makeNote } from '../support/records';

let dbs = 0;
const dbName = () => `legacy-move-${++dbs}`;

/** The old storage.local ledger: `value` is what is stored (null: nothing); `failClear` makes removing it fail. */
function legacyLedger(
  value: unknown[] | null,
  failClear = false,
): LegacyLedger & { value: unknown[] | null } {
  const ledger = {
    value,
    read: async () => (ledger.value === null ? null : structuredClone(ledger.value)),
    clear: async () => {
      if (failClear) throw new Error('storage is unavailable');
      ledger.value = null;
    },
  };
  return ledger;
}

const notes = [
  makeNote({ id: 'a' }),
  makeNote({ id: 'b', quote: { ...makeNote().quote, exact: '41 drones' } }),
  makeNote({ id: 'c', quote: { ...makeNote().quote, exact: '72 drones' }, comment: 'kept' }),
];

/** Everything the notes database holds: notes in order, unreadable entries and the move's record. */
async function contents(name: string) {
  const db = await openNotesDb(name);
  const out = {
    notes: (await db.getAll('notes')).map((r) => r.note),
    unreadable: await db.getAll('unreadable'),
    moved: await db.get('meta', LEGACY_MOVED),
  };
  db.close();
  return out;
}

describe('moving the storage.local ledger into IndexedDB', () => {
  it('moves every note, in order and unchanged, then removes the old copy', async () => {
    const name = dbName();
    const legacy = legacyLedger(structuredClone(notes));
    const store = createNoteStore({ name, legacy });
    expect(await store.list()).toEqual(notes);
    expect(legacy.value).toBeNull();
    expect((await contents(name)).moved).toMatchObject({ notes: 3, unreadable: 0 });
  });

  it('keeps entries that do not validate, or repeat an id, instead of dropping them', async () => {
    const name = dbName();
    const broken = { id: 'x', claim: 'not a claim' };
    const repeat = makeNote({ id: 'a', comment: 'a second note with the same id' });
    await createNoteStore({ name, legacy: legacyLedger([broken, ...notes, repeat]) }).list();
    const got = await contents(name);
    expect(got.notes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(got.unreadable).toEqual([
      { found: 'storage.local notes', reason: 'does not validate', entry: broken },
      { found: 'storage.local notes', reason: 'repeats an id', entry: repeat },
    ]);
  });

  it('moves nothing when an entry cannot be stored, keeps the old ledger, and says so', async () => {
    const name = dbName();
    // A value IndexedDB cannot clone, as a stand-in for any write failing half-way through the move.
    const unstorable = { ...makeNote({ id: 'z' }), comment: () => 'not data' };
    const legacy = legacyLedger([...structuredClone(notes), unstorable]);
    const store = createNoteStore({ name, legacy });
    await expect(store.list()).rejects.toThrow('could not move the notes');
    await expect(store.add(makeNote())).rejects.toThrow('could not move the notes');
    expect(legacy.value).toHaveLength(4);
    expect(await contents(name)).toEqual({ notes: [], unreadable: [], moved: undefined });
  });

  it('tries again on the next operation once the cause is gone, and then loses nothing', async () => {
    const name = dbName();
    const legacy = legacyLedger([...structuredClone(notes), { id: 'z', comment: () => 'not data' }]);
    const store = createNoteStore({ name, legacy });
    await expect(store.list()).rejects.toThrow();
    legacy.value = structuredClone(notes);
    expect(await store.list()).toEqual(notes);
  });

  it('does not move twice when the worker stopped after the move but before removing the old copy', async () => {
    const name = dbName();
    const legacy = legacyLedger(structuredClone(notes), true);
    await expect(createNoteStore({ name, legacy }).list()).rejects.toThrow('storage is unavailable');
    // The move committed; the old copy is still there. A restarted worker only removes it.
    expect((await contents(name)).notes).toEqual(notes);
    const restarted = legacyLedger(legacy.value);
    expect(await createNoteStore({ name, legacy: restarted }).list()).toEqual(notes);
    expect(restarted.value).toBeNull();
  });

  it('reads an empty ledger when there was none', async () => {
    expect(await createNoteStore({ name: dbName(), legacy: legacyLedger(null) }).list()).toEqual([]);
  });

  it('records the move once, even when asked again', async () => {
    const name = dbName();
    const db = await openNotesDb(name);
    await moveLegacyLedger(db, legacyLedger(structuredClone(notes)), '2026-01-01T00:00:00.000Z');
    await moveLegacyLedger(db, legacyLedger(structuredClone(notes)), '2026-01-02T00:00:00.000Z');
    db.close();
    expect((await contents(name)).notes).toHaveLength(3);
  });
});

describe('the storage.local ledger of earlier versions', () => {
  it('reads the array WXT stored under `notes` and removes it with its version key', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { storageLocalLedger } = await import('../../../utils/notes');
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({
      notes: notes,
      notes$: { v: 1 },
      sites: { enabled: [], disabled: [] },
    });
    const ledger = storageLocalLedger();
    expect(await ledger.read()).toEqual(notes);
    await ledger.clear();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ sites: { enabled: [], disabled: [] } });
    expect(await ledger.read()).toBeNull();
  });
});
