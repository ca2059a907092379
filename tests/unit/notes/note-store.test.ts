import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createNoteStore } from '../../../utils/notes';
import type { Note } from '../../../utils/schema/notes';
import { makeDraft, makeNote } from '../support/records';

let dbs = 0;
/** A store on a database of its own, with a fixed clock and counted ids. */
function freshStore() {
  let n = 0;
  return createNoteStore({
    name: `note-store-${++dbs}`,
    now: () => '2026-11-25T02:00:00.000Z',
    newId: () => `id-${++n}`,
  });
}

const draftAt = (i: number) =>
  makeDraft({ quote: { type: 'TextQuoteSelector', exact: `${i} drones`, prefix: 'p ', suffix: ' s' } });

describe('note store', () => {
  it('keeps every note when twenty are added at once (each write its own transaction)', async () => {
    const store = freshStore();
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.add(draftAt(i))));
    expect((await store.list()).map((n) => n.quote.exact).sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `${i} drones`).sort(),
    );
  });

  it('lists notes in the order they were noted', async () => {
    const store = freshStore();
    for (const i of [3, 1, 2]) await store.add(draftAt(i));
    expect((await store.list()).map((n) => n.quote.exact)).toEqual(['3 drones', '1 drones', '2 drones']);
  });

  it('does not note the same figure twice, even when both arrive at once', async () => {
    const store = freshStore();
    const [first, again] = await Promise.all([
      store.add(makeDraft()),
      store.add(makeDraft({ page: { ...makeDraft().page, url: 'https://news.example/a#x' } })),
    ]);
    expect([first!.duplicate, again!.duplicate, again!.note.id, (await store.list()).length]).toEqual([
      false,
      true,
      first!.note.id,
      1,
    ]);
  });

  it.each([
    ['a comment', { comment: 'check the MoD figure' }, (n: Note) => n.comment, 'check the MoD figure'],
    [
      'tags, trimmed and without repeats',
      { tags: [' night ', 'drones', 'night'] },
      (n: Note) => n.tags,
      ['night', 'drones'],
    ],
    ['the speaker', { speaker: 'Mayor Klitschko' }, (n: Note) => n.claim.speaker, 'Mayor Klitschko'],
    ['an emptied speaker (to null)', { speaker: '' }, (n: Note) => n.claim.speaker, null],
  ])('updates %s', async (_name, patch, read, expected) => {
    const store = freshStore();
    const { note } = await store.add(makeDraft());
    await store.update(note.id, patch);
    expect(read((await store.list())[0]!)).toEqual(expected);
  });

  it('refuses to update a note that does not exist', async () => {
    await expect(freshStore().update('nope', { comment: 'x' })).rejects.toThrow('no note nope');
  });

  it('deletes and returns the deleted notes, which an import puts back as they were', async () => {
    const store = freshStore();
    const { note } = await store.add(makeDraft());
    const before = await store.list();
    const removed = await store.remove([note.id]);
    expect(await store.list()).toEqual([]);
    await store.importNotes(removed);
    expect(await store.list()).toEqual(before);
  });

  it('imports new notes and names the ones already stored (by id or by figure)', async () => {
    const store = freshStore();
    await store.importNotes([makeNote({ id: 'a' })]);
    const sameFigure = makeNote({ id: 'b' });
    const fresh = makeNote({ id: 'c', quote: { ...makeNote().quote, exact: '41 drones' } });
    const result = await store.importNotes([makeNote({ id: 'a' }), sameFigure, fresh]);
    expect([result.added.map((n) => n.id), result.duplicates]).toEqual([['c'], ['a', 'b']]);
    expect((await store.list()).map((n) => n.id)).toEqual(['a', 'c']);
  });

  it('imports all or nothing: a note that fails validation half-way stores none of them', async () => {
    const store = freshStore();
    const good = makeNote({ id: 'g', quote: { ...makeNote().quote, exact: '9 drones' } });
    const bad = { ...makeNote({ id: 'b' }), noted: 'last Tuesday' } as unknown as Note;
    await expect(store.importNotes([good, bad])).rejects.toThrow();
    expect(await store.list()).toEqual([]);
  });

  it('files notes by page without fragment or tracking parameters', async () => {
    const store = freshStore();
    await store.importNotes([makeNote()]);
    expect(await store.forPage('https://news.example/a?utm_source=x#top')).toHaveLength(1);
    expect(await store.forPage('https://news.example/b')).toHaveLength(0);
  });

  it('marks a note orphaned when its text is gone, and keeps it', async () => {
    const store = freshStore();
    await store.importNotes([makeNote()]);
    const changed = await store.reportAnchors([{ id: 'n1', state: 'orphaned', text: null }]);
    expect(changed.map((n) => n.anchor.state)).toEqual(['orphaned']);
    expect((await store.list()).map((n) => [n.id, n.anchor.state])).toEqual([['n1', 'orphaned']]);
  });

  it('reports no change when the anchor is as stored', async () => {
    const store = freshStore();
    await store.importNotes([makeNote()]);
    expect(await store.reportAnchors([{ id: 'n1', state: 'anchored', text: null }])).toEqual([]);
  });

  it('touches only the notes of the page given with an anchor report', async () => {
    const store = freshStore();
    await store.importNotes([makeNote()]);
    const report = [{ id: 'n1', state: 'orphaned' as const, text: null }];
    expect(await store.reportAnchors(report, 'https://elsewhere.example/')).toEqual([]);
    expect((await store.list())[0]!.anchor.state).toBe('anchored');
  });
});
