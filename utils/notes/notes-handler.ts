import { extractClaims } from '../extract';
import type { Sender } from '../messaging/sender';
import type { ArticleMeta, ClaimMatch, PageClaim } from '../schema';
import { unmatchedMatch } from '../schema/match';
import type { Note, NoteReply, NotesImportReply, NotesReply, NotesRequest } from '../schema/notes';
import { manualClaim } from './note-draft';
import type { NoteStore } from './note-store';
import { pageKey } from './page-key';

/** Any reply to a notes message. */
export type NotesHandlerReply = NoteReply | NotesReply | NotesImportReply;

/**
 * Notes that changed, for the extension's pages and the tabs showing the notes' pages; `by`
 * is the tab that changed them, if any. `anchors` marks a change of re-anchoring states only,
 * which concerns the side panel but not the other tabs (they anchor for themselves).
 */
export interface NotesChange {
  removed: Note[];
  changed: Note[];
  by: number | null;
  anchors?: boolean;
}

/** What the notes handler needs besides the store. */
export interface NotesHandlerDeps {
  /** Matches claims as `match` does (a manual note's figure is matched like any other). */
  match(claims: PageClaim[], meta: ArticleMeta): Promise<ClaimMatch[]>;
  /** Called after each change that other tabs on the same page should see. */
  onChanged?(change: NotesChange): void;
}

/** Refuses a content script's request about another page than its own. */
function ownPage(from: Sender, url: string, what: string): void {
  if (from.kind === 'content' && pageKey(url) !== pageKey(from.pageUrl))
    throw new Error(`${what}: a page may only ask about its own notes`);
}

/**
 * Answers the notes messages (already validated, and allowed for their sender, by the
 * background handler) from the store. A content script is served only about its own page:
 * it notes figures of that page, reads that page's notes and reports their anchors. Errors
 * propagate: the background handler turns them into `{ok: false}`.
 */
export function createNotesHandler(store: NoteStore, deps: NotesHandlerDeps) {
  const tab = (from: Sender) => (from.kind === 'content' ? from.tabId : null);
  const added = (from: Sender, result: { note: Note; duplicate: boolean }) => {
    if (!result.duplicate) deps.onChanged?.({ removed: [], changed: [result.note], by: tab(from) });
    return { ok: true as const, ...result };
  };
  return async (msg: NotesRequest, from: Sender): Promise<NotesHandlerReply> => {
    switch (msg.type) {
      case 'notes-add':
        ownPage(from, msg.draft.page.url, msg.type);
        return added(from, await store.add(msg.draft));
      case 'notes-add-selection': {
        ownPage(from, msg.page.url, msg.type);
        // One trip: the selected words are parsed, matched and noted here.
        const claim = manualClaim(
          msg.text,
          msg.span,
          extractClaims(msg.text, { published: msg.article.published }),
        );
        const [match] = await deps.match([claim], msg.article);
        const draft = {
          claim,
          match: match ?? unmatchedMatch(claim.id),
          page: msg.page,
          quote: msg.quote,
          position: msg.position,
          ...(msg.bodyText ? { bodyText: msg.bodyText } : {}),
          manual: true,
        };
        return added(from, await store.add(draft));
      }
      case 'notes-page':
        ownPage(from, msg.url, msg.type);
        return { ok: true, notes: await store.forPage(msg.url) };
      case 'notes-anchored': {
        const notes = await store.reportAnchors(
          msg.results,
          from.kind === 'content' ? from.pageUrl : undefined,
        );
        if (notes.length) deps.onChanged?.({ removed: [], changed: notes, by: tab(from), anchors: true });
        return { ok: true, notes };
      }
      case 'notes-list':
        return { ok: true, notes: await store.list() };
      case 'notes-update': {
        const note = await store.update(msg.id, msg.patch);
        deps.onChanged?.({ removed: [], changed: [note], by: null });
        return { ok: true, note, duplicate: false };
      }
      case 'notes-delete': {
        const notes = await store.remove(msg.ids);
        if (notes.length) deps.onChanged?.({ removed: notes, changed: [], by: null });
        return { ok: true, notes };
      }
      case 'notes-import': {
        const result = await store.importNotes(msg.notes);
        if (result.added.length) deps.onChanged?.({ removed: [], changed: result.added, by: null });
        return { ok: true, added: result.added.length, duplicates: result.duplicates };
      }
    }
  };
}
