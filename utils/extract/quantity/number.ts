/** Numbers: digits with separators, fractions, scale words, and numbers written in words. */
import * as lex from '../lexicon';
import { table } from '../lexicon/table';

import { looksPlural } from '../noun';
import type { Token } from '../tokenize';
import * as tok from '../tokenize';

const { MONTHS, SCALE, SMALL, VAGUE } = lex;
const { NUM, PUNCT, WORD, isCapitalised } = tok;

/** `value` times a scale, without binary noise (16.4 × 1e6 is 16,400,000, not 16,399,999.999999998). */
export function timesScale(value: number, scale: number): number {
  return Number((value * scale).toPrecision(12));
}

/** Unicode vulgar fractions. */
const FRACTIONS: Record<string, number> = table({
  '½': 0.5,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
  '¼': 0.25,
  '¾': 0.75,
  '⅕': 0.2,
  '⅛': 0.125,
});
/** Is this sign a vulgar fraction ("½") that may start a figure on its own? */
export function isFractionSign(text: string): boolean {
  return FRACTIONS[text] !== undefined;
}

/** "and a half", "and a quarter". */
const HALVES: Record<string, number> = table({ half: 0.5, quarter: 0.25, third: 1 / 3 });
/** Fraction denominators ("two thirds", "one fifth"). */
const DENOMINATORS: Record<string, number> = table({});
'half:2 halves:2 third:3 thirds:3 quarter:4 quarters:4 fourth:4 fourths:4 fifth:5 fifths:5 sixth:6 sixths:6 seventh:7 sevenths:7 eighth:8 eighths:8 ninth:9 ninths:9 tenth:10 tenths:10'
  .split(' ')
  .forEach((p) => {
    const [w, d] = p.split(':') as [string, string];
    DENOMINATORS[w] = Number(d);
  });
