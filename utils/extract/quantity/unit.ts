/** Units after a figure: percentages, measures ("square kilometres", "MW"), durations, and hyphenated ones ("30-day"). */
import { UNITS, currencyName } from '../../units';
import * as lex from '../lexicon';

import type { Token } from '../tokenize';
import * as tok from '../tokenize';
import type { QuantityKind } from './types';

const { CURRENCY_WORDS, DURATIONS, MEASURES, MINOR_CURRENCY_WORDS, SMALL } = lex;
const { NUM, PUNCT, WORD } = tok;

/** A unit read after a figure. */
export interface UnitRead {
  kind: QuantityKind;
  unit: string;
  /** The unit as written, for the claim's concept. */
  written: string;
  /** Tokens it takes. */
  length: number;
}

/** First words of the units written in several words ("square", "sq", "barrels"). */
const MULTI_START = new Set(
  Object.keys(MEASURES)
    .filter((k) => k.indexOf(' ') > 0 || k.indexOf('/') > 0)
    .map((k) => k.split(/[ /]/)[0] as string),
);

/** A unit as the article writes it ("GW", "square kilometres"), for the claim's concept. */
function writtenUnit(tk: Token[], j: number, n: number): string {
  let s = '';
  for (let k = j; k < j + n; k++) {
    const t = tk[k] as Token;
    s += k > j && t.spaceBefore ? ` ${t.text}` : t.text;
  }
  return s;
}

/** The lower-case words of tokens [j, j + n) joined as MEASURES keys are ("sq km", "km/h"), or '' past the end. */
function unitKey(tk: Token[], j: number, n: number): string {
  let s = '';
  for (let k = j; k < j + n; k++) {
    const t = tk[k];
    if (!t) return '';
    if (k > j && t.spaceBefore) s += ' ';
    s += t.lower;
  }
  return s;
}

/** "%", "percent", "per cent", "percentage points", "basis points" at token j. */
export function percentAt(tk: Token[], j: number): UnitRead | null {
  const u = tk[j];
  if (!u) return null;
  if (u.text === '%') return { kind: 'percent', unit: '%', written: 'percent', length: 1 };
  if (u.kind !== WORD) return null;
  const next = tk[j + 1]?.lower;
  if (u.lower === 'percent' || u.lower === 'pct')
    return { kind: 'percent', unit: '%', written: 'percent', length: 1 };
  if (u.lower === 'per' && next === 'cent')
    return { kind: 'percent', unit: '%', written: 'per cent', length: 2 };
  const points = next === 'points' || next === 'point';
  if (u.lower === 'percentage' && points)
    return { kind: 'percent', unit: 'percentage points', written: 'percentage points', length: 2 };
  if (u.lower === 'basis' && points)
    return { kind: 'percent', unit: 'basis points', written: 'basis points', length: 2 };
  return null;
}

/**
 * A measure ("square kilometres", "MW") or, unless money, a duration ("days")
 * at token j; `numberAt`: the token where the figure's number starts, which
 * tells "12 ft 2 in" and "1 m x 1 m" apart from "in" and "m" as words.
 */
export function measureAt(tk: Token[], j: number, money: boolean, numberAt = -1): UnitRead | null {
  const u = tk[j] as Token;
  // "100 mb": megabits ("MB" is megabytes)
  if (u.text === 'mb' || u.text === 'Mb')
    return { kind: 'measure', unit: 'Mb', written: 'megabits', length: 1 };
  // "100t", "5kt": tonnes glued to the figure
  if (u.lower === 't' && !u.spaceBefore && !money)
    return { kind: 'measure', unit: 't', written: 'tonnes', length: 1 };
  if (numberAt >= 0 && !money) {
    const compound = compoundUnitAt(tk, j, numberAt);
    if (compound) return compound;
  }
  for (let len = MULTI_START.has(u.lower) ? 3 : 1; len >= 1; len--) {
    const key = len === 1 ? u.lower : unitKey(tk, j, len);
    const m = key ? MEASURES[key] : undefined;
    // "DM" is the Deutsche Mark; a decimetre is written "dm"
    if (m && !(key === 'm' && money) && !(key === 'dm' && u.text !== 'dm')) {
      // a symbol ("μg", "dm") is named in full for the claim's concept; words stay as written
      const written = len === 1 && key === m[1] && isSymbol(key) ? (UNITS.get(m[0])?.name ?? u.text) : null;
      return { kind: 'measure', unit: m[0], written: written ?? writtenUnit(tk, j, len), length: len };
    }
  }
  // "1.8m tall", "a 40 m long tunnel": "m" is metres only before a dimension ("2m people" is millions)
  if (u.lower === 'm' && !money && DIMENSION_WORDS.has(tk[j + 1]?.lower ?? ''))
    return { kind: 'measure', unit: 'm', written: u.text, length: 1 };
  const d = DURATIONS[u.lower];
  if (d && !money) return { kind: 'duration', unit: d, written: d, length: 1 };
  return null;
}

/** Feet written before a number: "12 ft", "5 feet", "6′". */
function feetBefore(tk: Token[], k: number): boolean {
  const w = tk[k - 1];
  if (!w || tk[k - 2]?.kind !== NUM) return false;
  return w.text === '′' || w.text === "'" || w.lower === 'ft' || w.lower === 'feet' || w.lower === 'foot';
}

