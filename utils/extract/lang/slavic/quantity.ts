/**
 * Russian and Ukrainian figures: a number with its range ("от 40 до 50", "1−3"), qualifier
 * ("около", "понад", "до N" as "up to" only where no change is told), unit (percent,
 * measures, currencies) and the checks that rule a number out (dates, years, ordinals, ages,
 * model names, durations, ratios).
 */
import type { Qualifier } from '../../../schema';
import { currencyOfSymbol } from '../../../units';
import { currencyBefore } from '../../quantity/currency';
import type { QuantityKind } from '../../quantity/types';
import type { Token } from '../../tokenize';
import * as tok from '../../tokenize';
import type { SlavicLexicon, UnitStem } from './lexicon';
import { RU } from '../ru';
import { UK } from '../uk';
import { readSlavicNumber, type SlavicNum } from './number';
import { isCap, keyOf, startsWithAny } from './words';

const { NUM, PUNCT, WORD } = tok;

/** A figure read from tokens, before its counted noun and speaker are known. */
export interface SlavicQuantity {
  i0: number;
  i1: number;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  vague: boolean;
  word: boolean;
  collective: boolean;
  kind: QuantityKind;
  unit: string | null;
  /** The unit as written ("кв. км", "процентов"). */
  unitText: string | null;
}

const DASHES = new Set(['-', '–', '—', '−']);

/** Does the unit `u` start at token j? Returns how many tokens it takes, or 0. */
function unitLength(tk: Token[], j: number, u: UnitStem): number {
  let k = j;
  for (let s = 0; s < u.stems.length; s++) {
    const t = tk[k];
    const stem = u.stems[s] as string;
    if (!t || (s > 0 && t.lineBefore)) return 0;
    if (t.kind === PUNCT) {
      if (t.text !== stem) return 0;
    } else {
      const w = keyOf(t);
      const exact = stem.endsWith('$') ? stem.slice(0, -1) : stem.length <= 2 ? stem : null;
      if (exact !== null ? w !== exact : !w.startsWith(stem)) return 0;
    }
    // a unit word starts after a space or glued to its number ("10км"), never inside a word
    k++;
  }
  // "кв.км.", "тыс. руб.": an abbreviation's own dot
  const last = tk[k - 1] as Token;
  // (at a sentence's end the dot is the sentence's: "пролетела 300 км. Затем…")
  const next = tk[k + 1];
  if (
    tk[k]?.text === '.' &&
    !tk[k]?.spaceBefore &&
    last.kind === WORD &&
    last.text.length <= 3 &&
    next !== undefined &&
    !next.lineBefore &&
    !(next.kind === WORD && isCap(next))
  )
    k++;
  return k - j;
}

/** The unit after a figure at token j (percent, a measure, a currency word or symbol), or null. */
export function unitAt(
  tk: Token[],
  j: number,
  lex: SlavicLexicon,
): { unit: string; kind: QuantityKind; length: number; written: string } | null {
  const t = tk[j];
  if (!t || t.lineBefore) return null;
  if (t.kind === PUNCT) {
    if (t.text === '%') return { unit: '%', kind: 'percent', length: 1, written: '%' };
    const sym = currencyOfSymbol(t.text);
    // "500 ₽", "1 200€": a symbol after the figure, unless it opens the next one
    if (sym && !(tk[j + 1]?.kind === NUM && t.spaceBefore))
      return { unit: sym, kind: 'money', length: 1, written: t.text };
    return null;
  }
  if (t.kind !== WORD) return null;
  const w = keyOf(t);
  for (const u of lex.units) {
    // most words are no unit: the first stem rules them out without reading further
    const first = u.stems[0] as string;
    if (first.length > 2 && !first.endsWith('$') ? !w.startsWith(first) : w !== first.replace(/\$$/, ''))
      continue;
    const n = unitLength(tk, j, u);
    if (n > 0) {
      const written = writtenOf(tk, j, j + n);
      return { unit: u.unit, kind: u.kind === 'money' ? 'money' : u.kind, length: n, written };
    }
  }
  return null;
}

