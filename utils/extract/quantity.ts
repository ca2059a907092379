import type { Qualifier } from '../schema';
import * as lex from './lexicon';

import { looksPlural } from './noun';
import type { Token } from './tokenize';
import * as tok from './tokenize';

// local bindings: hot loops read them without going through module accessors
const {
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DURATIONS,
  LABELS,
  MEASURES,
  MONTHS,
  QUAL_BEFORE,
  SCALE,
  SMALL,
  VAGUE,
} = lex;
const { NUM, PUNCT, WORD, isCapitalised } = tok;

/** What kind of figure a quantity is. */
export type QuantityKind = 'count' | 'measure' | 'money' | 'percent' | 'duration';

/** A figure read from tokens, before its counted noun and speaker are known. */
export interface Quantity {
  /** First token of the figure (currency symbol or number). */
  i0: number;
  /** Token after the figure and its unit. */
  i1: number;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  vague: boolean;
  /** The first number was written in words ("seven"). */
  word: boolean;
  kind: QuantityKind;
  unit: string | null;
  /** For measures, money, percentages, durations: the unit as written. */
  unitText: string | null;
}

/** A word table without a prototype: "constructor" in an article is not a number word. */
function nullProto<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/** Unicode vulgar fractions. */
const FRACTIONS: Record<string, number> = nullProto({
  '½': 0.5,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
  '¼': 0.25,
  '¾': 0.75,
  '⅕': 0.2,
  '⅛': 0.125,
});
/** "and a half", "and a quarter". */
const HALVES: Record<string, number> = nullProto({ half: 0.5, quarter: 0.25, third: 1 / 3 });
/** Fraction denominators ("two thirds", "one fifth"). */
const DENOMINATORS: Record<string, number> = nullProto({});
'half:2 halves:2 third:3 thirds:3 quarter:4 quarters:4 fourth:4 fourths:4 fifth:5 fifths:5 sixth:6 sixths:6 seventh:7 sevenths:7 eighth:8 eighths:8 ninth:9 ninths:9 tenth:10 tenths:10'
  .split(' ')
  .forEach((p) => {
    const [w, d] = p.split(':') as [string, string];
    DENOMINATORS[w] = Number(d);
  });
/** Scale letters glued to digits ("10M", "$2.4bn", "5k", "$1.2T"). */
const GLUED_SCALE: Record<string, number> = nullProto({
  k: 1e3,
  K: 1e3,
  M: 1e6,
  MM: 1e6,
  b: 1e9,
  B: 1e9,
  bn: 1e9,
  Bn: 1e9,
  T: 1e12,
  tn: 1e12,
});

/** The last words of the qualifiers, to rule most figures out at once. */
const QUAL_LAST = new Set(QUAL_BEFORE.map(([w]) => w[w.length - 1] as string));

/** Verbs whose particle looks like a qualifier ("handed over 22", "came under 5 attacks"). */
const PARTICLE_VERBS = new Set(
  'hand hands handed handing turn turns turned turning took take takes taken taking pass passes passed passing won win wins carried carry came come comes went go goes brought bring signed sign looked look fought watched presided'.split(
    ' ',
  ),
);

interface Num {
  value: number;
  i0: number;
  i1: number;
  word: boolean;
  vague: boolean;
  scaled: boolean;
}

function parseDigits(t: string): number | null {
  let plain = true;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c < 48 || c > 57) {
      plain = false;
      break;
    }
  }
  if (plain) return Number(t);
  if (t.length > 4 && /[\s\u00a0\u202f\u2009]/.test(t))
    return Number(t.replace(/[\s\u00a0\u202f\u2009]/g, ''));
  if (t.indexOf(',') >= 0) {
    const parts = t.split('.');
    if (parts.length > 2) return null;
    const groups = (parts[0] as string).split(',');
    for (let g = 1; g < groups.length; g++) if ((groups[g] as string).length !== 3) return null;
    if ((groups[0] as string).length > 3) return null;
    return Number(t.replace(/,/g, ''));
  }
  const dots = t.split('.').length - 1;
  if (dots > 1) return null;
  return Number(t);
}

/** The most tokens a number written in words may take ("seven hundred and twenty-two thousand …"). */
const MAX_NUMBER_WORDS = 16;

/**
 * Reads a number (digits or words) starting at token i and ending before
 * token `limit` (the sentence's end): a run of number words is read at most
 * MAX_NUMBER_WORDS tokens far, so that reading is bounded per start.
 */
