/**
 * Russian and Ukrainian numbers: digits with a decimal comma and spaces between thousands
 * ("47,2", "12 500"), scale words and their abbreviations ("тыс.", "млн"), numbers written in
 * words in every case and gender ("двадцать два", "восьми", "двох"), collective numerals
 * ("трое"), "полтора", and vague amounts ("десятки", "сотни тысяч").
 */
import type { Token } from '../../tokenize';
import * as tok from '../../tokenize';
import type { SlavicLexicon } from './lexicon';
import { keyOf } from './words';

const { NUM, PUNCT, WORD } = tok;

/** A number read from tokens [i0, i1). */
export interface SlavicNum {
  value: number;
  i0: number;
  i1: number;
  /** Written in words. */
  word: boolean;
  /** A vague amount ("десятки"): a lower bound, never compared. */
  vague: boolean;
  /** A scale word or abbreviation multiplied it ("1,5 млн"). */
  scaled: boolean;
  /** A collective numeral ("трое", "троє"): it counts people. */
  collective: boolean;
  /** The digits look like a date ("15.03", "15.03.2025"). */
  dateLike: boolean;
  /** Counted in tens ("полтора десятка", "около десятка"): approximate. */
  approx?: boolean;
}

/** `value` times `scale` without binary noise. */
function times(value: number, scale: number): number {
  return Number((value * scale).toPrecision(12));
}

/**
 * The value of a digits token as Russian and Ukrainian write them: a comma is the decimal
 * mark ("2,5"), spaces group thousands ("12 500"); a dot is a decimal mark too unless it
 * groups thousands ("1.500.000"). Returns NaN for what is no number, and `date` for "15.03".
 */
export function parseSlavicDigits(text: string): { value: number; date: boolean } {
  const s = text.replace(/[\s\u00a0\u202f\u2009]/g, '');
  if (/^\d+$/.test(s)) return { value: Number(s), date: false };
  if (/^\d+,\d+$/.test(s)) return { value: Number(s.replace(',', '.')), date: false };
  // "1,234,567": commas between groups of three, twice or more
  if (/^\d{1,3}(?:,\d{3}){2,}$/.test(s)) return { value: Number(s.replace(/,/g, '')), date: false };
  const dots = s.split('.');
  if (dots.length >= 3) {
    if (dots.slice(1).every((g) => g.length === 3) && (dots[0] as string).length <= 3)
      return { value: Number(dots.join('')), date: false };
    return { value: NaN, date: true };
  }
  if (dots.length === 2) {
    const [whole, part] = dots as [string, string];
    if (/^\d+$/.test(whole) && /^\d+$/.test(part)) {
      // "15.03": a day and a month
      if (part.length === 2 && whole.length <= 2 && Number(whole) >= 1 && Number(whole) <= 31) {
        const m = Number(part);
        if (m >= 1 && m <= 12) return { value: NaN, date: true };
      }
      if (part.length === 3 && whole !== '0') return { value: Number(whole + part), date: false };
      return { value: Number(s), date: false };
    }
  }
  return { value: NaN, date: false };
}

