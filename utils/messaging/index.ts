/** Typed, validated messages between content scripts, UI pages and the background. */
export {
  createBackgroundHandler,
  type MatcherLike,
  type BackgroundReply,
  type NotesHandlerLike,
} from './background-handler';
export { describeError } from './describe-error';
export {
  requestAnalysis,
  requestMatches,
  requestDatasetInfo,
  requestPageSummary,
  requestFocusClaim,
  requestPacksChanged,
} from './send';
export {
  requestAddNote,
  requestPageNotes,
  reportAnchors,
  requestNotes,
  requestUpdateNote,
  requestDeleteNotes,
  requestImportNotes,
  requestNoteSelection,
  requestNoteFocus,
} from './send';
