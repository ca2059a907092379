import { describe, expect, it } from 'vitest';
import { createNoteStore, type NotesItemLike } from '../../../utils/notes';
import type { Note } from '../../../utils/schema/notes';
import { makeDraft, makeNote } from '../support/records';

/** An in-memory storage item that yields between read and write, as real storage does. */
function memoryItem(initial: unknown[] = []): NotesItemLike & { value: unknown[]; writes: number } {
  const item = {
    value: initial,
    writes: 0,
    getValue: async () => {
      await new Promise((ok) => setTimeout(ok, 1));
      return structuredClone(item.value);
    },
    setValue: async (v: unknown[]) => {
      await new Promise((ok) => setTimeout(ok, 1));
      item.value = structuredClone(v);
      item.writes++;
    },
  };
  return item;
}

function storeOn(item: NotesItemLike) {
  let n = 0;
  return createNoteStore(item, { now: () => '2026-11-25T02:00:00.000Z', newId: () => `id-${++n}` });
}

const draftAt = (i: number) =>
  makeDraft({ quote: { type: 'TextQuoteSelector', exact: `${i} drones`, prefix: 'p ', suffix: ' s' } });

describe('note store', () => {
  it('keeps every note when twenty are added at once (writes are serialized)', async () => {
    const item = memoryItem();
    const store = storeOn(item);
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.add(draftAt(i))));
    expect((await store.list()).map((n) => n.quote.exact).sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `${i} drones`).sort(),
    );
  });

  it('does not note the same figure twice', async () => {
    const store = storeOn(memoryItem());
    const first = await store.add(makeDraft());
    const again = await store.add(
      makeDraft({ page: { ...makeDraft().page, url: 'https://news.example/a#x' } }),
    );
    expect([again.duplicate, again.note.id, (await store.list()).length]).toEqual([true, first.note.id, 1]);
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
    const store = storeOn(memoryItem());
    const { note } = await store.add(makeDraft());
    await store.update(note.id, patch);
    expect(read((await store.list())[0]!)).toEqual(expected);
  });

  it('refuses to update a note that does not exist', async () => {
    await expect(storeOn(memoryItem()).update('nope', { comment: 'x' })).rejects.toThrow('no note nope');
  });

  it('deletes and returns the deleted notes, which an import puts back as they were', async () => {
    const store = storeOn(memoryItem());
    const { note } = await store.add(makeDraft());
    const before = await store.list();
    const removed = await store.remove([note.id]);
    expect(await store.list()).toEqual([]);
    await store.importNotes(removed);
    expect(await store.list()).toEqual(before);
  });

  it('imports new notes and names the ones already stored (by id or by figure)', async () => {
    const store = storeOn(memoryItem([makeNote({ id: 'a' })]));
    const sameFigure = makeNote({ id: 'b' });
    const fresh = makeNote({ id: 'c', quote: { ...makeNote().quote, exact: '41 drones' } });
    const result = await store.importNotes([makeNote({ id: 'a' }), sameFigure, fresh]);
    expect(result).toEqual({ added: 1, duplicates: ['a', 'b'] });
    expect((await store.list()).map((n) => n.id)).toEqual(['a', 'c']);
  });

  it('files notes by page without fragment or tracking parameters', async () => {
    const store = storeOn(memoryItem([makeNote()]));
    expect(await store.forPage('https://news.example/a?utm_source=x#top')).toHaveLength(1);
    expect(await store.forPage('https://news.example/b')).toHaveLength(0);
  });

  it('marks a note orphaned when its text is gone, and keeps it', async () => {
    const store = storeOn(memoryItem([makeNote()]));
    const changed = await store.reportAnchors([{ id: 'n1', state: 'orphaned', text: null }]);
    expect(changed.map((n) => n.anchor.state)).toEqual(['orphaned']);
    expect((await store.list()).map((n) => [n.id, n.anchor.state])).toEqual([['n1', 'orphaned']]);
  });

  it('does not write when a report changes nothing', async () => {
    const item = memoryItem([makeNote()]);
    await storeOn(item).reportAnchors([{ id: 'n1', state: 'anchored', text: null }]);
    expect(item.writes).toBe(0);
  });

  it('keeps a stored entry that fails validation instead of dropping it', async () => {
    const broken = { id: 'x', claim: 'not a claim' };
    const item = memoryItem([broken, makeNote()]);
    const store = storeOn(item);
    await store.add(draftAt(7));
    expect(item.value).toContainEqual(broken);
    expect((await store.list()).map((n) => n.id)).toEqual(['n1', 'id-1']);
  });
});