/** Signs of a product of lengths ("1 m x 1 m"). */
const TIMES = new Set(['x', '×', 'by']);

/**
 * Units that are words only in company: inches after feet ("12 ft 2 in",
 * "5 feet 10 inches") and metres in a product ("1 m x 1 m").
 */
function compoundUnitAt(tk: Token[], j: number, numberAt: number): UnitRead | null {
  const u = tk[j] as Token;
  if ((u.lower === 'in' || u.lower === 'inches' || u.lower === 'inch') && feetBefore(tk, numberAt))
    return { kind: 'measure', unit: 'in', written: 'inches', length: 1 };
  if (u.lower === 'm' && (TIMES.has(tk[j + 1]?.lower ?? '') || TIMES.has(tk[numberAt - 1]?.lower ?? '')))
    return { kind: 'measure', unit: 'm', written: 'metres', length: 1 };
  return null;
}

/** Closing brackets by opening one, for a unit written in brackets ("20 (kg)"). */
const CLOSING: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };

/**
 * A unit written as a symbol or sign at token j: degrees ("100°", "5°C",
 * "100° Celsius"), inches and feet ("10″", "6′", '10 " long'), or a unit in
 * brackets ("20 (kg)").
 */
export function signUnitAt(tk: Token[], j: number): UnitRead | null {
  const u = tk[j];
  if (!u || u.kind !== PUNCT || u.lineBefore) return null;
  const next = tk[j + 1];
  if (u.text === '°') {
    const scale = next && next.kind === WORD ? MEASURES[`°${next.lower}`] : undefined;
    if (scale && (!next?.spaceBefore || next.lower.length > 1))
      return { kind: 'measure', unit: scale[0], written: UNITS.get(scale[0])?.name ?? scale[1], length: 2 };
    return { kind: 'measure', unit: 'deg', written: 'degrees', length: 1 };
  }
  if (u.text === '″' || (u.text === '"' && u.spaceBefore && DIMENSION_WORDS.has(next?.lower ?? '')))
    return { kind: 'measure', unit: 'in', written: 'inches', length: 1 };
  if (u.text === '′' && !u.spaceBefore) return { kind: 'measure', unit: 'ft', written: 'feet', length: 1 };
  const close = CLOSING[u.text];
  if (close && next?.kind === WORD && !next.spaceBefore && tk[j + 2]?.text === close) {
    const m = MEASURES[next.lower];
    if (m && next.text.length > 1)
      return { kind: 'measure', unit: m[0], written: writtenUnit(tk, j + 1, 1), length: 3 };
  }
  return null;
}

/** Symbols named in full in a claim's concept: the less familiar ones (not "km", "kg", "MW", which read as names). */
const SPELLED_SYMBOLS = new Set([
  'μg',
  'µg',
  'mcg',
  'dm',
  'rad',
  'gramme',
  'grammes',
  'microgramme',
  'microgrammes',
  'milligramme',
  'milligrammes',
  'kilogramme',
  'kilogrammes',
]);

/** Is this unit key a symbol to spell out ("μg" → "micrograms")? */
function isSymbol(key: string): boolean {
  return SPELLED_SYMBOLS.has(key);
}

/** Adjectives of size after a length ("tall", "long", "deep"). */
const DIMENSION_WORDS = new Set([
  'tall',
  'long',
  'high',
  'wide',
  'deep',
  'thick',
  'away',
  'across',
  'underground',
]);

/**
 * A unit joined by a hyphen at token j ("30-day truce", "200-km front"): the
 * unit, `'none'` when the hyphen joins something else that lets the figure
 * stand ("20-plus", "twenty-one"), or null when the figure is part of a name
 * or an age ("three-year-old", "F-16"-like compounds).
 */
export function hyphenUnitAt(tk: Token[], j: number, word: boolean): UnitRead | 'none' | null {
  const w = tk[j + 1] as Token;
  if (w.lower === 'year' && tk[j + 2]?.text === '-' && tk[j + 3]?.lower === 'old') return null;
  const d = DURATIONS[w.lower];
  if (d) return { kind: 'duration', unit: d, written: d, length: 2 };
  const m = MEASURES[w.lower];
  if (m) return { kind: 'measure', unit: m[0], written: w.text, length: 2 };
  // "a 12-cent dividend", "a one-yen bid", "a 10-dollar bill"
  const minor = MINOR_CURRENCY_WORDS[w.lower];
  if (minor) return { kind: 'money', unit: minor, written: currencyName(minor) ?? w.text, length: 2 };
  const money = CURRENCY_WORDS[w.lower];
  if (money && w.lower !== 'won' && w.lower !== 'rand')
    return { kind: 'money', unit: money, written: w.text, length: 2 };
  if (w.lower === 'plus') return 'none';
  return !word || SMALL[w.lower] === undefined ? null : 'none';
}

/** Does a unit (or "per", a currency word) follow at token j? Such a four-digit figure is not a year ("2024 km"). */
export function isUnitAt(tk: Token[], j: number): boolean {
  const u = tk[j];
  if (!u) return false;
  if (u.text === '%') return true;
  return (
    u.kind === WORD &&
    (u.lower === 'percent' ||
      u.lower === 'per' ||
      MEASURES[u.lower] !== undefined ||
      CURRENCY_WORDS[u.lower] !== undefined)
  );
}
