import * as z from 'zod/mini';
import { ArticleMeta } from './article';
import { PageClaim } from './claim';
import { ClaimMatch } from './match';

// zod/mini: the content script builds and receives notes, and it must stay small.

const offset = z.int().check(z.nonnegative());

/** Tags are short words; a note carries a handful. */
export const NoteTag = z.string().check(z.minLength(1), z.maxLength(60));

/**
 * W3C Web Annotation TextQuoteSelector: the figure's text as written, with up to
 * 32 characters before and after it, so the figure can be found again after the page moved it.
 */
export const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().check(z.minLength(1), z.maxLength(2000)),
  prefix: z.string().check(z.maxLength(200)),
  suffix: z.string().check(z.maxLength(200)),
});
/** @see TextQuoteSelector */
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;

/**
 * W3C Web Annotation TextPositionSelector. Offsets are UTF-16 code units into the
 * article text as Tally reads it (`Article.text`), not into the whole page.
 */
export const TextPositionSelector = z.object({
  type: z.literal('TextPositionSelector'),
  start: offset,
  end: offset,
});
/** @see TextPositionSelector */
export type TextPositionSelector = z.infer<typeof TextPositionSelector>;

/** The page a figure was noted on, as it was then. */
export const NotePage = z.object({
  url: z.string().check(z.minLength(1), z.maxLength(4000)),
  title: z.nullable(z.string()),
  outlet: z.nullable(z.string()),
  /** The article's published date as the page gave it (ISO date or date-time). */
  published: z.nullable(z.string()),
});
/** @see NotePage */
export type NotePage = z.infer<typeof NotePage>;

/**
 * How a note re-anchored on the last visit to its page: `anchored` (the same text
 * found), `fuzzy` (found with small changes; `text` is what it reads now) or
 * `orphaned` (the text is gone; the note stays, marked).
 */
export const AnchorState = z.enum(['anchored', 'fuzzy', 'orphaned']);
/** @see AnchorState */
export type AnchorState = z.infer<typeof AnchorState>;

/** A note's last re-anchoring: its state, when, and what the figure reads now. */
export const NoteAnchor = z.object({
  state: AnchorState,
  checked: z.iso.datetime(),
  text: z.nullable(z.string()),
});
/** @see NoteAnchor */
export type NoteAnchor = z.infer<typeof NoteAnchor>;

/** An object's fields, or null for anything else. */
function fieldsOf(raw: unknown): Record<string, unknown> | null {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw)
    ? (raw as Record<string, unknown>)
    : null;
}

/**
 * A match as notes stored it before figures had an `origin` (they had `onPage: boolean`)
 * and before the `related` list: read as origin "page" or "dataset" and no related figures.
 */
export function upgradeStoredMatch(raw: unknown): unknown {
  const m = fieldsOf(raw);
  if (!m) return raw;
  const figure = (f: unknown) => {
    const o = fieldsOf(f);
    if (!o || 'origin' in o || typeof o.onPage !== 'boolean') return f;
    const { onPage, ...rest } = o;
    return { ...rest, origin: onPage ? 'page' : 'dataset' };
  };
  return {
    ...m,
    others: Array.isArray(m.others) ? m.others.map(figure) : m.others,
    related: m.related === undefined ? [] : m.related,
  };
}

/**
 * A claim as notes stored it before frames carried the time's form, the measure and the
 * links to other figures: read with those unknown.
 */
export function upgradeStoredClaim(raw: unknown): unknown {
  const c = fieldsOf(raw);
  const f = c && fieldsOf(c.frame);
  if (!c || !f || 'timeForm' in f) return raw;
  const frame = {
    timeForm: f.timeText ? 'other' : 'none',
    inferred: false,
    measure: null,
    partOf: null,
    versus: null,
    ...f,
  };
  return { ...c, frame };
}

/**
 * What a content script sends to note a figure: the claim, its status and
 * cross-references as they were, the page and the selectors. `manual` = the reader
 * selected the text (the extractor had missed it). Notes stored by earlier versions are
 * upgraded as they are read.
 */
