import * as lex from './lexicon';
import type { Token } from './tokenize';
import * as tok from './tokenize';

// local bindings: hot loops read them without going through module accessors
const { NUM, PUNCT, WORD, isCapitalised, tokenize } = tok;
const { ABBREVIATIONS, FINAL_ABBREVIATIONS, SENTENCE_OPENERS } = lex;

/** A "sentence" longer than this many tokens is cut, so that work per sentence stays bounded. */
const MAX_TOKENS = 400;

const CLOSERS = new Set(['"', '”', "'", '’', ')', ']', '»']);
const OPENING = new Set(['"', '“', "'", '‘', '«']);

const BULLETS = new Set(['•', '⁃', '◦', '▪', '‣', '·']);

/** A list marker starts at token i ("1.)", "1)", "1.", "a."): returns its length in tokens, or 0. */
function listMarkerAt(tokens: Token[], i: number): number {
  const a = tokens[i];
  const b = tokens[i + 1];
  if (!a || !b || b.spaceBefore) return 0;
  const num = a.kind === NUM && /^\d{1,3}$/.test(a.text);
  const letter = a.kind === WORD && a.text.length === 1 && a.text === a.lower;
  if (!num && !letter) return 0;
  let j = i + 1;
  if (b.text === '.' && tokens[j + 1]?.text === ')' && !tokens[j + 1]?.spaceBefore) j++;
  else if (b.text !== ')' && b.text !== '.') return 0;
  if (letter && b.text !== '.') return 0;
  const next = tokens[j + 1];
  if (!next || !next.spaceBefore || next.kind !== WORD || !isCapitalised(next)) return 0;
  return j + 1 - i;
}

/** Counts the dots of a spaced ellipsis starting at token i (". . ."). */
function spacedDots(tokens: Token[], i: number): number {
  let n = 0;
  while (tokens[i + n]?.text === '.' && (n === 0 || (tokens[i + n] as Token).spaceBefore)) n++;
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
    if (t.lineBefore || i - last >= MAX_TOKENS) {
      push(i);
      inList = false;
    }
    if (t.kind === PUNCT && BULLETS.has(t.text) && (t.spaceBefore || t.lineBefore || i === 0)) {
      push(i);
      const m = listMarkerAt(tokens, i + 1);
      if (m) markerEnd = i + m;
      continue;
    }
    // list markers: at a sentence start, or inside a list ("1.) The first item 2.) The second item")
    if (i === last || inList) {
      const m = (t.spaceBefore || i === last) && listMarkerAt(tokens, i);
      if (m) {
        if (i !== last && tokens[i - 1]?.kind === WORD) push(i);
        if (i === last) inList = true;
        markerEnd = i + m - 1;
        i = markerEnd;
        continue;
      }
    }
    if (i <= markerEnd) continue;
    if (t.kind !== PUNCT || (t.text !== '.' && t.text !== '!' && t.text !== '?' && t.text !== '…')) continue;
    if (t.text === '.') {
      const dots = spacedDots(tokens, i);
      if (dots >= 3 || (dots === 2 && t.spaceBefore)) {
        // ". . ." mid-sentence; "word. . . . Next": the period ends it; "period . . . . Next": the run does
        const after = tokens[i + dots];
        const upperAfter =
          after !== undefined && after.spaceBefore && after.kind === WORD && isCapitalised(after);
        if (!t.spaceBefore && dots >= 4 && upperAfter) {
          push(i + 1);
          i += dots - 1;
          continue;
        }
        i += dots - 1;
        if (dots >= 4 && upperAfter && t.spaceBefore) push(i + 1);
        continue;
      }
    }
    // run of terminal punctuation and closers
    let j = i + 1;
    while (j < tokens.length) {
      const u = tokens[j] as Token;
      if (u.spaceBefore || u.lineBefore) break;
      if (u.text === '.' || u.text === '!' || u.text === '?' || u.text === '…' || CLOSERS.has(u.text)) j++;
      else break;
    }
    const next = tokens[j];
    if (!next) break;
    i = j - 1;
    if (!next.spaceBefore || next.lineBefore) continue;
    const startsUpper =
      (next.kind === WORD && isCapitalised(next)) ||
      next.kind === NUM ||
      (OPENING.has(next.text) && tokens[j + 1] !== undefined);
    if (!startsUpper) continue;
    const dot = tokens[j - 1] === t && t.text === '.';
    if (dot && !endsAfterDot(tokens, j - 1, next)) continue;
    push(j);
  }
  return starts;
}

/** Does the period at token d end its sentence, given the next token? */
function endsAfterDot(tokens: Token[], d: number, next: Token): boolean {
  const prev = tokens[d - 1];
  if (!prev) return true;
  const opener = next.kind === WORD && SENTENCE_OPENERS.has(next.lower);
  if (prev.text === '°') return false;
  if (prev.kind === NUM) return !(next.kind === NUM);
  if (prev.kind !== WORD) return true;
  const chain = tokens[d - 2]?.text === '.' && !prev.spaceBefore;
  if (prev.text.length === 1 && isCapitalised(prev)) {
    if (prev.text === 'I' && !chain) {
      const before = tokens[d - 2];
      return !before || !(before.kind === WORD && isCapitalised(before));
    }
    return opener;
  }
  if (chain) return prev.text.length >= 2 || opener;
  if (ABBREVIATIONS.has(prev.lower)) return opener && FINAL_ABBREVIATIONS.has(prev.lower);
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
    out.push({ start: a.start, end: lastTok.end });
  }
  return out;
}
