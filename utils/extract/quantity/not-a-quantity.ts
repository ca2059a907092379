/** What looks like a number but is not a quantity: dates, years, times, ordinals, model names, phone numbers, labels. */
import { currencyOfSymbol, isCurrencyCode } from '../../units';
import * as lex from '../lexicon';

import { looksPlural } from '../noun';
import type { Token } from '../tokenize';
import * as tok from '../tokenize';
import type { Num } from './number';

const {
  CURRENCY_ABBREVIATIONS,
  CURRENCY_WORDS,
  DURATIONS,
  LABELS,
  MEASURES,
  MINOR_CURRENCY_WORDS,
  MONTHS,
  NOT_LABEL,
  SCALE,
} = lex;
const { NUM, PUNCT, WORD, isCapitalised } = tok;

const isMonth = (t: Token | undefined): boolean =>
  t !== undefined &&
  t.kind === WORD &&
  MONTHS[t.lower] !== undefined &&
  (t.lower !== 'may' || t.text === 'May') &&
  (t.lower !== 'mar' || t.text === 'Mar');

/** A four-digit year between 1800 and 2100 ("2024"). */
export function isYearLike(tk: Token[], n: Num): boolean {
  const t = tk[n.i0] as Token;
  if (n.word || n.scaled || t.text.length !== 4 || t.text.indexOf('.') >= 0) return false;
  return n.value >= 1800 && n.value <= 2100;
}

/**
 * Is the number at n a date, year, time, ordinal, model name, phone number,
 * list number or label — anything but a quantity? (`currencyBefore`: a
 * currency read before it may be glued to it, as "USD10m".)
 */
