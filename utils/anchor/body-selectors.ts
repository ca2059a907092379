import type { TextPositionSelector, TextQuoteSelector } from '../schema/notes';
import { QUOTE_CONTEXT } from './describe-span';

/** The W3C selectors of a span in the text content of a page's `<body>`. */
export interface BodySelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** The longest quote a selector holds (the schema's limit). */
const MAX_EXACT = 2000;

/**
 * The W3C selectors of `range` counted in the text content of its document's `<body>` (every
 * text node's data, in document order, white space as it is): what annotation tools such as
 * Hypothesis resolve against `document.body`. Null when the range is not inside the body or
 * is longer than a quote may be.
 */
export function bodySelectors(range: Range): BodySelectors | null {
  const body = range.startContainer.ownerDocument?.body;
  const exact = range.toString();
  if (!body?.contains(range.commonAncestorContainer) || !exact || exact.length > MAX_EXACT) return null;
  const around = range.cloneRange();
  around.setStart(body, 0);
  const before = around.toString().slice(0, -exact.length);
  const start = before.length;
  const prefix = before.slice(-QUOTE_CONTEXT);
  around.setStart(range.endContainer, range.endOffset);
  around.setEnd(body, body.childNodes.length);
  return {
    quote: { type: 'TextQuoteSelector', exact, prefix, suffix: around.toString().slice(0, QUOTE_CONTEXT) },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
  };
}
