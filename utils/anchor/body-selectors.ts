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
  const doc = range.startContainer.ownerDocument;
  const body = doc?.body;
  if (!doc || !body || !body.contains(range.startContainer) || !body.contains(range.endContainer))
    return null;
  const exact = range.toString();
  if (!exact || exact.length > MAX_EXACT) return null;
  const before = doc.createRange();
  before.setStart(body, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const after = doc.createRange();
  after.setStart(range.endContainer, range.endOffset);
  after.setEnd(body, body.childNodes.length);
  const prefix = before.toString();
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact,
      prefix: prefix.slice(-QUOTE_CONTEXT),
      suffix: after.toString().slice(0, QUOTE_CONTEXT),
    },
    position: { type: 'TextPositionSelector', start: prefix.length, end: prefix.length + exact.length },
  };
}
