/** Quotations: where each opens and closes, per block. */
import * as lex from '../lexicon';

import type { Token } from '../tokenize';
import * as tok from '../tokenize';

const { QUOTE_CLOSERS, QUOTE_OPENERS } = lex;
const { PUNCT } = tok;

/** A quotation: token indices of its opening and closing marks, and who speaks it once known. */
export interface Quote {
  open: number;
  close: number;
  speaker: string | null;
  /** Closed by the end of its paragraph, not by a mark: a quotation that runs on into the next paragraph. */
  unclosed: boolean;
}

/** The quotations of a text and, per token, the index of the quotation it is in (-1: none). */
export interface Quotes {
  quotes: Quote[];
  quoteOf: Int32Array;
}

/** Is this token a quotation mark ('"', '“', '”', '«', '»')? */
export function isQuoteMark(t: Token): boolean {
  return t.text === '"' || QUOTE_OPENERS.has(t.text) || QUOTE_CLOSERS.has(t.text);
}

/** Is this token a mark that closes a quotation ('”', '»', '"', "'", '’')? */
export function isClosingMark(t: Token): boolean {
  return t.text === '"' || t.text === "'" || t.text === '’' || QUOTE_CLOSERS.has(t.text);
}

/**
 * Finds the quotations of a text in one pass. A quotation never runs past its
 * block (a line break closes it); 'single quotes' count only when they close
 * within the paragraph ("the '90s" does not open one).
 */
export function findQuotes(tk: Token[]): Quotes {
  const n = tk.length;
  const quoteOf = new Int32Array(n).fill(-1);
  const quotes: Quote[] = [];
  let open = -1;
  let single = false;
  /** A straight-quoted quotation holding a curly-quoted one ("He read: “…” and went on."): how deep. */
  let nested = 0;
  for (let i = 0; i < n; i++) {
    const t = tk[i] as Token;
    if (t.lineBefore && open >= 0) {
      quotes.push({ open, close: i - 1, speaker: null, unclosed: true });
      open = -1;
    }
    if (
      open >= 0 &&
      !single &&
      (tk[open] as Token).text === '"' &&
      (t.text === '“' || (nested > 0 && t.text === '”'))
    ) {
      nested += t.text === '“' ? 1 : -1;
      quoteOf[i] = quotes.length;
      continue;
    }
    if (open < 0) nested = 0;
    if (t.kind !== PUNCT) {
      if (open >= 0) quoteOf[i] = quotes.length;
      continue;
    }
    // two apostrophes written as a double quotation mark ("''27 companies''")
    const doubled =
      (t.text === "'" || t.text === '’') && tk[i + 1]?.text === t.text && !tk[i + 1]?.spaceBefore;
    const mark = doubled ? '"' : t.text;
    if (open < 0 && (QUOTE_OPENERS.has(mark) || (mark === '"' && !isQuoteCloseLike(tk, i)))) {
      open = i;
      single = false;
      quoteOf[i] = quotes.length;
    } else if (open < 0 && !doubled && singleOpens(tk, i)) {
      open = i;
      single = true;
      quoteOf[i] = quotes.length;
    } else if (open >= 0 && (single ? singleCloses(tk, i) : QUOTE_CLOSERS.has(mark) || mark === '"')) {
      quoteOf[i] = quotes.length;
      if (doubled) quoteOf[++i] = quotes.length;
      quotes.push({ open, close: i, speaker: null, unclosed: false });
      open = -1;
      continue;
    } else if (open >= 0) quoteOf[i] = quotes.length;
    if (doubled && open >= 0) quoteOf[++i] = quotes.length;
  }
  if (open >= 0) quotes.push({ open, close: n - 1, speaker: null, unclosed: true });
  return { quotes, quoteOf };
}

/** A single quotation mark that closes: glued to what it closes, and followed by a space or punctuation. */
function singleCloses(tk: Token[], i: number): boolean {
  const t = tk[i] as Token;
  if ((t.text !== "'" && t.text !== '’') || t.spaceBefore) return false;
  const nx = tk[i + 1];
  return !nx || nx.spaceBefore || nx.lineBefore || nx.kind === PUNCT;
}

/** A single quotation mark that opens a quotation closed later in the same paragraph. */
function singleOpens(tk: Token[], i: number): boolean {
  const t = tk[i] as Token;
  if (t.text !== "'" && t.text !== '‘') return false;
  const nx = tk[i + 1];
  if (
    !nx ||
    nx.spaceBefore ||
    nx.kind === PUNCT ||
    !(t.spaceBefore || t.lineBefore || i === 0 || (tk[i - 1] as Token).text === '(')
  )
    return false;
  for (let k = i + 2; k < tk.length && k < i + 300; k++) {
    const u = tk[k] as Token;
    if (u.lineBefore) return false;
    if (singleCloses(tk, k)) return true;
  }
  return false;
}

/** A straight double quote that follows a word or punctuation without a space closes rather than opens. */
function isQuoteCloseLike(tk: Token[], i: number): boolean {
  const t = tk[i] as Token;
  return !t.spaceBefore && i > 0 && !(tk[i - 1] as Token).lineBefore && (tk[i - 1] as Token).kind !== PUNCT;
}
