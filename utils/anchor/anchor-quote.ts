import search from 'approx-string-match';
import type { TextPositionSelector, TextQuoteSelector } from '../schema/notes';

/** Where a quote was found again: `exact` = the same text, `fuzzy` = the text with small changes. */
export interface Anchored {
  start: number;
  end: number;
  how: 'exact' | 'fuzzy';
}

/** Most exact occurrences weighed before giving up on context (a figure like "5" can be everywhere). */
const MAX_CANDIDATES = 2000;
/** Context characters that must still agree to trust a repeated or short exact quote. */
const MIN_CONTEXT = 8;
/** An exact quote this long that occurs once is trusted even when its context changed. */
const UNIQUE_ENOUGH = 8;

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Levenshtein distance, two rows (quotes are short). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      cur.push(Math.min(sub, prev[j]! + 1, cur[j - 1]! + 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** How many context characters around `text[start, end)` still agree with the quote's. */
function contextAgreement(text: string, start: number, end: number, quote: TextQuoteSelector): number {
  const before = text.slice(Math.max(0, start - quote.prefix.length), start);
  const after = text.slice(end, end + quote.suffix.length);
  return commonSuffix(before, quote.prefix) + commonPrefix(after, quote.suffix);
}

function exactMatch(text: string, quote: TextQuoteSelector, position: TextPositionSelector): Anchored | null {
  const { exact } = quote;
  if (text.slice(position.start, position.end) === exact) {
    return { start: position.start, end: position.end, how: 'exact' };
  }
  const found: { start: number; context: number }[] = [];
  for (let i = text.indexOf(exact); i >= 0 && found.length < MAX_CANDIDATES; i = text.indexOf(exact, i + 1)) {
    found.push({ start: i, context: contextAgreement(text, i, i + exact.length, quote) });
  }
  if (found.length === 0) return null;
  found.sort(
    (a, b) =>
      b.context - a.context || Math.abs(a.start - position.start) - Math.abs(b.start - position.start),
  );
  const best = found[0]!;
  const available = quote.prefix.length + quote.suffix.length;
  const trusted =
    available === 0 ||
    best.context >= Math.min(MIN_CONTEXT, available) ||
    (found.length === 1 && exact.length >= UNIQUE_ENOUGH);
  return trusted ? { start: best.start, end: best.start + exact.length, how: 'exact' } : null;
}

/** The best approximate match of `pattern` in `text`: fewest errors, then nearest to `near`. */
function bestApprox(text: string, pattern: string, maxErrors: number, near: number) {
  const matches = search(text, pattern, maxErrors);
  matches.sort((a, b) => a.errors - b.errors || Math.abs(a.start - near) - Math.abs(b.start - near));
  return matches[0] ?? null;
}

/** Trims the whitespace a fuzzy boundary may have picked up. */
function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Widens a fuzzy span to whole words: the closest approximate match of "98 of them"
 * in "98 of those" is "98 of tho", and a reader means the word.
 */
function wholeWords(text: string, start: number, end: number): { start: number; end: number } {
  const span = trimmed(text, start, end);
  while (span.start > 0 && WORD.test(text[span.start - 1]!) && WORD.test(text[span.start]!)) span.start--;
  while (span.end < text.length && WORD.test(text[span.end]!) && WORD.test(text[span.end - 1]!)) span.end++;
  return span;
}

function fuzzyMatch(text: string, quote: TextQuoteSelector, position: TextPositionSelector): Anchored | null {
  const { prefix, exact, suffix } = quote;
  const whole = prefix + exact + suffix;
  const window = bestApprox(
    text,
    whole,
    Math.max(1, Math.floor(whole.length / 4)),
    position.start - prefix.length,
  );
  if (!window) return null;
  const allowed = Math.max(2, Math.floor(exact.length * 0.4));
  // The quote itself inside the window, where the context says it should be…
  const inside = text.slice(window.start, window.end);
  const quoted = bestApprox(inside, exact, Math.floor(exact.length * 0.4), prefix.length);
  if (quoted) {
    const span = wholeWords(text, window.start + quoted.start, window.start + quoted.end);
    if (span.end > span.start) return { ...span, how: 'fuzzy' };
  }
  // …else what lies between the context before and the context after it.
  let start = window.start;
  let end = window.end;
  if (prefix) {
    const p = bestApprox(inside, prefix, Math.floor(prefix.length / 4), 0);
    if (p) start = window.start + p.end;
  }
  if (suffix) {
    const rest = text.slice(start, window.end);
    const s = bestApprox(rest, suffix, Math.floor(suffix.length / 4), rest.length - suffix.length);
    if (s) end = start + s.start;
  }
  const span = trimmed(text, start, end);
  if (span.end <= span.start) return null;
  const distance = editDistance(exact, text.slice(span.start, span.end));
  return distance <= allowed ? { ...span, how: 'fuzzy' } : null;
}

/**
 * Finds a noted figure again in `text` (the article text as read now): exact
 * first (at its old position, else the occurrence whose context agrees best),
 * then fuzzy (the quote with its context, allowing a quarter of it to differ).
 * Null when the text is gone: the note is then orphaned, never dropped.
 */
export function anchorQuote(
  text: string,
  quote: TextQuoteSelector,
  position: TextPositionSelector,
): Anchored | null {
  return exactMatch(text, quote, position) ?? fuzzyMatch(text, quote, position);
}