/** Is there exactly one plain or no-break space between tokens a and b (one line)? */
function oneSpace(text: string, a: Token, b: Token): boolean {
  if (b.lineBefore || b.start !== a.end + 1) return false;
  const c = text.charCodeAt(a.end);
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** Reads a scale word after a number at token j ("тыс.", "миллиона"): its factor and the token after it. */
function scaleAt(tk: Token[], j: number, lex: SlavicLexicon): { factor: number; end: number } | null {
  const t = tk[j];
  if (!t || t.kind !== WORD || t.lineBefore) return null;
  const f = lex.scales[keyOf(t)];
  if (f === undefined) return null;
  // "тыс.", "млн.": the abbreviation's dot, when it is glued to it
  const dot = tk[j + 1];
  const end = dot && dot.text === '.' && !dot.spaceBefore && keyOf(t).length <= 4 ? j + 2 : j + 1;
  return { factor: f, end };
}

/**
 * "десятка", "десятків" or "сотни", "сотень" after a number ("два десятка", "півтора десятка",
 * "две сотни", "п'ять сотень"): the figure counts tens or hundreds, roughly.
 */
function inTens(n: SlavicNum | null, tk: Token[], lex: SlavicLexicon): SlavicNum | null {
  if (!n || n.vague || n.dateLike) return n;
  const t = tk[n.i1];
  if (!t || t.kind !== WORD || t.lineBefore) return n;
  const unit = lex.tens[keyOf(t)] ?? lex.hundreds[keyOf(t)];
  if (unit === undefined || n.value >= 10 || n.scaled) return n;
  return { ...n, value: times(n.value, unit), i1: n.i1 + 1, approx: true };
}

/** The last words of each language's qualifiers before a figure ("около", "более", "понад"), and "до". */
const QUALIFIER_ENDS = new WeakMap<SlavicLexicon, Set<string>>();

/**
 * Whether a qualifier stands right before token i: after one, "сотни", "сотні", "тысячи",
 * "тисячі" are the singular's genitive ("около сотни" is about one hundred, not "hundreds").
 */
function afterQualifier(tk: Token[], i: number, lex: SlavicLexicon): boolean {
  let ends = QUALIFIER_ENDS.get(lex);
  if (!ends) {
    ends = new Set([lex.upTo, ...lex.qualifiersBefore.map(([words]) => words[words.length - 1] ?? '')]);
    QUALIFIER_ENDS.set(lex, ends);
  }
  const before = tk[i - 1];
  return !!before && before.kind === WORD && !(tk[i] as Token).lineBefore && ends.has(keyOf(before));
}

/**
 * Reads a number at token i (before token `limit`), digits or words, in `text` (for the
 * spacing of "12 500"). Returns null when token i starts none.
 */
export function readSlavicNumber(
  text: string,
  tk: Token[],
  i: number,
  limit: number,
  lex: SlavicLexicon,
): SlavicNum | null {
  const t = tk[i];
  if (!t) return null;
  if (t.kind === NUM) return inTens(readDigits(text, tk, i, limit, lex), tk, lex);
  if (t.kind !== WORD) return null;
  const w = keyOf(t);
  const base = { i0: i, word: true, scaled: false, collective: false, dateLike: false };
  const collective = lex.collective[w];
  if (collective !== undefined)
    return { ...base, value: collective, i1: i + 1, vague: false, collective: true };
  const half = lex.halves[w];
  if (half !== undefined) {
    const sc = half < 10 ? scaleAt(tk, i + 1, lex) : null;
    return sc
      ? { ...base, value: times(half, sc.factor), i1: sc.end, vague: false, scaled: true }
      : inTens({ ...base, value: half, i1: i + 1, vague: false }, tk, lex);
  }
  // "десятки тысяч", "сотни", "тысячи": vague; a singular scale word ("тысяча") is a number
  const vague = lex.vague[w];
  // "сотню", "около сотни", "близько сотні": a round hundred (singular), vague but no lower bound
  const hundred = lex.hundreds[w];
  const singular = vague === undefined || afterQualifier(tk, i, lex);
  if (hundred !== undefined && singular) {
    const inner = tk[i + 1];
    const more = inner && inner.kind === WORD ? lex.scales[keyOf(inner)] : undefined;
    const i1 = more !== undefined ? i + 2 : i + 1;
    return {
      ...base,
      value: times(hundred, more ?? 1),
      i1,
      vague: true,
      approx: true,
      scaled: more !== undefined,
    };
  }
  if (vague !== undefined) {
    const inner = tk[i + 1];
    const more = inner && inner.kind === WORD ? lex.scales[keyOf(inner)] : undefined;
    if (more !== undefined && more > vague)
      return { ...base, value: vague * more, i1: i + 2, vague: true, scaled: true };
    // "около тысячи", "понад тисячу": one thousand, as the singular scale word is
    const scale = lex.scales[w];
    if (scale !== undefined && afterQualifier(tk, i, lex))
      return { ...base, value: scale, i1: i + 1, vague: false, scaled: true };
    return { ...base, value: vague, i1: i + 1, vague: true };
  }
  // "десяток домов", "около десятка": about ten
  const ten = lex.tens[w];
  if (ten !== undefined && lex.vague[w] === undefined)
    return { ...base, value: ten, i1: i + 1, vague: false, approx: true };
  return inTens(readWords(tk, i, limit, lex), tk, lex);
}

function readDigits(
  text: string,
  tk: Token[],
  i: number,
  limit: number,
  lex: SlavicLexicon,
): SlavicNum | null {
  const t = tk[i] as Token;
  let s = t.text;
  let j = i + 1;
  // "12 500", "1 234 567": groups of three after a plain space
  if (/^\d{1,3}$/.test(s)) {
    for (let prev = t; j < limit; j++) {
      const g = tk[j] as Token;
      if (g.kind !== NUM || !/^\d{3}(?:[.,]\d+)?$/.test(g.text) || !oneSpace(text, prev, g)) break;
      s += g.text;
      prev = g;
      if (g.text.length > 3) {
        j++;
        break;
      }
    }
  }
  const parsed = parseSlavicDigits(s);
  if (parsed.date)
    return {
      value: NaN,
      i0: i,
      i1: j,
      word: false,
      vague: false,
      scaled: false,
      collective: false,
      dateLike: true,
    };
  if (!Number.isFinite(parsed.value)) return null;
  let value = parsed.value;
  let scaled = false;
  const sc = scaleAt(tk, j, lex);
  if (sc) {
    value = times(value, sc.factor);
    scaled = true;
    j = sc.end;
  }
  return { value, i0: i, i1: j, word: false, vague: false, scaled, collective: false, dateLike: false };
}

/** The most words a number written in words may take ("две тысячи пятьсот двадцать два"). */
const MAX_WORDS = 12;

/** A number in words at token i: hundreds, tens and units, each group times a scale word. */
function readWords(tk: Token[], i: number, limit: number, lex: SlavicLexicon): SlavicNum | null {
  let total = 0;
  let group = 0;
  /** The place the last word filled in this group (1000: none yet); each place once, larger first. */
  let lastPlace = 1000;
  let j = i;
  let any = false;
  let scaled = false;
  const stop = Math.min(limit, i + MAX_WORDS);
  while (j < stop) {
    const w = tk[j] as Token;
    if (w.kind !== WORD || (j > i && w.lineBefore)) break;
    const key = keyOf(w);
    const v = lex.numbers[key];
    if (v !== undefined) {
      // "сто двадцать пять", never "пять двадцать"; a teen fills tens and units
      const place = v >= 100 ? 100 : v >= 20 ? 10 : v >= 10 ? 1.5 : 1;
      if (place >= lastPlace || (place === 1.5 && lastPlace <= 10)) break;
      group += v;
      lastPlace = place === 1.5 ? 0 : place;
      any = true;
      j++;
      continue;
    }
    const sc = lex.scales[key];
    if (sc !== undefined && sc >= 1000) {
      // "тысячи людей": a plural scale word alone is vague (read before); "тысяча" alone is one
      if (!any && lex.vague[key] !== undefined) break;
      total += (group || 1) * sc;
      group = 0;
      lastPlace = 1000;
      any = true;
      scaled = true;
      j++;
      if (tk[j]?.text === '.' && !tk[j]?.spaceBefore && key.length <= 4) j++;
      continue;
    }
    break;
  }
  if (!any) return null;
  return {
    value: total + group,
    i0: i,
    i1: j,
    word: true,
    vague: false,
    scaled,
    collective: false,
    dateLike: false,
  };
}

/** Can a figure start at this token (digits, a number word, a currency symbol)? */
export function mayStartSlavic(t: Token, lex: SlavicLexicon, isSymbol: (s: string) => boolean): boolean {
  if (t.kind === NUM) return true;
  if (t.kind === PUNCT) return isSymbol(t.text);
  if (t.kind !== WORD) return false;
  const w = keyOf(t);
  return (
    lex.numbers[w] !== undefined ||
    lex.collective[w] !== undefined ||
    lex.halves[w] !== undefined ||
    lex.vague[w] !== undefined ||
    lex.tens[w] !== undefined ||
    lex.hundreds[w] !== undefined ||
    lex.scales[w] !== undefined
  );
}
