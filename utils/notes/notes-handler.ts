import type { NoteReply, NotesImportReply, NotesReply, NotesRequest } from '../schema/notes';
import type { NoteStore } from './note-store';

/** Any reply to a notes message. */
export type NotesHandlerReply = NoteReply | NotesReply | NotesImportReply;

/**
 * Answers the notes messages (already validated by the background handler) from
 * the store. Errors propagate: the background handler turns them into `{ok: false}`.
 */
export function createNotesHandler(store: NoteStore) {
  return async (msg: NotesRequest): Promise<NotesHandlerReply> => {
    switch (msg.type) {
      case 'notes-add':
        return { ok: true, ...(await store.add(msg.draft)) };
      case 'notes-page':
        return { ok: true, notes: await store.forPage(msg.url) };
      case 'notes-anchored':
        return { ok: true, notes: await store.reportAnchors(msg.results) };
      case 'notes-list':
        return { ok: true, notes: await store.list() };
      case 'notes-update':
        return { ok: true, note: await store.update(msg.id, msg.patch), duplicate: false };
      case 'notes-delete':
        return { ok: true, notes: await store.remove(msg.ids) };
      case 'notes-import':
        return { ok: true, ...(await store.importNotes(msg.notes)) };
    }
  };
}
