/** Stage "render": paint claims on the page by status, mark what only the reader may see, find the figure under a pointer. */
export { createStatusPainter, hasHighlightApi, type Painted, type StatusPainter } from './paint-highlights';
export { STATUS_STYLE, statusCss } from './status-style';
export { createPrivateMarks, type PrivateMarks } from './private-marks';
export { targetAtPoint, type HitTarget } from './hit-test';
