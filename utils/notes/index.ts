/**
 * Stage "note": the noted-claims ledger. The content script imports the draft
 * builders file by file (`note-draft`, `page-key`) so it never loads storage code.
 */
export { createNoteStore, type NoteStore, type NotesItemLike, type NoteStoreDeps } from './note-store';
export { createNotesHandler, type NotesHandlerReply } from './notes-handler';
export { defineNotesItem } from './notes-item';
export { NOTES_MIGRATIONS, NOTES_VERSION } from './migrations';
export { noteDraft, manualClaim, trimSelection, MAX_MANUAL_LENGTH } from './note-draft';
export { pageKey } from './page-key';
export { figureKey } from './figure-key';
export {
  filterNotes,
  facetsOf,
  groupByTopic,
  noteDate,
  outletOf,
  speakerOf,
  NO_FILTER,
  type NoteFilter,
  type TopicGroup,
} from './filter-notes';
export { setupNoteMenu, NOTE_MENU_ID } from './note-menu';
