/** Stage "anchor": describe a figure with W3C selectors and find it again in a page that changed. */
export { describeSpan, QUOTE_CONTEXT } from './describe-span';
export { anchorQuote, type Anchored } from './anchor-quote';
export { offsetsOfRange } from './offsets-of-range';
export { bodySelectors, type BodySelectors } from './body-selectors';