export const NoteDraft = z.object({
  claim: z.pipe(z.transform(upgradeStoredClaim), PageClaim),
  match: z.pipe(z.transform(upgradeStoredMatch), ClaimMatch),
  page: NotePage,
  quote: TextQuoteSelector,
  position: TextPositionSelector,
  /**
   * The figure's quote and offsets in the text content of the page's `<body>` when it was
   * noted (white space as the page has it): what annotation tools such as Hypothesis resolve
   * against, for the Web Annotation export. Absent on notes taken before Tally recorded them.
   */
  bodyText: z.optional(z.object({ quote: TextQuoteSelector, position: TextPositionSelector })),
  manual: z.boolean(),
});
/** @see NoteDraft */
export type NoteDraft = z.infer<typeof NoteDraft>;

/** A noted figure as stored, exported to JSON and imported back. */
export const Note = z.extend(NoteDraft, {
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  /** When it was noted (ISO date-time, UTC). */
  noted: z.iso.datetime(),
  /** When the reader last changed its comment, tags or speaker. */
  updated: z.iso.datetime(),
  comment: z.string().check(z.maxLength(10000)),
  tags: z.array(NoteTag).check(z.maxLength(50)),
  anchor: NoteAnchor,
});
/** @see Note */
export type Note = z.infer<typeof Note>;

/** What a reader may change on a note from the side panel. */
export const NotePatch = z.object({
  comment: z.optional(z.string().check(z.maxLength(10000))),
  tags: z.optional(z.array(NoteTag).check(z.maxLength(50))),
  /** Who gave the figure: most useful on manual notes, whose speaker the extractor did not find. */
  speaker: z.optional(z.nullable(z.string().check(z.maxLength(300)))),
});
/** @see NotePatch */
export type NotePatch = z.infer<typeof NotePatch>;

/** One note's re-anchoring result, reported by a content script. */
export const AnchorReport = z.object({
  id: z.string(),
  state: AnchorState,
  text: z.nullable(z.string()),
});
/** @see AnchorReport */
export type AnchorReport = z.infer<typeof AnchorReport>;

const noteList = z.array(Note).check(z.maxLength(100000));

/** `notes-add` (content script): note a figure; a figure already noted is not noted twice. */
export const NotesAddRequest = z.object({ type: z.literal('notes-add'), draft: NoteDraft });
/**
 * `notes-add-selection` (content script): note the words the reader selected, in one trip.
 * The background parses the selected `text` (the figure, when it finds one), matches it and
 * stores the note; `span` is where the selection is in the article text the selectors describe.
 */
export const NotesAddSelectionRequest = z.object({
  type: z.literal('notes-add-selection'),
  article: ArticleMeta,
  page: NotePage,
  text: z.string().check(z.minLength(1), z.maxLength(2000)),
  span: z.object({ start: offset, end: offset }),
  quote: TextQuoteSelector,
  position: TextPositionSelector,
  /** The selection's selectors in the text of the page's `<body>` (see `NoteDraft.bodyText`). */
  bodyText: z.optional(z.object({ quote: TextQuoteSelector, position: TextPositionSelector })),
});
/** @see NotesAddSelectionRequest */
export type NotesAddSelectionRequest = z.infer<typeof NotesAddSelectionRequest>;
/** `notes-page` (content script): the notes taken on a page, to re-anchor them. */
export const NotesPageRequest = z.object({ type: z.literal('notes-page'), url: z.string() });
/** `notes-anchored` (content script): how this page's notes re-anchored. */
export const NotesAnchoredRequest = z.object({
  type: z.literal('notes-anchored'),
  results: z.array(AnchorReport).check(z.maxLength(10000)),
});
/** `notes-list` (side panel): every note. */
export const NotesListRequest = z.object({ type: z.literal('notes-list') });
/** `notes-update` (side panel): change a note's comment, tags or speaker. */
export const NotesUpdateRequest = z.object({
  type: z.literal('notes-update'),
  id: z.string(),
  patch: NotePatch,
});
/** `notes-delete` (side panel): delete notes; the reply carries them, for undo. */
export const NotesDeleteRequest = z.object({
  type: z.literal('notes-delete'),
  ids: z.array(z.string()).check(z.maxLength(100000)),
});
/**
 * `notes-import` (side panel): add whole notes as they are (an imported file, or
 * deleted notes coming back on undo). Notes already stored are skipped and named.
 */
