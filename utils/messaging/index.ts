/** Typed, validated messages between content scripts, UI pages and the background. */
export { createBackgroundHandler, type MatcherLike, type BackgroundReply } from './background-handler';
export { describeError } from './describe-error';
export { requestMatches, requestDatasetInfo, requestPageSummary, requestFocusClaim } from './send';