/** Tokens [a, b) as written, with single spaces where the text had space. */
export function writtenOf(tk: Token[], a: number, b: number): string {
  let s = '';
  for (let k = a; k < b; k++) {
    const t = tk[k] as Token;
    s += k > a && t.spaceBefore ? ` ${t.text}` : t.text;
  }
  return s;
}

/** The qualifier written just before token i ("около", "не менее", "понад"), and where it starts. */
export function qualifierBefore(
  tk: Token[],
  i: number,
  floor: number,
  lex: SlavicLexicon,
): { q: Qualifier; at: number } | null {
  const before = tk[i - 1];
  if (i - 1 < floor || !before || before.kind !== WORD) return null;
  const last = keyOf(before);
  for (const [words, q] of lex.qualifiersBefore) {
    const at = i - words.length;
    if (at < floor || words[words.length - 1] !== last) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      const t = tk[at + k] as Token;
      if (t.kind !== WORD || keyOf(t) !== words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { q, at };
  }
  return null;
}

/** A qualifier written right after the figure at token j ("и более", "з гаком"), with its length. */
export function qualifierAfter(
  tk: Token[],
  j: number,
  lex: SlavicLexicon,
): { q: Qualifier; length: number } | null {
  const a = tk[j];
  if (a && a.text === '+' && !a.spaceBefore) return { q: '>', length: 1 };
  if (!a || a.kind !== WORD) return null;
  const first = keyOf(a);
  for (const [words, q] of lex.qualifiersAfter) {
    if (words[0] !== first) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      const t = tk[j + k];
      if (!t || t.kind !== WORD || keyOf(t) !== words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { q, length: words.length };
  }
  return null;
}

/** Is a change told before token i in its clause ("снизил … с 3,1% до", "зросла до")? */
function changeBefore(tk: Token[], i: number, floor: number, lex: SlavicLexicon): boolean {
  for (let k = i - 1; k >= floor && k >= i - 12; k--) {
    const t = tk[k] as Token;
    if (t.kind === PUNCT && (t.text === '.' || t.text === ';' || t.text === '!' || t.text === '?'))
      return false;
    if (t.kind === WORD) {
      const w = keyOf(t);
      if (startsWithAny(w, lex.changeStems)) return true;
      // "с 3,1% до 2,5%": a figure after "с"/"з" before this one
      if (lex.changeFrom.has(w) && tk[k + 1]?.kind === NUM) return true;
    }
  }
  return false;
}

/** Is `w` a month's name in this language or the other one ("марта", "березня")? */
function isMonth(w: string, lex: SlavicLexicon): boolean {
  return lex.months[w] !== undefined || RU.months[w] !== undefined || UK.months[w] !== undefined;
}

/** Is the number at n a date, year, time, ordinal, age, model name, label, list or phone number? */
function notAQuantity(
  tk: Token[],
  n: SlavicNum,
  end: number,
  unitFollows: boolean,
  lex: SlavicLexicon,
): boolean {
  if (n.dateLike) return true;
  const t = tk[n.i0] as Token;
  const prev = tk[n.i0 - 1];
  const next = tk[end];
  // a month in either language: a Russian entry may carry a Ukrainian date label, and back
  const monthAfter = next !== undefined && next.kind === WORD && isMonth(keyOf(next), lex);
  if (monthAfter) return true;
  if (n.word) return false;
  if (prev && !t.spaceBefore) {
    // "Су-34", "С-300", "Х-101", "Covid-19", "G7": glued to letters
    if (prev.kind === WORD) return true;
    if (
      (prev.text === '-' || prev.text === '/' || prev.text === '.' || prev.text === ':') &&
      tk[n.i0 - 2] &&
      !prev.spaceBefore
    ) {
      const pp = tk[n.i0 - 2] as Token;
      if (pp.kind === WORD || (pp.kind === NUM && prev.text !== '-')) return true;
    }
    if (prev.text === '№' || prev.text === '#') return true;
  }
  const after = tk[n.i1];
  if (after && !after.spaceBefore) {
    // "68-річний", "1-й", "2026-го", "5-ти": an ordinal or a compound adjective
    if (DASHES.has(after.text) && tk[n.i1 + 1]?.kind === WORD && !tk[n.i1 + 1]?.spaceBefore) return true;
    // "14:00"
    if (after.text === ':' && tk[n.i1 + 1]?.kind === NUM && !tk[n.i1 + 1]?.spaceBefore) return true;
    if (after.kind === WORD && !unitFollows) return true;
  }
  // a four-digit year, unless a unit or currency says it is an amount ("2024 км")
  if (!n.scaled && /^\d{4}$/.test(t.text) && n.value >= 1800 && n.value <= 2100 && !unitFollows) return true;
  // labels: "№ 5", "статья 12", "бригада 47"
  if (prev && (prev.text === '№' || (prev.kind === WORD && lex.labels.has(keyOf(prev))))) return true;
  if (
    prev &&
    prev.text === '.' &&
    tk[n.i0 - 2]?.kind === WORD &&
    lex.labels.has(keyOf(tk[n.i0 - 2] as Token))
  )
    return true;
  // list numbering at a line start: "1. …", "2) …"
  if (t.lineBefore && next && (next.text === '.' || next.text === ')') && !next.spaceBefore) return true;
  // phone numbers: three or more digit groups in a row
  if (next?.kind === NUM && next.spaceBefore && tk[end + 1]?.kind === NUM && tk[end + 1]?.spaceBefore)
    return true;
  return false;
}

/** A range after the number `n` at token j: "40–50", "1−3", "от 40 до 50", "двое или трое". */
function rangeAfter(
  text: string,
  tk: Token[],
  n: SlavicNum,
  j: number,
  limit: number,
  from: boolean,
  lex: SlavicLexicon,
): { low: number; high: number; end: number } | null {
  const sep = tk[j];
  if (!sep || n.vague) return null;
  const dash = DASHES.has(sep.text) && (sep.text !== '-' || !sep.spaceBefore || !tk[j + 1]?.spaceBefore);
  const w = sep.kind === WORD ? keyOf(sep) : '';
  const upTo = from && w === lex.upTo;
  const or = lex.rangeOr.has(w);
  if (!dash && !upTo && !or) return null;
  const m = readSlavicNumber(text, tk, j + 1, limit, lex);
  if (!m || m.vague || m.dateLike || m.word !== n.word) return null;
  let lo = n.value;
  const hi = m.value;
  // "1,5–2 млн": the second end's scale is the first's too
  if (m.scaled && !n.scaled && !n.word && m.value >= 1000) {
    const s = scaleOf(tk, m);
    if (s > 1) lo = Number((n.value * s).toPrecision(12));
  }
  return hi > lo ? { low: lo, high: hi, end: m.i1 } : null;
}

/** The scale a number took from its scale word. */
function scaleOf(tk: Token[], m: SlavicNum): number {
  const digits = tk[m.i0] as Token;
  const plain = Number(digits.text.replace(/[\s\u00a0]/g, '').replace(',', '.'));
  return plain > 0 ? Math.round(m.value / plain) : 1;
}

/**
 * Reads a whole figure at token i of the sentence [a, b): currency, number or range, unit,
 * qualifier. Returns null when token i starts none, or `skip` with the tokens to pass over
 * when it is a number that is no claim (a date, a year, a duration, a ratio).
 */
export function readSlavicQuantity(
  text: string,
  tk: Token[],
  i: number,
  a: number,
  b: number,
  lex: SlavicLexicon,
): SlavicQuantity | { skip: number } | null {
  const before = currencyBefore(tk, i);
  let currency: string | null = before?.currency ?? null;
  const numberAt = before?.numberAt ?? i;
  const n = readSlavicNumber(text, tk, numberAt, b, lex);
  if (!n) return null;
  if (n.dateLike) return { skip: n.i1 };
  let i0 = i;
  let j = n.i1;
  let low: number | null = null;
  let high: number | null = null;
  let value: number | null = n.value;
  const fromWord = tk[i0 - 1]?.kind === WORD ? keyOf(tk[i0 - 1] as Token) : '';
  const range = rangeAfter(text, tk, n, j, b, lex.rangeFrom.has(fromWord), lex);
  if (range) {
    low = range.low;
    high = range.high;
    value = null;
    j = range.end;
  }
  let kind: QuantityKind = 'count';
  let unit: string | null = null;
  let unitText: string | null = null;
  const u = unitAt(tk, j, lex);
  if (notAQuantity(tk, n, j, u !== null || currency !== null, lex)) return { skip: j };
  if (n.word && n.value === 0) return null;
  const w = tk[j]?.kind === WORD ? keyOf(tk[j] as Token) : '';
  // "за 3 тижні", "10 суток": durations are no claims here; "в три раза": a ratio
  if (!u && (lex.durations.has(w) || startsWithAny(w, lex.durationStems) || lex.ratioWords.has(w)))
    return { skip: j + 1 };
  if (u) {
    if (u.kind === 'money') currency = u.unit;
    else {
      kind = u.kind;
      unit = u.unit;
    }
    unitText = u.written;
    j += u.length;
  }
  if (currency) {
    kind = 'money';
    unit = currency;
    unitText ??= currency;
  }
  let qualifier: Qualifier = '=';
  // "более чем на 5%", "майже на 20%": the qualifier before the preposition
  const gap = fromWord === 'на' || fromWord === 'в' ? 1 : 0;
  const said = qualifierBefore(tk, i0 - gap, a, lex) ?? (gap ? qualifierBefore(tk, i0, a, lex) : null);
  if (said) qualifier = said.q;
  else if (fromWord === lex.upTo && low === null && !changeBefore(tk, i0 - 1, a, lex)) qualifier = '<=';
  else if (fromWord === 'на' && negatedEven(tk, i0 - 1, a)) qualifier = '<';
  const after = qualifierAfter(tk, j, lex);
  if (after && (qualifier === '=' || qualifier === '~')) {
    qualifier = after.q;
    j += after.length;
  }
  // "сотни": at least a hundred; "около сотни", "понад сотню": a round hundred, as qualified
  if (n.vague && !n.approx) qualifier = '>=';
  else if (n.approx && qualifier === '=') qualifier = '~';
  // "-5", "−3,2", "минус 4"
  const sign = tk[i0 - 1];
  if (
    sign &&
    !n.word &&
    (sign.text === '-' || sign.text === '−') &&
    !(tk[i0] as Token).spaceBefore &&
    (sign.spaceBefore || sign.lineBefore || i0 - 1 === a) &&
    tk[i0 - 2]?.kind !== NUM
  ) {
    i0--;
    if (value !== null) value = -value;
    if (low !== null && high !== null) [low, high] = [-high, -low];
  } else if (sign?.kind === WORD && (keyOf(sign) === 'минус' || keyOf(sign) === 'мінус')) {
    i0--;
    if (value !== null) value = -value;
  }
  return {
    i0,
    i1: j,
    value,
    low,
    high,
    qualifier,
    vague: n.vague,
    word: n.word,
    collective: n.collective,
    kind,
    unit,
    unitText,
  };
}

/** "не превысит и 2%", "не досягне навіть на": a negation before "и/і/даже на N" bounds it from above. */
function negatedEven(tk: Token[], na: number, floor: number): boolean {
  const even = tk[na - 1];
  if (!even || even.kind !== WORD) return false;
  const e = keyOf(even);
  if (e !== 'и' && e !== 'і' && e !== 'даже' && e !== 'навіть' && e !== 'й') return false;
  for (let k = na - 2; k >= floor && k >= na - 6; k--) {
    const t = tk[k] as Token;
    if (t.kind === PUNCT) return false;
    if (keyOf(t) === 'не') return true;
  }
  return false;
}
