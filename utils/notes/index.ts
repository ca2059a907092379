/**
 * Stage "note": the noted-claims ledger. The content script imports the draft
 * builders file by file (`note-draft`, `page-key`) so it never loads storage code.
 */
export { createNoteStore, type NoteStore, type NoteStoreDeps, type NoteStoreOptions } from './note-store';
export { NOTES_DB, LEGACY_MOVED, moveLegacyLedger, openNotesDb, type LegacyLedger } from './note-db';
export { storageLocalLedger } from './legacy-ledger';
export {
  createNotesHandler,
  type NotesHandlerReply,
  type NotesChange,
  type NotesHandlerDeps,
} from './notes-handler';
export { notifyPages } from './notify-pages';
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
  applyLedgerChange,
  NO_FILTER,
  type NoteFilter,
  type TopicGroup,
} from './filter-notes';
export { setupNoteMenu, NOTE_MENU_ID } from './note-menu';
