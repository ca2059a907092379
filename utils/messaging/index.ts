/** Typed, validated messages between content scripts, UI pages and the background. */
export {
  createBackgroundHandler,
  type MatcherLike,
  type BackgroundReply,
  type NotesHandlerLike,
  type BackgroundDeps,
} from './background-handler';
export { describeError } from './describe-error';
export { classifySender, type Sender, type SenderInfo } from './sender';
export { analyzeArticle, extractArticle, type AnalyzeLimits } from './analyze-article';
export { planReading, MAX_WORDS, CHUNK_WORDS, type ReadPlan } from './read-plan';
export {
  requestMatches,
  requestDatasetInfo,
  requestPageSummary,
  requestFocusClaim,
  requestPacksChanged,
  requestSiteSetting,
  requestDisplaySettings,
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
  requestAddSelectionNote,
  watchLedger,
} from './send';