export const NotesImportRequest = z.object({ type: z.literal('notes-import'), notes: noteList });

/** Notes messages a content script sends. */
export const NotesFromContent = [
  NotesAddRequest,
  NotesAddSelectionRequest,
  NotesPageRequest,
  NotesAnchoredRequest,
] as const;
/** Notes messages a UI page sends. */
export const NotesFromUi = [
  NotesListRequest,
  NotesUpdateRequest,
  NotesDeleteRequest,
  NotesImportRequest,
] as const;

/** Every notes message the background accepts. */
export const NotesRequest = z.discriminatedUnion('type', [...NotesFromContent, ...NotesFromUi]);
/** @see NotesRequest */
export type NotesRequest = z.infer<typeof NotesRequest>;

const Failure = z.object({ ok: z.literal(false), error: z.string() });

/** Reply to `notes-add` and `notes-update`: the note as stored; `duplicate` when it was noted before. */
export const NoteReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), note: Note, duplicate: z.boolean() }),
  Failure,
]);
/** @see NoteReply */
export type NoteReply = z.infer<typeof NoteReply>;

/** Reply to `notes-page`, `notes-list`, `notes-delete` (the deleted notes) and `notes-anchored` (the changed ones). */
export const NotesReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), notes: noteList }),
  Failure,
]);
/** @see NotesReply */
export type NotesReply = z.infer<typeof NotesReply>;

/** Reply to `notes-import`: how many were added, and the ids of those already stored. */
export const NotesImportReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), added: z.int(), duplicates: z.array(z.string()) }),
  Failure,
]);
/** @see NotesImportReply */
export type NotesImportReply = z.infer<typeof NotesImportReply>;

/**
 * Messages the background or side panel sends to a tab's notes module: note the
 * current selection (the context menu "Note this figure"), or scroll to a note's figure.
 * Kept apart from `UiToContent` so the page-summary listener never sees them.
 */
export const NotesToContent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('note-selection'), text: z.optional(z.string()) }),
  z.object({ type: z.literal('note-focus'), id: z.string() }),
]);
/** @see NotesToContent */
export type NotesToContent = z.infer<typeof NotesToContent>;

/**
 * The background tells a tab that notes filed under its page changed elsewhere (deleted or
 * put back in the side panel, noted in another tab): `removed` ids, and the page's notes that
 * were `added` or changed. Sent only to tabs showing that page; no reply.
 */
export const PageNotesChanged = z.object({
  type: z.literal('page-notes-changed'),
  removed: z.array(z.string()),
  changed: noteList,
});
/** @see PageNotesChanged */
export type PageNotesChanged = z.infer<typeof PageNotesChanged>;

/**
 * The background tells the extension's pages (the side panel) how the ledger changed: the ids
 * `removed` and the notes added or `changed`, so a page patches its list instead of reading the
 * whole ledger again; no reply.
 */
export const LedgerChanged = z.object({
  type: z.literal('ledger-changed'),
  removed: z.array(z.string()),
  changed: noteList,
});
/** @see LedgerChanged */
export type LedgerChanged = z.infer<typeof LedgerChanged>;

/** Reply to `note-focus` and `note-selection`. */
export const NotesContentReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), id: z.optional(z.string()) }),
  Failure,
]);
/** @see NotesContentReply */
export type NotesContentReply = z.infer<typeof NotesContentReply>;
