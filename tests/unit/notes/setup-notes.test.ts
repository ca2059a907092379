import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { notesFeature } from '../../../entrypoints/news.content/features/notes';
import type { Lifetime } from '../../../entrypoints/news.content/lifetime';
import { createPageState, type PageState } from '../../../entrypoints/news.content/page-state';
import { createRouter } from '../../../entrypoints/news.content/router';
import { rangeFor, readArticle, type Article } from '../../../utils/article';
import { DEFAULT_DISPLAY } from '../../../utils/settings/schemas';
import { extractClaims } from '../../../utils/extract';
import type { PageClaim } from '../../../utils/schema';
import type { AnchorReport, Note, NoteDraft, NotesAddSelectionRequest } from '../../../utils/schema/notes';
import { loadHtml } from '../support/dom';
import { makeLoneMatch, makeNote } from '../support/records';

const send = vi.hoisted(() => ({
  stored: [] as Note[],
  added: [] as NoteDraft[],
  reported: [] as AnchorReport[][],
}));

vi.mock('../../../utils/messaging/send', () => ({
  requestPageNotes: async () => ({ ok: true, notes: send.stored }),
  reportAnchors: async (results: AnchorReport[]) => {
    send.reported.push(results);
    return { ok: true, notes: [] };
  },
  requestAddNote: async (draft: NoteDraft) => {
    send.added.push(draft);
    return { ok: true, duplicate: false, note: { ...makeNote(), ...draft, id: `n${send.added.length}` } };
  },
  // The background's side of a selection noted in one trip: parse the words, build the manual claim.
  requestAddSelectionNote: async (msg: Omit<NotesAddSelectionRequest, 'type'>) => {
    const { extractClaims: extract } = await import('../../../utils/extract');
    const { manualClaim } = await import('../../../utils/notes/note-draft');
    const claim = manualClaim(msg.text, msg.span, extract(msg.text, { published: msg.article.published }));
    const draft: NoteDraft = {
      claim,
      match: makeLoneMatch({ claimId: claim.id }),
      page: msg.page,
      quote: msg.quote,
      position: msg.position,
      manual: true,
    };
    send.added.push(draft);
    return { ok: true, duplicate: false, note: { ...makeNote(), ...draft, id: `n${send.added.length}` } };
  },
}));

const PAGE = `<html><head><title>Night attack</title></head><body><article>
<h1>Night attack</h1>
<p>Russia launched 145 attack and decoy drones overnight, the Air Force said.</p>
<p>Two-thirds of the homes lost power, the mayor said.</p>
</article></body></html>`;

/** A content script's lifetime: going on until `invalidate()`. */
function fakeCtx() {
  const life = new AbortController();
  const ctx: Lifetime = { signal: life.signal, check: () => !life.signal.aborted };
  return { ctx, invalidate: () => life.abort() };
}

/** The page state as the content script would hold it after a pass: article, claims, unmatched. */
function pageOf(doc: Document, ctx = fakeCtx().ctx): PageState & { articleNow: Article } {
  const article = readArticle(doc, 'https://news.example/a');
  const annotated = extractClaims(article.text).flatMap((claim: PageClaim) => {
    const range = rangeFor(article.map, claim.start, claim.end);
    const match = makeLoneMatch({ claimId: claim.id });
    return range ? [{ claim, match, range }] : [];
  });
  const page = createPageState(ctx, { enabled: true, display: DEFAULT_DISPLAY });
  page.pass = { article, annotated, error: null, read: null };
  return Object.assign(page, { articleNow: article });
}

/** The notes feature over `page`, with its own message router. */
function setupNotes(page: PageState) {
  return notesFeature(page, createRouter(page.signal));
}

const annotatedOf = (page: PageState) => page.pass?.annotated ?? [];

/** Selects `text` in the document's article. */
function select(doc: Document, text: string) {
  const p = [...doc.querySelectorAll('p')].find((el) => el.textContent!.includes(text))!;
  const node = p.firstChild as Text;
  const at = node.data.indexOf(text);
  doc.getSelection()!.setBaseAndExtent(node, at, node, at + text.length);
}

/** Delivers a message to the content script's listeners and returns the first answer. */
async function deliver(message: unknown): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, {}, () => undefined);
  return answers.find((a) => a !== undefined);
}

