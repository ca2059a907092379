import type { TextPositionSelector, TextQuoteSelector } from '../schema/notes';

/** How many characters of context a quote keeps on each side (as hypothesis/client does). */
export const QUOTE_CONTEXT = 32;

/** The W3C selectors that find `text[start, end)` again: the quote with its context, and the position. */
export function describeSpan(
  text: string,
  start: number,
  end: number,
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
      suffix: text.slice(end, end + QUOTE_CONTEXT),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