export function notAQuantity(
  tk: Token[],
  n: Num,
  end: number,
  yearOk: boolean,
  currencyBefore = false,
  sentStart = 0,
): boolean {
  const t = tk[n.i0] as Token;
  const prev = tk[n.i0 - 1];
  const next = tk[end];
  if (!n.word) {
    // glued to letters or a hyphenated name: "G7", "Su-34", "S-300", "Covid-19", "9M723"
    if (prev && !t.spaceBefore) {
      if (prev.kind === WORD && !currencyBefore) return true;
      if (
        (prev.text === '-' ||
          prev.text === '/' ||
          prev.text === '.' ||
          prev.text === '#' ||
          prev.text === ':') &&
        tk[n.i0 - 2]
      ) {
        const pp = tk[n.i0 - 2] as Token;
        if (!prev.spaceBefore && (pp.kind === WORD || pp.kind === NUM) && prev.text !== '-') return true;
        if (prev.text === '-' && !prev.spaceBefore && pp.kind === WORD) return true;
        if (prev.text === '#') return true;
        if (prev.text === '-' && !prev.spaceBefore && pp.kind === NUM) return true;
      }
      if (prev.text === '+') return true;
    }
    const after = tk[n.i1];
    if (after && !after.spaceBefore) {
      if (after.kind === WORD) {
        const a = after.lower;
        if (/^(st|nd|rd|th|s|am|pm|gmt|utc)$/.test(a)) return true;
        // "5G", "4G": a network's generation (grams are written "g")
        if (after.text === 'G') return true;
        // a code of digits and letters: "24703m212", "24703L202"
        const code = tk[n.i1 + 1];
        if (code && code.kind === NUM && !code.spaceBefore && !MEASURES[a + code.text]) return true;
        if (
          !MEASURES[a] &&
          !DURATIONS[a] &&
          !SCALE[a] &&
          CURRENCY_WORDS[a] === undefined &&
          currencyOfSymbol(after.text) === null &&
          a !== 'k' &&
          a !== 'b' &&
          a !== 'm' &&
          a !== 't' &&
          !/^(x|mm|cm|ft|kt|mph|kph|kmh)$/.test(a) &&
          !(after.text.length === 3 && after.text === after.text.toUpperCase() && isCurrencyCode(after.text))
        )
          return true;
      }
      if (after.text === ':' && tk[n.i1 + 1]?.kind === NUM && !tk[n.i1 + 1]?.spaceBefore) return true;
      if (
        (after.text === '/' || after.text === '.') &&
        tk[n.i1 + 1]?.kind === NUM &&
        !tk[n.i1 + 1]?.spaceBefore
      )
        return true;
      if (
        after.text === '-' &&
        tk[n.i1 + 1]?.kind === NUM &&
        tk[n.i1 + 2]?.text === '-' &&
        tk[n.i1 + 3]?.kind === NUM
      )
        return true;
      if (after.text === '-' && tk[n.i1 + 1]?.kind === WORD && !tk[n.i1 + 1]?.spaceBefore) {
        const w = tk[n.i1 + 1] as Token;
        if (w.text.length <= 2 && isCapitalised(w)) return true;
      }
    }
    if (
      after &&
      after.kind === WORD &&
      after.spaceBefore &&
      /^(a\.?m|p\.?m|am|pm|gmt|utc|cet|est|o'clock)$/.test(after.lower)
    )
      return true;
    if (
      after &&
      after.kind === WORD &&
      (after.lower === 'a' || after.lower === 'p') &&
      tk[n.i1 + 1]?.text === '.' &&
      tk[n.i1 + 2]?.lower === 'm'
    )
      return true;
    // list numbering at a line start: "1. Foo", "2) Bar"; "(3)"
    if (t.lineBefore && next && (next.text === '.' || next.text === ')') && !next.spaceBefore) return true;
    // numbering inside a sentence: "it 1) explains … and 2) predicts", with no bracket opened before
    if (next?.text === ')' && n.value < 30 && Number.isInteger(n.value) && !bracketOpen(tk, sentStart, n.i0))
      return true;
    // a unit glued to a code: "24703 L-202"
    if (
      after &&
      after.kind === WORD &&
      tk[n.i1 + 1]?.text === '-' &&
      !tk[n.i1 + 1]?.spaceBefore &&
      tk[n.i1 + 2]?.kind === NUM &&
      !tk[n.i1 + 2]?.spaceBefore &&
      MEASURES[after.lower] !== undefined
    )
      return true;
    if (
      prev &&
      prev.text === '(' &&
      !t.spaceBefore &&
      next &&
      next.text === ')' &&
      !next.spaceBefore &&
      tk[end + 1]?.kind === WORD &&
      (n.i0 < 2 || (tk[n.i0 - 2] as Token).kind === PUNCT || prev.lineBefore)
    ) {
      // "(2) the second item": a list number at the start of a clause
      if (n.value < 30) return true;
    }
    // phone numbers and codes: three or more digit groups in a row ("+380 44 123 4567")
    if (digitRun(tk, n.i0) >= 3) return true;
    // phone numbers: three or more groups of digits
    if (
      next &&
      (next.text === '-' || next.text === ' ') &&
      tk[end + 1]?.kind === NUM &&
      tk[end + 2]?.text === '-' &&
      tk[end + 3]?.kind === NUM
    )
      return true;
    if (
      prev &&
      prev.text === ')' &&
      tk[n.i0 - 2]?.kind === NUM &&
      tk[n.i0 - 3]?.text === '(' &&
      next?.text === '-'
    )
      return true;
    if (!yearOk && isYearLike(tk, n)) return true;
  }
  // a rate's denominator: "64 cents a dozen", "$5 a hundred"
  if (
    n.word &&
    t.lower === 'a' &&
    prev !== undefined &&
    (CURRENCY_WORDS[prev.lower] !== undefined || MINOR_CURRENCY_WORDS[prev.lower] !== undefined)
  )
    return true;
  // dates: "March 19", "19 March", "Oct. 7" (a day or year is bare digits: "37,305.97 February" is no date)
  const bare = n.word || /^\d{1,4}$/.test(t.text);
  if (bare && (isMonth(prev) || (prev?.text === '.' && isMonth(tk[n.i0 - 2])))) return true;
  if (bare && isMonth(next)) return true;
  if (bare && next?.lower === 'of' && isMonth(tk[end + 1])) return true;
  // "on 1 may", "on may 19": the month in lower case after "on" and a day
  const day = !n.word && n.value >= 1 && n.value <= 31;
  if (day && bare && next?.lower === 'may' && prev?.lower === 'on') return true;
  if (day && bare && prev?.lower === 'may' && tk[n.i0 - 2]?.lower === 'on') return true;
  // labels: "day 1,119", "No. 5", "page 12"
  if (prev && prev.kind === WORD && LABELS.has(prev.lower) && !n.word) return true;
  if (prev && prev.text === '.' && tk[n.i0 - 2]?.lower === 'no') return true;
  // names and labels: "Image 1", "Tweet 96", "Channel 4", "Apollo 11"
  if (
    !n.word &&
    !currencyBefore &&
    prev &&
    isCapitalised(prev) &&
    t.spaceBefore &&
    t.text.length <= 4 &&
    /^\d+$/.test(t.text) &&
    !NOT_LABEL.has(prev.lower) &&
    prev.text !== 'Rs' &&
    CURRENCY_WORDS[prev.lower] === undefined &&
    CURRENCY_ABBREVIATIONS[prev.text] === undefined &&
    !isCurrencyCode(prev.text) &&
    MONTHS[prev.lower] === undefined &&
    !(next && next.kind === WORD && ((!isCapitalised(next) && looksPlural(next)) || end > n.i1))
  )
    return true;
  // "1 of 12": a position in a series
  if (!n.word && prev?.lower === 'of' && tk[n.i0 - 2]?.kind === NUM && !next) return true;
  if (!n.word && prev?.lower === 'of' && tk[n.i0 - 2]?.kind === NUM && next?.kind !== WORD) return true;
  return false;
}

/** Is a bracket opened between token `from` and token `to` and not closed before it? */
function bracketOpen(tk: Token[], from: number, to: number): boolean {
  let depth = 0;
  for (let k = Math.max(from, to - 60); k < to; k++) {
    const t = (tk[k] as Token).text;
    if (t === '(') depth++;
    else if (t === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/** How many digit groups separated only by spaces surround token i ("44 123 4567" → 3). */
function digitRun(tk: Token[], i: number): number {
  let a = i;
  while (
    a > 0 &&
    a > i - 3 &&
    (tk[a - 1] as Token).kind === NUM &&
    (tk[a] as Token).spaceBefore &&
    !(tk[a] as Token).lineBefore
  )
    a--;
  if (a > 0 && (tk[a - 1] as Token).text === '+' && !(tk[a] as Token).spaceBefore) return 3;
  let b = i;
  while (
    b < i + 3 &&
    (tk[b + 1] as Token | undefined)?.kind === NUM &&
    (tk[b + 1] as Token).spaceBefore &&
    !(tk[b + 1] as Token).lineBefore
  )
    b++;
  return b - a + 1;
}
