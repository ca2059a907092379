/**
 * Quotations in Russian and Ukrainian typography: «…» (with „…“ nested inside), „…“, “…”
 * and straight "…". A quotation closes at its mark or at the end of its paragraph; a short
 * one with no sentence in it is a name («Укрэнерго»), not speech.
 */
import type { Token } from '../../tokenize';
import * as tok from '../../tokenize';

const { PUNCT, WORD } = tok;

/** A quotation: token indices of its marks (or of its first and last token when unclosed). */
export interface SlavicQuote {
  open: number;
  close: number;
  /** It ran to the end of its paragraph without a closing mark. */
  unclosed: boolean;
  /** Who speaks it, once known. */
  speaker: string | null;
}

/** The closing marks each opening mark takes. */
const CLOSERS: Record<string, string> = { '«': '»', '„': '“”', '“': '”', '"': '"' };

/** Does a straight '"' at token i open (after a space, a line start or "(", ":", "—", and before a word)? */
function straightOpens(tk: Token[], i: number): boolean {
  const t = tk[i] as Token;
  const next = tk[i + 1];
  if (!next || next.spaceBefore || next.lineBefore) return false;
  const prev = tk[i - 1];
  return (
    t.spaceBefore ||
    t.lineBefore ||
    i === 0 ||
    (prev !== undefined && prev.kind === PUNCT && prev.text !== '"')
  );
}

/** How many words a quotation must hold to be speech rather than a name. */
const SPEECH_WORDS = 5;

/**
 * Finds the quotations of a text in one pass and, per token, the index of the quotation of
 * speech it is in (-1: none). Names in quotation marks are skipped.
 */
export function findSlavicQuotes(tk: Token[]): { quotes: SlavicQuote[]; quoteOf: Int32Array } {
  const n = tk.length;
  const quoteOf = new Int32Array(n).fill(-1);
  const quotes: SlavicQuote[] = [];
  let open = -1;
  let closers = '';
  let depth = 0;
  const finish = (close: number, unclosed: boolean) => {
    let words = 0;
    for (let k = open + 1; k < close; k++) if ((tk[k] as Token).kind === WORD) words++;
    if (words >= SPEECH_WORDS) {
      for (let k = open; k <= close; k++) quoteOf[k] = quotes.length;
      quotes.push({ open, close, unclosed, speaker: null });
    }
    open = -1;
    depth = 0;
  };
  for (let i = 0; i < n; i++) {
    const t = tk[i] as Token;
    if (t.lineBefore && open >= 0) finish(i - 1, true);
    if (t.kind !== PUNCT) continue;
    const mark = t.text;
    if (open < 0) {
      const c = CLOSERS[mark];
      if (c !== undefined && (mark !== '"' || straightOpens(tk, i))) {
        open = i;
        closers = c;
      }
      continue;
    }
    // «… „…“ …»: a nested pair inside the outer one
    if (mark === (tk[open] as Token).text && mark !== '"') depth++;
    else if (closers.includes(mark)) {
      if (depth > 0) depth--;
      else finish(i, false);
    }
  }
  if (open >= 0) finish(n - 1, true);
  return { quotes, quoteOf };
}
