/** Stage "render": paint claims on the page by status and find the one under a pointer. */
export {
  paintHighlights,
  highlightName,
  hasHighlightApi,
  type Painted,
  type PaintHandle,
} from './paint-highlights';
export { targetAtPoint, type HitTarget } from './hit-test';
export { namedHighlight, adoptStyles, type NamedHighlight } from './named-highlight';