export function readNumber(tk: Token[], i: number, limit: number = tk.length): Num | null {
  const t = tk[i];
  if (!t) return null;
  if (t.kind === NUM) {
    const v = parseDigits(t.text);
    if (v === null || !Number.isFinite(v)) return null;
    let j = i + 1;
    let value = v;
    let scaled = false;
    const fr = tk[j];
    if (fr && !fr.spaceBefore && FRACTIONS[fr.text] !== undefined) {
      value += FRACTIONS[fr.text] as number;
      j++;
    } else if (
      fr?.lower === 'and' &&
      tk[j + 1]?.lower === 'a' &&
      HALVES[tk[j + 2]?.lower ?? ''] !== undefined
    ) {
      value += HALVES[(tk[j + 2] as Token).lower] as number;
      j += 3;
    }
    const n = tk[j];
    if (n && n.kind === WORD) {
      const sc = SCALE[n.lower] ?? (n.spaceBefore ? undefined : GLUED_SCALE[n.text]);
      if (sc !== undefined && (sc !== 100 || Number.isInteger(v))) {
        value *= sc;
        scaled = true;
        j++;
        const n2 = tk[j];
        if (sc === 100 && n2 && n2.kind === WORD && SCALE[n2.lower] && SCALE[n2.lower] !== 100) {
          value *= SCALE[n2.lower] as number;
          j++;
        }
      } else if (n.lower === 'dozen' || n.lower === 'dozens') {
        value *= 12;
        j++;
      }
    }
    return { value, i0: i, i1: j, word: false, vague: false, scaled };
  }
  if (t.kind === PUNCT && FRACTIONS[t.text] !== undefined) {
    return { value: FRACTIONS[t.text] as number, i0: i, i1: i + 1, word: false, vague: false, scaled: false };
  }
  if (t.kind !== WORD) return null;
  const l = t.lower;
  // vague: "dozens", "hundreds of", "tens of thousands"
  if (VAGUE[l] !== undefined) {
    const of = tk[i + 1];
    if (of && of.lower === 'of') {
      const inner = tk[i + 2];
      if (inner && VAGUE[inner.lower] !== undefined && inner.lower !== 'dozens') {
        return {
          value: (VAGUE[l] as number) * (VAGUE[inner.lower] as number),
          i0: i,
          i1: tk[i + 3]?.lower === 'of' ? i + 4 : i + 3,
          word: true,
          vague: true,
          scaled: true,
        };
      }
      return { value: VAGUE[l] as number, i0: i, i1: i + 2, word: true, vague: true, scaled: false };
    }
    return null;
  }
  if (l === 'tens' && tk[i + 1]?.lower === 'of' && VAGUE[tk[i + 2]?.lower ?? ''] !== undefined) {
    return {
      value: 10 * (VAGUE[(tk[i + 2] as Token).lower] as number),
      i0: i,
      i1: tk[i + 3]?.lower === 'of' ? i + 4 : i + 3,
      word: true,
      vague: true,
      scaled: true,
    };
  }
  let j = i;
  let total = 0;
  let cur = 0;
  let any = false;
  if ((l === 'a' || l === 'an') && tk[i + 1]) {
    const s = (tk[i + 1] as Token).lower;
    const den = DENOMINATORS[s];
    if (den !== undefined && den > 2 && tk[i + 2]?.lower === 'of' && s !== 'second') {
      return { value: 1 / den, i0: i, i1: i + 2, word: true, vague: false, scaled: false };
    }
    if (s === 'dozen' || s === 'hundred' || s === 'thousand' || s === 'million' || s === 'billion') {
      cur = 1;
      j = i + 1;
      any = true;
    } else return null;
  }
  if (l === 'half' && tk[i + 1]?.lower === 'a') {
    const s2 = tk[i + 2]?.lower ?? '';
    const sc = s2 === 'dozen' ? 12 : SCALE[s2];
    if (sc !== undefined && sc >= 12)
      return { value: sc / 2, i0: i, i1: i + 3, word: true, vague: false, scaled: true };
    return null;
  }
  let lastSmall = -1;
  const stop = Math.min(limit, i + MAX_NUMBER_WORDS);
  while (j < stop) {
    const w = tk[j] as Token;
    if (w.kind !== WORD) {
      if (w.text === '-' && !w.spaceBefore && lastSmall >= 20 && lastSmall % 10 === 0) {
        const nx = tk[j + 1];
        if (nx && !nx.spaceBefore && SMALL[nx.lower] !== undefined && (SMALL[nx.lower] as number) < 10) {
          j++;
          continue;
        }
      }
      break;
    }
    if (
      w.lower === 'and' &&
      any &&
      tk[j + 1]?.lower === 'a' &&
      HALVES[tk[j + 2]?.lower ?? ''] !== undefined
    ) {
      cur += HALVES[(tk[j + 2] as Token).lower] as number;
      j += 3;
      lastSmall = -1;
      continue;
    }
    const den = any && lastSmall > 0 && lastSmall < 20 ? DENOMINATORS[w.lower] : undefined;
    if (
      den !== undefined &&
      lastSmall > 1 === w.lower.endsWith('s') &&
      !(lastSmall === 1 && w.lower === 'second')
    ) {
      // "two thirds", "one fifth", "three quarters"
      cur = cur - lastSmall + lastSmall / den;
      j++;
      break;
    }
    const sv = SMALL[w.lower];
    if (sv !== undefined) {
      if (lastSmall >= 0 && !(lastSmall >= 20 && lastSmall % 10 === 0 && sv < 10)) break;
      cur += sv;
      lastSmall = sv;
      any = true;
      j++;
      continue;
    }
    if (!any) break;
    if (w.lower === 'dozen' || w.lower === 'dozens') {
      cur = (cur || 1) * 12;
      lastSmall = -1;
      j++;
      continue;
    }
    if (w.lower === 'hundred') {
      cur = (cur || 1) * 100;
      lastSmall = -1;
      j++;
      if (tk[j]?.lower === 'and' && SMALL[tk[j + 1]?.lower ?? ''] !== undefined) j++;
      continue;
    }
    const sc = SCALE[w.lower];
    if (sc !== undefined && sc >= 1000) {
      total += (cur || 1) * sc;
      cur = 0;
      lastSmall = -1;
      j++;
      if (tk[j]?.lower === 'and' && SMALL[tk[j + 1]?.lower ?? ''] !== undefined) j++;
      continue;
    }
    break;
  }
  if (!any || j === i) return null;
  return { value: total + cur, i0: i, i1: j, word: true, vague: false, scaled: total > 0 };
}

