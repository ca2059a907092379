import type { Token } from './tokenize';
import * as tok from './tokenize';

// local bindings: hot loops read them without going through module accessors
const { NUM, PUNCT, WORD, tokenize } = tok;

/** Words that end with a period without ending the sentence (lower case, no period). */
const ABBREV = new Set(
  (
    'mr mrs ms dr prof gen col lt sgt capt cmdr adm maj gov sen rep rev st mt ft jr sr vs etc inc ltd co corp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec no nos vol fig figs approx est dept univ ave blvd rd p pp ' +
    'ca cf al op art sec ch para gen govt pres messrs mme mlle nr tel ext e.g i.e u.s u.k u.n e.u a.m p.m'
  ).split(' '),
);

/** Words that usually open a sentence: after an abbreviation they still start a new one. */
const OPENERS = new Set(
  'the he she it they we i you but and this that these those there his her its their how what why when where who a an in on at if as after'.split(
    ' ',
  ),
);

/** A "sentence" longer than this many tokens is cut, so that work per sentence stays bounded. */
const MAX_TOKENS = 400;

const CLOSERS = new Set(['"', '”', "'", '’', ')', ']', '»']);
const OPENING = new Set(['"', '“', "'", '‘', '(', '[', '«']);

function isUpper(t: Token): boolean {
  const c = t.t.charCodeAt(0);
  return t.t !== t.l || (c >= 65 && c <= 90);
}

/** A list marker starts at token i: "1.)", "1)", "1.", "a." followed by a capital, after a space. */
function listMarkerAt(tokens: Token[], i: number): number {
  const a = tokens[i];
  const b = tokens[i + 1];
  if (!a || !b || !a.sp || b.sp) return 0;
  if (!((a.k === NUM && a.t.length <= 3 && /^\d+$/.test(a.t)) || (a.k === WORD && a.t.length === 1)))
    return 0;
  let j = i + 1;
  if (b.t === '.' && tokens[j + 1]?.t === ')' && !tokens[j + 1]?.sp) j++;
  else if (b.t !== ')' && b.t !== '.') return 0;
  const next = tokens[j + 1];
  if (!next || !next.sp || next.k !== WORD || !isUpper(next)) return 0;
  if (a.k === WORD && b.t !== '.') return 0;
  return j + 1 - i;
}

/**
 * Token indices where sentences start (the first is always 0 when there are
 * tokens). Line breaks always end a sentence; ".", "!", "?" end one unless an
 * abbreviation, an initial or a lower-case continuation says otherwise.
 */
export function sentenceStarts(tokens: Token[]): number[] {
  const starts: number[] = [];
  if (tokens.length === 0) return starts;
  starts.push(0);
  let last = 0;
  const push = (i: number) => {
    if (i > last && i < tokens.length) {
      starts.push(i);
      last = i;
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.nl || i - last >= MAX_TOKENS) {
      push(i);
      continue;
    }
    if (t.sp && i > last + 1 && (t.t === '•' || t.t === '⁃')) {
      push(i);
      continue;
    }
    if (
      t.sp &&
      i > last &&
      listMarkerAt(tokens, i) &&
      (tokens[i - 1]?.k === WORD || tokens[i - 1]?.t === '.')
    ) {
      const prev = tokens[i - 1] as Token;
      if (prev.k === WORD || prev.t === '.') {
        if (i > last + 2 && !(prev.k === WORD && /^(p|pp|no|nos|vol|n°|at|to|page|chapter)$/.test(prev.l)))
          push(i);
      }
    }
    if (t.k !== PUNCT || (t.t !== '.' && t.t !== '!' && t.t !== '?' && t.t !== '…')) continue;
    // run of terminal punctuation and closers
    let j = i + 1;
    while (j < tokens.length) {
      const u = tokens[j] as Token;
      if (u.sp || u.nl) break;
      if (u.t === '.' || u.t === '!' || u.t === '?' || u.t === '…' || CLOSERS.has(u.t)) j++;
      else break;
    }
    const next = tokens[j];
    if (!next) break;
    if (!next.sp || next.nl) {
      i = j - 1;
      continue;
    }
    // spaced ellipsis ". . ." continues
    if (next.t === '.' || next.t === '…') {
      i = j - 1;
      continue;
    }
    const startsUpper =
      (next.k === WORD && isUpper(next)) ||
      next.k === NUM ||
      (OPENING.has(next.t) && tokens[j + 1] !== undefined) ||
      next.t === '•';
    if (!startsUpper) {
      i = j - 1;
      continue;
    }
    if (t.t === '.' && j === i + 1) {
      const prev = tokens[i - 1];
      if (prev && prev.k === WORD && !prev.sp === false && prev.t.length === 1 && isUpper(prev)) {
        // an initial ("E. Smith", "U.S.") or a lone capital ("you and I.")
        const chain = tokens[i - 2]?.t === '.' && !prev.sp;
        const opener = next.k === WORD && OPENERS.has(next.l);
        const pronounI = prev.t === 'I' && !chain;
        if (!opener && !pronounI) {
          i = j - 1;
          continue;
        }
        if (chain && !opener) {
          i = j - 1;
          continue;
        }
      } else if (prev && prev.k === WORD && (ABBREV.has(prev.l) || (tokens[i - 2]?.t === '.' && !prev.sp))) {
        const opener =
          next.k === WORD && OPENERS.has(next.l) && /^(co|inc|ltd|corp|etc|u\.s|s|a|u)$/.test(prev.l);
        if (!opener && !(prev.l === 'co' && next.k === WORD && next.l !== 'at')) {
          i = j - 1;
          continue;
        }
      } else if (prev && prev.k === NUM && next.k === NUM) {
        i = j - 1;
        continue;
      }
    }
    // "Yahoo! in" is handled by startsUpper; a "?" or "!" before a lower-case word continues
    push(j);
    i = j - 1;
  }
  return starts;
}

/** A sentence's offsets in the text. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** Splits text into sentences (offsets into `text`), the same way claim extraction does. */
export function splitSentences(text: string): SentenceSpan[] {
  const tokens = tokenize(text);
  const starts = sentenceStarts(tokens);
  const out: SentenceSpan[] = [];
  for (let k = 0; k < starts.length; k++) {
    const a = tokens[starts[k] as number] as Token;
    const lastTok = tokens[(k + 1 < starts.length ? (starts[k + 1] as number) : tokens.length) - 1] as Token;
    out.push({ start: a.s, end: lastTok.e });
  }
  return out;
}
