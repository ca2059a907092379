import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createBackgroundHandler, type MatcherLike } from '../../../utils/messaging';
import { createNoteStore, createNotesHandler, type NotesChange } from '../../../utils/notes';
import { makeDraft, makeLoneMatch, makeNote } from '../support/records';
import { EXTENSION_PAGE, contentScript } from '../support/senders';

const matcher: MatcherLike = {
  match: (claims) => claims.map((c) => makeLoneMatch({ claimId: c.id })),
  info: () => ({ claims: 0, claimants: 0, metrics: 0, sources: 0, from: null, to: null }),
};

let dbs = 0;
function handler(onChanged?: (change: NotesChange) => void) {
  const notes = createNotesHandler(createNoteStore({ name: `notes-messages-${++dbs}` }), {
    match: async (claims, meta) => matcher.match(claims, meta),
    ...(onChanged ? { onChanged } : {}),
  });
  return createBackgroundHandler({ getMatcher: async () => matcher, notes });
}

const PAGE = contentScript('https://news.example/a#comments');
const meta = { url: 'https://news.example/a', published: '2025-03-19', outlet: null, headline: null };

describe('notes messages through the background handler', () => {
  it('adds a note from its page and lists it to the side panel', async () => {
    const handle = handler();
    const added = await handle({ type: 'notes-add', draft: makeDraft() }, PAGE);
    const listed = await handle({ type: 'notes-list' }, EXTENSION_PAGE);
    expect(added).toMatchObject({ ok: true, duplicate: false });
    expect(listed).toMatchObject({ ok: true, notes: [{ quote: { exact: '145 drones' } }] });
  });

  it('notes a selection in one trip: parsed, matched and stored by the background', async () => {
    const handle = handler();
    const text = 'some 300 people';
    const reply = await handle(
      {
        type: 'notes-add-selection',
        article: meta,
        page: makeDraft().page,
        text,
        span: { start: 40, end: 55 },
        quote: { type: 'TextQuoteSelector', exact: text, prefix: 'said ', suffix: ' were' },
        position: { type: 'TextPositionSelector', start: 40, end: 55 },
        bodyText: {
          quote: { type: 'TextQuoteSelector', exact: text, prefix: 'said ', suffix: ' were' },
          position: { type: 'TextPositionSelector', start: 140, end: 155 },
        },
      },
      PAGE,
    );
    expect(reply).toMatchObject({
      ok: true,
      duplicate: false,
      note: {
        manual: true,
        claim: { id: 'manual-40-55', text, value: 300, qualifier: '~', start: 40, end: 55 },
        match: { claimId: 'manual-40-55', status: 'single' },
        bodyText: { position: { start: 140, end: 155 } },
      },
    });
  });

  it.each([
    ['list every note', { type: 'notes-list' }],
    ['delete notes', { type: 'notes-delete', ids: ['n1'] }],
    ['change a note', { type: 'notes-update', id: 'n1', patch: { comment: 'x' } }],
    ['import notes', { type: 'notes-import', notes: [makeNote({ id: 'forged' })] }],
    ['change the site settings', { type: 'settings-site', host: 'evil.example', on: true }],
  ])('refuses to let a content script %s', async (_name, msg) => {
    const handle = handler();
    await handle({ type: 'notes-import', notes: [makeNote()] }, EXTENSION_PAGE);
    const reply = await handle(msg, PAGE);
    expect(reply).toEqual({ ok: false, error: `${msg.type}: not served to this sender` });
    expect((await handle({ type: 'notes-list' }, EXTENSION_PAGE)) as unknown).toMatchObject({
      notes: [makeNote()],
    });
  });

  it.each([
    ['read the notes of another page', { type: 'notes-page', url: 'https://other.example/b' }],
    [
      'note a figure of another page',
      {
        type: 'notes-add',
        draft: makeDraft({ page: { ...makeDraft().page, url: 'https://other.example/b' } }),
      },
    ],
  ])('refuses to let a content script %s', async (_name, msg) => {
    const reply = await handler()(msg, PAGE);
    expect(reply).toEqual({ ok: false, error: `${msg.type}: a page may only ask about its own notes` });
  });

  it('serves a content script its own page’s notes, and a report touches only those', async () => {
    const handle = handler();
    const elsewhere = makeNote({ id: 'far', page: { ...makeNote().page, url: 'https://other.example/b' } });
    await handle({ type: 'notes-import', notes: [makeNote(), elsewhere] }, EXTENSION_PAGE);
    expect(await handle({ type: 'notes-page', url: 'https://news.example/a' }, PAGE)).toMatchObject({
      notes: [{ id: 'n1' }],
    });
    const reported = await handle(
      {
        type: 'notes-anchored',
        results: [
          { id: 'n1', state: 'orphaned', text: null },
          { id: 'far', state: 'orphaned', text: null },
        ],
      },
      PAGE,
    );
    expect(reported).toMatchObject({ ok: true, notes: [{ id: 'n1' }] });
  });

  it('refuses every message from a sender that is neither an extension page nor a content script', async () => {
    const reply = await handler()({ type: 'notes-page', url: 'https://news.example/a' }, { kind: 'unknown' });
    expect(reply.ok).toBe(false);
  });

  it('tells the pages of changed notes, naming the tab that made a change', async () => {
    const onChanged = vi.fn();
    const handle = handler(onChanged);
    const added = await handle({ type: 'notes-add', draft: makeDraft() }, PAGE);
    await handle({ type: 'notes-add', draft: makeDraft() }, PAGE);
    const id = added.ok && 'note' in added ? added.note.id : '';
    await handle({ type: 'notes-delete', ids: [id] }, EXTENSION_PAGE);
    const calls = onChanged.mock.calls.map((call) => call[0] as NotesChange);
    expect(calls.map((c) => [c.by, c.changed.length, c.removed.length])).toEqual([
      [7, 1, 0],
      [null, 0, 1],
    ]);
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
    const reply = await handler()(msg, EXTENSION_PAGE);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toContain(path);
  });

  it('answers an update of a missing note with an error, not a throw', async () => {
    expect(
      await handler()({ type: 'notes-update', id: 'gone', patch: { comment: 'x' } }, EXTENSION_PAGE),
    ).toEqual({ ok: false, error: 'no note gone' });
  });

  it('says so when the background has no notes handler', async () => {
    const reply = await createBackgroundHandler({ getMatcher: async () => matcher })(
      { type: 'notes-list' },
      EXTENSION_PAGE,
    );
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('notes-list') });
  });
});