/** Scale letters glued to digits ("10M", "$2.4bn", "5k", "$1.2T"). */
const GLUED_SCALE: Record<string, number> = table({
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

/** Denominators a written fraction takes ("1/4", "3/8", "1/16"); others ("5/12", "9/11") are more often dates or names. */
const SLASH_DENOMINATORS = new Set([2, 3, 4, 8, 16, 32, 64]);

/**
 * A fraction written with a slash at token k ("1/4", "3/8"): a proper
 * fraction over a common denominator, not part of a date or a longer run
 * ("1/4/2024", "24/7"). Returns its value, or null.
 */
export function slashFraction(tk: Token[], k: number): number | null {
  const num = tk[k];
  const bar = tk[k + 1];
  const den = tk[k + 2];
  if (num?.kind !== NUM || bar?.text !== '/' || bar.spaceBefore || den?.kind !== NUM || den.spaceBefore)
    return null;
  if (!/^\d{1,2}$/.test(num.text) || !/^\d{1,2}$/.test(den.text)) return null;
  const a = Number(num.text);
  const b = Number(den.text);
  if (a === 0 || a >= b || !SLASH_DENOMINATORS.has(b)) return null;
  const after = tk[k + 3];
  if (after && !after.spaceBefore && (after.text === '/' || after.text === '-' || after.kind === NUM))
    return null;
  const before = tk[k - 1];
  if (before && !num.spaceBefore && (before.text === '/' || before.kind === NUM)) return null;
  return a / b;
}

/**
 * Thousands written with a space after the comma, as tokenised text has them
 * ("80, 000 seats", "1, 118 songs"): the value and the token after the last
 * group, or null. Not a list ("10, 20, 300"), not a date ("May 3, 200 …"
 * reads as a day and a count) and never past `limit`.
 */
function spacedGroups(tk: Token[], i: number, limit: number): { value: number; end: number } | null {
  const first = tk[i] as Token;
  if (!/^\d{1,3}$/.test(first.text)) return null;
  const before = tk[i - 1];
  if (before && (before.text === ',' || (before.kind === WORD && MONTHS[before.lower] !== undefined)))
    return null;
  let text = first.text;
  let k = i + 1;
  while (k + 1 < limit) {
    const comma = tk[k] as Token;
    const group = tk[k + 1] as Token;
    if (comma.text !== ',' || comma.spaceBefore || group.kind !== NUM || !group.spaceBefore) break;
    if (!/^\d{3}$/.test(group.text)) return null;
    text += group.text;
    k += 2;
  }
  if (k === i + 1) return null;
  // "1, 000, 20": a list that happens to start with groups of three
  if (tk[k]?.text === ',' && tk[k + 1]?.kind === NUM) return null;
  return { value: Number(text), end: k };
}

/**
 * A lower-case "m" or "mn" glued to digits before a plural noun ("2m people",
 * "1.2m tons"): millions, 1e6; else undefined ("100m sprint", "1.8m tall" are metres).
 */
function millionsOf(tk: Token[], j: number): number | undefined {
  const m = tk[j] as Token;
  if (m.text !== 'm' && m.text !== 'mn') return undefined;
  const noun = tk[j + 1];
  return noun?.kind === WORD &&
    noun.spaceBefore &&
    !isCapitalised(noun) &&
    looksPlural(noun) &&
    !RACES.has(noun.lower)
    ? 1e6
    : undefined;
}

/** Races run in metres, plural in form ("the 400m hurdles"). */
const RACES = new Set(['hurdles', 'metres', 'meters', 'relays', 'heats', 'finals']);

/** A number read from tokens [i0, i1). */
export interface Num {
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
    // Indian grouping: "8,44,227", "12,34,567.89" (pairs, then a last group of three)
    if (/^\d{1,2}(,\d\d)+,\d{3}$/.test(parts[0] as string)) return Number(t.replace(/,/g, ''));
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
    const spaced = spacedGroups(tk, i, limit);
    if (spaced) {
      value = spaced.value;
      j = spaced.end;
    }
    const fr = tk[j];
    const slash = slashFraction(tk, i);
    if (slash !== null) {
      // "1/4 mile", "1/16"
      value = slash;
      j = i + 3;
    } else if (fr?.kind === NUM && fr.spaceBefore && Number.isInteger(v) && slashFraction(tk, j) !== null) {
      // "10 1/2 miles", "7 3/4%"
      value += slashFraction(tk, j) as number;
      j += 3;
    } else if (fr && !fr.spaceBefore && FRACTIONS[fr.text] !== undefined) {
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
      const sc = SCALE[n.lower] ?? (n.spaceBefore ? undefined : (GLUED_SCALE[n.text] ?? millionsOf(tk, j)));
      if (sc !== undefined && (sc !== 100 || Number.isInteger(v))) {
        value = timesScale(value, sc);
        scaled = true;
        j++;
        const n2 = tk[j];
        if (sc === 100 && n2 && n2.kind === WORD && SCALE[n2.lower] && SCALE[n2.lower] !== 100) {
          value = timesScale(value, SCALE[n2.lower] as number);
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
    // "a quarter million", "a half billion"
    const part = s === 'half' || s === 'quarter' ? fractionOfScale(tk, i + 1) : null;
    if (part) return part;
    if (s === 'dozen' || s === 'hundred' || s === 'thousand' || s === 'million' || s === 'billion') {
      cur = 1;
      j = i + 1;
      any = true;
    } else return null;
  }
  // "half million", "quarter billion"
  if (l === 'half' || l === 'quarter') {
    const part = fractionOfScale(tk, i);
    if (part) return part;
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
      // "two thirds", "one fifth", "three quarters"; "three quarters billion"
      cur = cur - lastSmall + lastSmall / den;
      j++;
      const sc = SCALE[tk[j]?.lower ?? ''];
      if (sc !== undefined && sc >= 1e6 && total === 0) {
        cur = timesScale(cur, sc);
        j++;
        return { value: cur, i0: i, i1: j, word: true, vague: false, scaled: true };
      }
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

/**
 * "half million", "quarter billion" at token k ("half" or "quarter"): the
 * share of the scale word after it, or null. Only scales of a million and
 * up: "half hundred" and "quarter thousand" are not how news writes figures.
 */
function fractionOfScale(tk: Token[], k: number): Num | null {
  const share = HALVES[(tk[k] as Token).lower];
  const sc = SCALE[tk[k + 1]?.lower ?? ''];
  if (share === undefined || sc === undefined || sc < 1e6) return null;
  return { value: timesScale(share, sc), i0: k, i1: k + 2, word: true, vague: false, scaled: true };
}

/** The value of a digits token, or NaN. */
export function parseDigitsSafe(t: Token): number {
  return t.kind === NUM ? (parseDigits(t.text) ?? NaN) : NaN;
}
