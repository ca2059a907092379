import { rangeFor } from '../../../utils/article/text-map';
import { anchorQuote } from '../../../utils/anchor/anchor-quote';
import { bodySelectors } from '../../../utils/anchor/body-selectors';
import { describeSpan } from '../../../utils/anchor/describe-span';
import { offsetsOfRange } from '../../../utils/anchor/offsets-of-range';
import {
  reportAnchors,
  requestAddNote,
  requestAddSelectionNote,
  requestPageNotes,
} from '../../../utils/messaging/send';
import { noteDraft, notePage, trimSelection } from '../../../utils/notes/note-draft';
import { pageKey } from '../../../utils/notes/page-key';
import type { PageClaim } from '../../../utils/schema';
import type { AnchorReport, Note, NotesContentReply, PageNotesChanged } from '../../../utils/schema/notes';
import type { PageState } from '../page-state';
import type { Router } from '../router';
import { createNoteMarks } from '../ui/note-marks';

/** What the other features ask of the notes. */
export interface NotesFeature {
  /** Notes an annotated figure (the popover's Note button). */
  noteClaim(claimId: string): Promise<void>;
  /** Whether an annotated figure is noted (the popover shows "Noted"). */
  isNoted(claimId: string): boolean;
  /** Finds this page's notes again, paints them, reports orphans (after each pass). */
  reanchor(): Promise<void>;
}

/** Where a note's figure is on the page now. */
interface Spot {
  start: number;
  end: number;
  range: Range;
}

const yieldToMain = () => new Promise<void>((ok) => setTimeout(ok, 0));

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** The length of `text[span]` without the whitespace around it. */
const trimmedLength = (text: string, span: { start: number; end: number }) =>
  text.slice(span.start, span.end).trim().length;

/**
 * Notes on the page: the popover's Note button, the context menu's "Note this
 * figure" on a selection (a manual claim when the extractor missed it), and
 * re-anchoring this page's notes after each pass (exact, then fuzzy), painting
 * them as noted and reporting the ones whose text is gone as orphaned.
 */
