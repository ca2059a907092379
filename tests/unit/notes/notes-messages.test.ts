import { describe, expect, it } from 'vitest';
import { createBackgroundHandler, type MatcherLike } from '../../../utils/messaging';
import { createNoteStore, createNotesHandler, type NotesItemLike } from '../../../utils/notes';
import { makeDraft } from '../support/records';

const matcher: MatcherLike = {
  match: () => [],
  info: () => ({ claims: 0, claimants: 0, metrics: 0, sources: 0, from: null, to: null }),
};

function handler() {
  let value: unknown[] = [];
  const item: NotesItemLike = {
    getValue: async () => value,
    setValue: async (v) => {
      value = v;
    },
  };
  return createBackgroundHandler(async () => matcher, createNotesHandler(createNoteStore(item)));
}

describe('notes messages through the background handler', () => {
  it('adds a note and lists it', async () => {
    const handle = handler();
    const added = await handle({ type: 'notes-add', draft: makeDraft() });
    const listed = await handle({ type: 'notes-list' });
    expect(added).toMatchObject({ ok: true, duplicate: false });
    expect(listed).toMatchObject({ ok: true, notes: [{ quote: { exact: '145 drones' } }] });
  });

  it.each([
    [
      'a draft without selectors',
      { type: 'notes-add', draft: { ...makeDraft(), quote: undefined } },
      'draft.quote',
    ],
    ['an update with a bad tag', { type: 'notes-update', id: 'x', patch: { tags: [''] } }, 'patch.tags.0'],
    ['an import that is not a list', { type: 'notes-import', notes: {} }, 'notes'],
  ])('rejects %s with a precise error', async (_name, msg, path) => {
    const reply = await handler()(msg);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toContain(path);
  });

  it('answers an update of a missing note with an error, not a throw', async () => {
    expect(await handler()({ type: 'notes-update', id: 'gone', patch: { comment: 'x' } })).toEqual({
      ok: false,
      error: 'no note gone',
    });
  });

  it('says so when the background has no notes handler', async () => {
    const reply = await createBackgroundHandler(async () => matcher)({ type: 'notes-list' });
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('notes-list') });
  });
});
