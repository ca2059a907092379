import type { Token } from './tokenize';
import * as tok from './tokenize';

// local bindings: hot loops read them without going through module accessors
const { NUM, PUNCT, WORD, tokenize } = tok;

/** Words that end with a period without ending the sentence (lower case, no period). */
const ABBREV = new Set(
  (
    'mr mrs ms dr prof gen col lt sgt capt cmdr adm maj gov sen rep rev st mt ft jr sr vs etc inc ltd co corp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec no nos vol fig figs approx est dept univ ave blvd rd p pp ' +
    'ca cf al op art sec ch para gen govt pres messrs mme mlle nr tel ext rs e.g i.e u.s u.k u.n e.u a.m p.m'
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
const OPENING = new Set(['"', '“', "'", '‘', '«']);

function isUpper(t: Token): boolean {
  const c = t.t.charCodeAt(0);
  return t.t !== t.l || (c >= 65 && c <= 90);
}

const BULLETS = new Set(['•', '⁃', '◦', '▪', '‣', '·']);

/** A list marker starts at token i ("1.)", "1)", "1.", "a."): returns its length in tokens, or 0. */
function listMarkerAt(tokens: Token[], i: number): number {
  const a = tokens[i];
  const b = tokens[i + 1];
  if (!a || !b || b.sp) return 0;
  const num = a.k === NUM && /^\d{1,3}$/.test(a.t);
  const letter = a.k === WORD && a.t.length === 1 && a.t === a.l;
  if (!num && !letter) return 0;
  let j = i + 1;
  if (b.t === '.' && tokens[j + 1]?.t === ')' && !tokens[j + 1]?.sp) j++;
  else if (b.t !== ')' && b.t !== '.') return 0;
  if (letter && b.t !== '.') return 0;
  const next = tokens[j + 1];
  if (!next || !next.sp || next.k !== WORD || !isUpper(next)) return 0;
  return j + 1 - i;
}

/** Counts the dots of a spaced ellipsis starting at token i (". . ."). */
function spacedDots(tokens: Token[], i: number): number {
  let n = 0;
  while (tokens[i + n]?.t === '.' && (n === 0 || (tokens[i + n] as Token).sp)) n++;
  return n;
}

/**
 * Token indices where sentences start (the first is always 0 when there are
 * tokens). Line breaks always end a sentence; ".", "!", "?" end one unless an
 * abbreviation, an initial, a list marker or a lower-case continuation says
 * otherwise. Very long runs are cut so that work per sentence stays bounded.
 */
export function sentenceStarts(tokens: Token[]): number[] {
  const starts: number[] = [];
  if (tokens.length === 0) return starts;
  starts.push(0);
  let last = 0;
  let inList = false;
  let markerEnd = -1;
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
      inList = false;
    }
    if (t.k === PUNCT && BULLETS.has(t.t) && (t.sp || t.nl || i === 0)) {
      push(i);
      const m = listMarkerAt(tokens, i + 1);
      if (m) markerEnd = i + m;
      continue;
    }
    // list markers: at a sentence start, or inside a list ("1.) The first item 2.) The second item")
    if (i === last || inList) {
      const m = (t.sp || i === last) && listMarkerAt(tokens, i);
      if (m) {
        if (i !== last && tokens[i - 1]?.k === WORD) push(i);
        if (i === last) inList = true;
        markerEnd = i + m - 1;
        i = markerEnd;
        continue;
      }
    }
    if (i <= markerEnd) continue;
    if (t.k !== PUNCT || (t.t !== '.' && t.t !== '!' && t.t !== '?' && t.t !== '…')) continue;
    if (t.t === '.') {
      const dots = spacedDots(tokens, i);
      if (dots >= 3 || (dots === 2 && t.sp)) {
        // ". . ." mid-sentence; "word. . . . Next": the period ends it; "period . . . . Next": the run does
        const after = tokens[i + dots];
        const upperAfter = after !== undefined && after.sp && after.k === WORD && isUpper(after);
        if (!t.sp && dots >= 4 && upperAfter) {
          push(i + 1);
          i += dots - 1;
          continue;
        }
        i += dots - 1;
        if (dots >= 4 && upperAfter && t.sp) push(i + 1);
        continue;
      }
    }
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
    i = j - 1;
    if (!next.sp || next.nl) continue;
    const startsUpper =
      (next.k === WORD && isUpper(next)) ||
      next.k === NUM ||
      (OPENING.has(next.t) && tokens[j + 1] !== undefined);
    if (!startsUpper) continue;
    const dot = tokens[j - 1] === t && t.t === '.';
    if (dot && !endsAfterDot(tokens, j - 1, next)) continue;
    push(j);
  }
  return starts;
}

/** Does the period at token d end its sentence, given the next token? */
function endsAfterDot(tokens: Token[], d: number, next: Token): boolean {
  const prev = tokens[d - 1];
  if (!prev) return true;
  const opener = next.k === WORD && OPENERS.has(next.l);
  if (prev.t === '°') return false;
  if (prev.k === NUM) return !(next.k === NUM);
  if (prev.k !== WORD) return true;
  const chain = tokens[d - 2]?.t === '.' && !prev.sp;
  if (prev.t.length === 1 && isUpper(prev)) {
    if (prev.t === 'I' && !chain) {
      const before = tokens[d - 2];
      return !before || !(before.k === WORD && isUpper(before));
    }
    return opener;
  }
  if (chain) return prev.t.length >= 2 || opener;
  if (ABBREV.has(prev.l)) return opener && /^(co|inc|ltd|corp|etc|jr|sr|al)$/.test(prev.l);
  return true;
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