const isMonth = (t: Token | undefined): boolean =>
  t !== undefined &&
  t.kind === WORD &&
  MONTHS[t.lower] !== undefined &&
  (t.lower !== 'may' || t.text === 'May') &&
  (t.lower !== 'mar' || t.text === 'Mar');

function isYearLike(tk: Token[], n: Num): boolean {
  const t = tk[n.i0] as Token;
  if (n.word || n.scaled || t.text.length !== 4 || t.text.indexOf('.') >= 0) return false;
  return n.value >= 1800 && n.value <= 2100;
}

/**
 * Is the number at n a date, year, time, ordinal, model name, phone number,
 * list number or label — anything but a quantity?
 */
function notAQuantity(tk: Token[], n: Num, end: number, yearOk: boolean): boolean {
  const t = tk[n.i0] as Token;
  const prev = tk[n.i0 - 1];
  const next = tk[end];
  if (!n.word) {
    // glued to letters or a hyphenated name: "G7", "Su-34", "S-300", "Covid-19", "9M723"
    if (prev && !t.spaceBefore) {
      if (prev.kind === WORD) return true;
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
        if (
          !MEASURES[a] &&
          !DURATIONS[a] &&
          !SCALE[a] &&
          a !== 'k' &&
          a !== 'b' &&
          a !== 'm' &&
          !/^(x|mm|cm|ft|kt|mph|kph|kmh)$/.test(a)
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
  // dates: "March 19", "19 March", "Oct. 7"
  if (isMonth(prev) || (prev?.text === '.' && isMonth(tk[n.i0 - 2]))) return true;
  if (isMonth(next)) return true;
  if (next?.lower === 'of' && isMonth(tk[end + 1])) return true;
  // labels: "day 1,119", "No. 5", "page 12"
  if (prev && prev.kind === WORD && LABELS.has(prev.lower) && !n.word) return true;
  if (prev && prev.text === '.' && tk[n.i0 - 2]?.lower === 'no') return true;
  // names and labels: "Image 1", "Tweet 96", "Channel 4", "Apollo 11"
  if (
    !n.word &&
    prev &&
    isCapitalised(prev) &&
    t.spaceBefore &&
    t.text.length <= 4 &&
    /^\d+$/.test(t.text) &&
    !NOT_LABEL.has(prev.lower) &&
    prev.text !== 'Rs' &&
    CURRENCY_WORDS[prev.lower] === undefined &&
    MONTHS[prev.lower] === undefined &&
    !(next && next.kind === WORD && ((!isCapitalised(next) && looksPlural(next)) || end > n.i1))
  )
    return true;
  // "1 of 12": a position in a series
  if (!n.word && prev?.lower === 'of' && tk[n.i0 - 2]?.kind === NUM && !next) return true;
  if (!n.word && prev?.lower === 'of' && tk[n.i0 - 2]?.kind === NUM && next?.kind !== WORD) return true;
  return false;
}

/** Capitalised words that may stand before a figure without naming it ("About 40", "Over 200"). */
const NOT_LABEL = new Set(
  'about around over some nearly almost roughly approximately only just more fewer less under up at as between from to and or but by with of in on for the than another all total exactly estimated'.split(
    ' ',
  ),
);

/** Reads the qualifier written just before token i; returns it and the first token of its words. */
export function qualifierBefore(tk: Token[], i: number, floor: number): { q: Qualifier; at: number } | null {
  const prev = tk[i - 1];
  if (!prev || prev.kind !== WORD || !QUAL_LAST.has(prev.lower)) return null;
  for (const [words, q] of QUAL_BEFORE) {
    const at = i - words.length;
    if (at < floor) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      if ((tk[at + k] as Token).lower !== words[k]) {
        ok = false;
        break;
      }
    }
    if (ok && words.length === 1 && (q === '>' || q === '<') && PARTICLE_VERBS.has(tk[at - 1]?.lower ?? ''))
      continue;
    if (ok) return { q, at };
  }
  return null;
}

/** A qualifier written after the figure ("or more", "or so", "at most" later in the clause). */
function qualifierAfter(tk: Token[], j: number, limit: number): Qualifier | null {
  const a = tk[j];
  const b = tk[j + 1];
  if (a && !a.spaceBefore && (a.text === '+' || a.lower === 'plus')) return '>';
  if (a && a.text === '-' && b && b.lower === 'plus' && !b.spaceBefore) return '>';
  if (a?.lower === 'or' && b) {
    if (b.lower === 'more' || b.lower === 'above' || b.lower === 'over') return '>=';
    if (b.lower === 'fewer' || b.lower === 'less' || b.lower === 'under') return '<=';
    if (b.lower === 'so') return '~';
  }
  if (a?.lower === 'and' && (b?.lower === 'above' || b?.lower === 'over')) return '>=';
  for (let k = j; k < limit && k < j + 14; k++) {
    const t = tk[k] as Token;
    if (t.kind === PUNCT && t.text !== '(' && t.text !== ')' && t.text !== '-') break;
    if (t.kind === NUM && !(tk[k - 1]?.text === '(')) break;
    if (t.lower === 'at' && tk[k + 1]?.lower === 'most') return '<=';
    if (t.lower === 'at' && tk[k + 1]?.lower === 'least') return '>=';
  }
  return null;
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

const unitKey = (tk: Token[], j: number, n: number): string => {
  let s = '';
  for (let k = j; k < j + n; k++) {
    const t = tk[k];
    if (!t) return '';
    if (k > j && t.spaceBefore) s += ' ';
    s += t.lower;
  }
  return s;
};

/**
 * Reads a whole figure at token i: qualifier, currency, number or range,
 * scale, unit. Returns null when the token does not start a quantity.
 */
export function readQuantity(
  tk: Token[],
  i: number,
  sentStart: number,
  sentEnd: number,
  inner = false,
): Quantity | null {
  let i0 = i;
  let currency: string | null = null;
  const t = tk[i];
  if (!t) return null;
  if (t.kind === PUNCT) {
    const sym = CURRENCY_SYMBOLS[t.text];
    if (!sym || tk[i + 1]?.kind !== NUM || tk[i + 1]?.spaceBefore) return null;
    currency = sym;
    i++;
  } else if (
    t.kind === WORD &&
    tk[i + 1]?.kind === NUM &&
    tk[i + 1]?.spaceBefore &&
    CURRENCY_WORDS[t.lower] &&
    t.text === t.text.toUpperCase() &&
    t.text.length === 3
  ) {
    currency = CURRENCY_WORDS[t.lower] as string;
    i++;
  } else if (
    t.kind === WORD &&
    (t.text === 'Rs' || t.text === 'US') &&
    (tk[i + 1]?.kind === NUM || tk[i + 1]?.text === '.' || tk[i + 1]?.text === '$')
  ) {
    // "Rs 500 crore", "Rs. 1,250", "US$ 5m"
    let k = i + 1;
    if ((tk[k] as Token).text === '.' || (tk[k] as Token).text === '$') k++;
    if (tk[k]?.kind !== NUM || (t.text === 'US' && (tk[k - 1] as Token).text !== '$')) return null;
    currency = t.text === 'Rs' ? 'INR' : 'USD';
    i = k;
  }
  const n = readNumber(tk, i, sentEnd);
  if (!n) return null;
  if (!currency && tk[i - 1]?.text === '$' && !tk[i]?.spaceBefore) return null;
  let j = n.i1;
  let low: number | null = null;
  let high: number | null = null;
  let value: number | null = n.value;
  // ranges: "40 to 50", "40-50", "between 20 and 30", "two or three"
  const sep = tk[j];
  const fromBefore = tk[i0 - 1]?.lower === 'from';
  const between = tk[i0 - 1]?.lower === 'between';
  if (sep && !n.vague) {
    const dash =
      (sep.text === '-' || sep.text === '–' || sep.text === '—') &&
      (sep.text !== '-' || (!sep.spaceBefore && !tk[j + 1]?.spaceBefore));
    const word =
      (sep.lower === 'to' && !fromBefore) ||
      (sep.lower === 'and' && between) ||
      (sep.lower === 'or' && n.word);
    if (dash || word) {
      let k = j + 1;
      if (tk[k] && CURRENCY_SYMBOLS[(tk[k] as Token).text]) k++;
      const m = readNumber(tk, k, sentEnd);
      if (m && !m.vague && m.word === n.word) {
        let lo = n.value;
        const hi = m.value;
        if (m.scaled && !n.scaled && !n.word) {
          const scale = m.value / parseDigitsSafe(tk[m.i0] as Token);
          if (Number.isFinite(scale) && scale > 1) lo = n.value * scale;
        }
        if (hi > lo && !(dash && isYearLike(tk, n))) {
          low = lo;
          high = hi;
          value = null;
          j = m.i1;
        } else if (dash && !sep.spaceBefore && !n.word && hi <= lo && !currency) {
          // "3-1": a score or a ratio
          return null;
        }
      }
    }
  }
  // "one in four", "1 in 5": a share
  if (value !== null && low === null && tk[j]?.lower === 'in' && (n.value === 1 || !n.word)) {
    const m = readNumber(tk, j + 1, sentEnd);
    if (m && !m.vague && m.value > value && m.word === n.word && Number.isInteger(m.value)) {
      value = value / m.value;
      j = m.i1;
    }
  }
  // date-like ranges "18-19 March" and model names go out here
  if (notAQuantity(tk, n, j, currency !== null || isUnitAt(tk, j))) return null;
  if (n.word && n.value === 0) return null;

  let kind: QuantityKind = 'count';
  let unit: string | null = null;
  let unitText: string | null = null;
  const u = tk[j];
  // glued "m"/"bn" after money: "$2bn", "£3.5m"
  if (currency && u && !u.spaceBefore && u.kind === WORD && (u.lower === 'm' || u.lower === 'mn')) {
    if (value !== null) value *= 1e6;
    if (low !== null && high !== null) {
      low *= 1e6;
      high *= 1e6;
    }
    j++;
  }
  const u2 = tk[j];
  if (u2 && u2.text === '%') {
    kind = 'percent';
    unit = '%';
    unitText = 'percent';
    j++;
  } else if (u2 && u2.kind === WORD) {
    if (u2.lower === 'percent' || u2.lower === 'pct') {
      kind = 'percent';
      unit = '%';
      unitText = 'percent';
      j++;
    } else if (u2.lower === 'per' && tk[j + 1]?.lower === 'cent') {
      kind = 'percent';
      unit = '%';
      unitText = 'per cent';
      j += 2;
    } else if (u2.lower === 'percentage' && (tk[j + 1]?.lower === 'points' || tk[j + 1]?.lower === 'point')) {
      kind = 'percent';
      unit = 'percentage points';
      unitText = 'percentage points';
      j += 2;
    } else if (u2.lower === 'basis' && (tk[j + 1]?.lower === 'points' || tk[j + 1]?.lower === 'point')) {
      kind = 'percent';
      unit = 'basis points';
      unitText = 'basis points';
      j += 2;
    } else if (!currency && CURRENCY_WORDS[u2.lower] && (u2.lower.length > 3 || u2.lower === 'yen')) {
      currency = CURRENCY_WORDS[u2.lower] as string;
      unitText = u2.text;
      j++;
      if (u2.lower === 'pounds' || tk[j]?.lower === 'sterling') j++;
    } else if (!currency && u2.lower === 'pounds' && tk[j + 1]?.lower === 'sterling') {
      currency = 'GBP';
      unitText = 'pounds';
      j += 2;
    } else {
      for (let len = MULTI_START.has(u2.lower) ? 3 : 1; len >= 1; len--) {
        const key = len === 1 ? u2.lower : unitKey(tk, j, len);
        const m = key ? MEASURES[key] : undefined;
        if (m && !(key === 'm' && currency)) {
          kind = 'measure';
          unit = m[0];
          unitText = writtenUnit(tk, j, len);
          j += len;
          break;
        }
      }
      if (kind === 'count') {
        const d = DURATIONS[u2.lower];
        if (d && !currency) {
          kind = 'duration';
          unit = d;
          unitText = d;
          j++;
        }
      }
    }
  } else if (
    u2 &&
    u2.text === '-' &&
    !u2.spaceBefore &&
    tk[j + 1]?.kind === WORD &&
    !tk[j + 1]?.spaceBefore &&
    !currency
  ) {
    // "30-day truce", "200-km front", "three-year-old"
    const w = tk[j + 1] as Token;
    if (w.lower === 'year' && tk[j + 2]?.text === '-' && tk[j + 3]?.lower === 'old') return null;
    const d = DURATIONS[w.lower];
    const m = MEASURES[w.lower];
    if (d) {
      kind = 'duration';
      unit = d;
      unitText = d;
      j += 2;
    } else if (m) {
      kind = 'measure';
      unit = m[0];
      unitText = (tk[j + 1] as Token).text;
      j += 2;
    } else if (w.lower === 'plus') {
      // handled by qualifierAfter
    } else if (!n.word || SMALL[w.lower] === undefined) return null;
  }
  if (currency) {
    kind = 'money';
    unit = currency;
    unitText = unitText ?? currency;
  }
  // ranges with the unit on both ends: "2% to 3%", "$2bn-$3bn", "44 mg to 50 mg"
  const rs = tk[j];
  if (!inner && unit !== null && value !== null && rs && j < sentEnd) {
    const dash = (rs.text === '-' || rs.text === '–') && (rs.text !== '-' || !rs.spaceBefore);
    if (dash || (rs.lower === 'to' && !fromBefore) || (rs.lower === 'and' && between)) {
      const m = readQuantity(tk, j + 1, sentStart, sentEnd, true);
      if (m && m.unit === unit && m.value !== null && m.value > value && m.i0 === j + 1) {
        low = value;
        high = m.value;
        value = null;
        j = m.i1;
      }
    }
  }
  // qualifier
  let qualifier: Qualifier = '=';
  const before = qualifierBefore(tk, i0, sentStart);
  if (before) {
    qualifier = before.q;
    if (before.q === '~' && tk[before.at]?.lower === 'some' && n.word && n.value < 10) qualifier = '=';
  }
  const after = qualifierAfter(tk, j, sentEnd);
  if (after && (qualifier === '=' || qualifier === '~')) qualifier = after;
  if (after === '>' && (tk[j]?.text === '+' || tk[j]?.lower === 'plus')) j++;
  if (n.vague) qualifier = '>=';
  // negative figures: "-5", "−3.2", "minus 4"
  const sign = tk[i0 - 1];
  const negative =
    sign !== undefined &&
    ((!n.word &&
      (sign.text === '-' || sign.text === '−') &&
      !t.spaceBefore &&
      (sign.spaceBefore || sign.lineBefore || i0 - 1 === 0)) ||
      sign.lower === 'minus' ||
      sign.lower === 'negative');
  if (negative) {
    i0--;
    if (value !== null) value = -value;
    if (low !== null && high !== null) [low, high] = [-high, -low];
  }
  return { i0, i1: j, value, low, high, qualifier, vague: n.vague, word: n.word, kind, unit, unitText };
}

function parseDigitsSafe(t: Token): number {
  return t.kind === NUM ? (parseDigits(t.text) ?? NaN) : NaN;
}

function isUnitAt(tk: Token[], j: number): boolean {
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
