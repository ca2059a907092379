/** Typed, validated messages between content scripts, UI pages and the background. */
export {
  createBackgroundHandler,
  describeError,
  type MatcherLike,
  type BackgroundReply,
} from './background-handler';
export { requestMatches, requestDatasetInfo, requestPageSummary, requestFocusClaim } from './send';