describe('the content script notes feature', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    send.stored = [];
    send.added = [];
    send.reported = [];
  });

  it('notes the figure the popover shows, with its selectors and the page it is on', async () => {
    const doc = loadHtml(PAGE);
    const page = pageOf(doc);
    const notes = setupNotes(page);
    const claim = annotatedOf(page)[0]!.claim;
    await notes.noteClaim(claim.id);
    expect(send.added[0]).toMatchObject({
      manual: false,
      quote: { exact: claim.text },
      page: { url: location.href.split('#')[0] },
    });
    expect(notes.isNoted(claim.id)).toBe(true);
  });

  it('turns a selection the extractor missed into a manual claim', async () => {
    const doc = loadHtml(PAGE);
    setupNotes(pageOf(doc));
    select(doc, 'Two-thirds of the homes');
    expect(await deliver({ type: 'note-selection' })).toEqual({ ok: true, id: 'n1' });
    expect(send.added[0]).toMatchObject({
      manual: true,
      claim: { text: 'Two-thirds of the homes', value: null },
    });
  });

  it('notes the extracted figure when the selection is mostly that figure', async () => {
    const doc = loadHtml(PAGE);
    setupNotes(pageOf(doc));
    select(doc, '145 attack and decoy drones');
    await deliver({ type: 'note-selection' });
    expect(send.added[0]).toMatchObject({ manual: false, claim: { value: 145 } });
  });

  it('ignores messages that are not its own', async () => {
    const doc = loadHtml(PAGE);
    setupNotes(pageOf(doc));
    expect(await deliver({ type: 'page-summary' })).toBeUndefined();
  });

  it('re-anchors stored notes and reports the one whose text is gone as orphaned', async () => {
    const doc = loadHtml(PAGE);
    const page = pageOf(doc);
    const at = page.articleNow.text.indexOf('145 attack and decoy drones');
    send.stored = [
      makeNote({
        id: 'here',
        quote: {
          type: 'TextQuoteSelector',
          exact: '145 attack and decoy drones',
          prefix: 'launched ',
          suffix: ' overnight',
        },
        position: { type: 'TextPositionSelector', start: at, end: at + 27 },
      }),
      makeNote({
        id: 'gone',
        quote: {
          type: 'TextQuoteSelector',
          exact: '41 Ukrainian drones',
          prefix: 'destroyed ',
          suffix: ' over Kursk',
        },
      }),
    ];
    const notes = setupNotes(page);
    await notes.reanchor();
    expect(send.reported).toEqual([[{ id: 'gone', state: 'orphaned', text: null }]]);
    // Nothing of it where the page can read it: no attribute, no element in the page's DOM.
    expect(doc.documentElement.getAttributeNames().filter((n) => n.startsWith('data-tally'))).toEqual([]);
    expect(doc.querySelectorAll('html > :not(head, body)').length).toBeGreaterThan(0);
    for (const host of doc.querySelectorAll('html > :not(head, body)')) expect(host.shadowRoot).toBeNull();
    expect(notes.isNoted(annotatedOf(page)[0]!.claim.id)).toBe(true);
  });

  it('stops painting a note as soon as the background says it was deleted', async () => {
    const doc = loadHtml(PAGE);
    const page = pageOf(doc);
    const at = page.articleNow.text.indexOf('145 attack and decoy drones');
    send.stored = [
      makeNote({
        quote: { type: 'TextQuoteSelector', exact: '145 attack and decoy drones', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: at, end: at + 27 },
      }),
    ];
    const notes = setupNotes(page);
    await notes.reanchor();
    expect(notes.isNoted(annotatedOf(page)[0]!.claim.id)).toBe(true);
    await deliver({ type: 'page-notes-changed', removed: ['n1'], changed: [] });
    expect(notes.isNoted(annotatedOf(page)[0]!.claim.id)).toBe(false);
  });

  it('stops answering once the content script is invalidated', async () => {
    const doc = loadHtml(PAGE);
    const { ctx, invalidate } = fakeCtx();
    setupNotes(pageOf(doc, ctx));
    invalidate();
    select(doc, 'Two-thirds of the homes');
    expect(await deliver({ type: 'note-selection' })).toBeUndefined();
  });
});