export function notesFeature(page: PageState, router: Router): NotesFeature {
  const { signal } = page;
  const doc = document;
  const annotated = () => page.pass?.annotated ?? [];
  const marks = createNoteMarks(signal);
  const spots = new Map<string, Spot>();
  const noted = new Set<string>();
  let notes: Note[] = [];
  /** Notes taken while a re-anchoring was under way: it did not fetch them, and must keep their spots. */
  const fresh = new Set<string>();
  let generation = 0;

  const paint = () => {
    marks.noted([...spots.values()].map((s) => s.range));
  };

  /** Which of the page's annotated figures are noted, by overlap with the notes' spots. */
  const markClaims = () => {
    noted.clear();
    for (const a of annotated()) {
      for (const s of spots.values()) if (overlaps(a.claim, s)) noted.add(a.claim.id);
    }
  };

  const remember = (note: Note, spot: Spot | null) => {
    notes = [...notes.filter((n) => n.id !== note.id), note];
    fresh.add(note.id);
    if (spot) spots.set(note.id, spot);
    markClaims();
    paint();
  };

  const noteClaim = async (claimId: string): Promise<string> => {
    const target = annotated().find((a) => a.claim.id === claimId);
    if (!target) throw new Error(`no figure ${claimId} on this page`);
    const article = page.pass?.article;
    if (!article) throw new Error('Tally has not read this page');
    const draft = noteDraft(article, location.href, doc.title, target.claim, target.match, false);
    const reply = await requestAddNote(draft);
    if (!reply.ok) throw new Error(reply.error);
    remember(reply.note, { start: target.claim.start, end: target.claim.end, range: target.range });
    return reply.note.id;
  };

  const noteSelection = async (selectionText: string | undefined): Promise<NotesContentReply> => {
    const article = page.pass?.article;
    if (!article) return { ok: false, error: 'Tally is not running on this page' };
    const sel = doc.getSelection();
    let span =
      sel && sel.rangeCount > 0 && !sel.isCollapsed ? offsetsOfRange(article.map, sel.getRangeAt(0)) : null;
    const wanted = selectionText?.trim();
    if (!span && wanted) {
      const at = article.text.indexOf(wanted);
      if (at >= 0) span = { start: at, end: at + wanted.length };
    }
    if (!span) return { ok: false, error: 'the selection is not in the article' };
    // The reader selected a figure the extractor found (most of the selection is that
    // figure): note it with its match. Otherwise the selection becomes a manual claim.
    const covered = (a: { claim: PageClaim }) =>
      Math.max(0, Math.min(a.claim.end, span.end) - Math.max(a.claim.start, span.start));
    const found = annotated()
      .filter((a) => covered(a) * 2 >= trimmedLength(article.text, span))
      .sort((a, b) => covered(b) - covered(a))[0];
    if (found) return { ok: true, id: await noteClaim(found.claim.id) };
    const trimmed = trimSelection(article.text, span.start, span.end);
    if (!trimmed) return { ok: false, error: 'the selection is empty or too long' };
    // One trip: the background parses the selected words, matches and stores them.
    const range = rangeFor(article.map, trimmed.start, trimmed.end);
    const bodyText = range ? bodySelectors(range) : null;
    const reply = await requestAddSelectionNote({
      article: article.meta,
      page: notePage(article.meta, location.href, doc.title),
      text: article.text.slice(trimmed.start, trimmed.end),
      span: trimmed,
      ...describeSpan(article.text, trimmed.start, trimmed.end),
      ...(bodyText ? { bodyText } : {}),
    });
    if (!reply.ok) return reply;
    remember(reply.note, range ? { start: trimmed.start, end: trimmed.end, range } : null);
    return { ok: true, id: reply.note.id };
  };

  const focus = (id: string): NotesContentReply => {
    const spot = spots.get(id);
    if (!spot) return { ok: false, error: `note ${id} is not anchored on this page` };
    const box = spot.range.getBoundingClientRect();
    window.scrollBy({ top: box.top - window.innerHeight / 3, behavior: 'instant' });
    marks.focus(spot.range);
    return { ok: true, id };
  };

  const reanchor = async () => {
    const mine = ++generation;
    const article = page.pass?.article;
    if (!article) return;
    fresh.clear();
    const reply = await requestPageNotes(location.href);
    if (!reply.ok || mine !== generation || signal.aborted) return;
    const found = new Map<string, Spot>();
    const reports: AnchorReport[] = [];
    for (const note of reply.notes) {
      const at = anchorQuote(article.text, note.quote, note.position);
      const range = at && rangeFor(article.map, at.start, at.end);
      if (at && range) {
        found.set(note.id, { start: at.start, end: at.end, range });
        const fuzzy = at.how === 'fuzzy';
        reports.push({
          id: note.id,
          state: fuzzy ? 'fuzzy' : 'anchored',
          text: fuzzy ? article.text.slice(at.start, at.end) : null,
        });
      } else reports.push({ id: note.id, state: 'orphaned', text: null });
      await yieldToMain();
      if (mine !== generation || signal.aborted) return;
    }
    for (const id of fresh) {
      const spot = spots.get(id);
      if (spot && !found.has(id)) found.set(id, spot);
    }
    notes = [
      ...reply.notes,
      ...notes.filter((n) => fresh.has(n.id) && !reply.notes.some((r) => r.id === n.id)),
    ];
    spots.clear();
    for (const [id, s] of found) spots.set(id, s);
    markClaims();
    // An empty read (a page still rendering) says nothing about whether the notes' text is gone.
    const changed = article.text
      ? reports.filter((r) => {
          const n = notes.find((x) => x.id === r.id);
          return n && (n.anchor.state !== r.state || n.anchor.text !== r.text);
        })
      : [];
    if (changed.length) {
      const updated = await reportAnchors(changed);
      if (updated.ok && mine === generation) {
        const byId = new Map(updated.notes.map((n) => [n.id, n]));
        notes = notes.map((n) => byId.get(n.id) ?? n);
      }
    }
    paint();
  };

  const clear = () => {
    generation++;
    spots.clear();
    noted.clear();
    notes = [];
    marks.clear();
  };

  router.on('note-focus', (msg) => Promise.resolve(focus(msg.id)));
  router.on('note-selection', (msg) => noteSelection(msg.text));
  // Notes of this page changed elsewhere (the side panel, another tab): the background tells
  // this tab about its own page only. A deleted note stops being painted at once.
  router.on('page-notes-changed', (msg: PageNotesChanged) => {
    const gone = new Set(msg.removed);
    for (const id of gone) spots.delete(id);
    notes = notes.filter((n) => !gone.has(n.id));
    markClaims();
    paint();
    if (msg.changed.some((n) => pageKey(n.page.url) === pageKey(location.href))) void reanchor();
    return Promise.resolve(undefined);
  });
  signal.addEventListener(
    'abort',
    () => {
      clear();
    },
    { once: true },
  );
  page.on('pass', () => {
    if (page.pass) void reanchor();
    else clear();
  });

  return {
    noteClaim: async (claimId) => {
      await noteClaim(claimId);
    },
    isNoted: (claimId) => noted.has(claimId),
    reanchor,
  };
}
