import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notesToJson, parseNotesJson } from '../../../utils/export';
import 'fake-indexeddb/auto';
import { createNoteStore, figureKey } from '../../../utils/notes';
import type { Note } from '../../../utils/schema/notes';
import { arbitraryNote } from '../notes/arbitrary-note';
import { makeNote } from '../support/records';

let stores = 0;
/** A note store of its own (a fresh IndexedDB database) holding `initial`; `raw` reads it back. */
async function memoryStore(initial: Note[] = []) {
  const store = createNoteStore({ name: `notes-json-${++stores}` });
  await store.importNotes(initial);
  return { store, raw: () => store.list() };
}

/** Distinct notes, as a store holds them (no two with the same id or the same figure). */
const ledger = fc.uniqueArray(arbitraryNote, {
  maxLength: 12,
  comparator: (a, b) => a.id === b.id || figureKey(a) === figureKey(b),
});

describe('JSON export and import', () => {
  it('round-trips: export JSON, import it into an empty store, and the store is identical', async () => {
    await fc.assert(
      fc.asyncProperty(ledger, async (notes) => {
        const source = await memoryStore(notes);
        const json = notesToJson(await source.store.list());
        const parsed = parseNotesJson(json);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
        const target = await memoryStore();
        await target.store.importNotes(parsed.notes);
        expect(await target.raw()).toEqual(await source.raw());
      }),
      { numRuns: 150 },
    );
    // Each run fills two IndexedDB stores (fake-indexeddb in Node): slower than the old in-memory ledger.
  }, 60_000);

  it('imports nothing new when the same export comes back (every note a duplicate)', async () => {
    await fc.assert(
      fc.asyncProperty(ledger, async (notes) => {
        const { store, raw } = await memoryStore(notes);
        const before = await raw();
        const parsed = parseNotesJson(notesToJson(notes));
        if (!parsed.ok) throw new Error('rejected');
        const result = await store.importNotes(parsed.notes);
        expect([result.added.length, result.duplicates.length, await raw()]).toEqual([
          0,
          notes.length,
          before,
        ]);
      }),
      { numRuns: 50 },
    );
  });

  it.each([
    ['text that is not JSON', '{"format":', '(file)'],
    ['JSON of another format', JSON.stringify({ format: 'other', notes: [] }), 'format'],
    [
      'a note with a bad qualifier',
      JSON.stringify({
        format: 'tally-notes/1',
        notes: [{ ...makeNote(), claim: { ...makeNote().claim, qualifier: '≈' } }],
      }),
      'notes.0.claim.qualifier',
    ],
    [
      'a note without an id',
      JSON.stringify({
        format: 'tally-notes/1',
        notes: [makeNote(), { ...makeNote({ id: 'x' }), id: undefined }],
      }),
      'notes.1.id',
    ],
    [
      'two notes with one id',
      JSON.stringify({ format: 'tally-notes/1', notes: [makeNote(), makeNote()] }),
      'notes.1.id',
    ],
    [
      'a date that is not a date',
      JSON.stringify({ format: 'tally-notes/1', notes: [makeNote({ noted: 'yesterday' })] }),
      'notes.0.noted',
    ],
  ])('rejects %s and names where', (_name, text, path) => {
    const parsed = parseNotesJson(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.path)).toContain(path);
  });

  it('rejects the whole file when one note of many is bad', () => {
    const good = [makeNote({ id: 'a' }), makeNote({ id: 'b' })];
    const text = JSON.stringify({ format: 'tally-notes/1', notes: [...good, { id: 'c' }] });
    expect(parseNotesJson(text).ok).toBe(false);
  });
});
