/**
 * Currencies: a symbol or code before the figure ("$2bn", "$ 75 million",
 * "US$5m", "$US55m", "USD10m", "Rs 500", "RM23.50"), or a name, code or symbol
 * after it ("500 euros", "10 CHF", "1,200€").
 */
import { currencyName, currencyOfSymbol, isCurrencyCode } from '../../units';
import * as lex from '../lexicon';

import type { Token } from '../tokenize';
import * as tok from '../tokenize';
import { readNumber } from './number';

const {
  CURRENCY_ABBREVIATIONS,
  CURRENCY_WORD_ABBREVIATIONS,
  CURRENCY_WORDS,
  CURRENCY_WORDS_BEFORE,
  DOLLAR_COUNTRIES,
  MINOR_CURRENCY_WORDS,
  NOT_CURRENCY_CODES,
  SCALE,
} = lex;
const { NUM, PUNCT, WORD, isCapitalised } = tok;

/** A currency written before a figure: its ISO code and the token where the number starts. */
export interface CurrencyBefore {
  currency: string;
  numberAt: number;
  /** A scale the currency carries ("MAUD 60" is 60 million): its factor; absent for 1. */
  scale?: number;
}

/** Is this token a bare four-digit year ("2024"), which a currency word before it does not price? */
function yearAt(t: Token): boolean {
  return /^\d{4}$/.test(t.text) && Number(t.text) >= 1800 && Number(t.text) <= 2100;
}

/** A currency written after a figure: its ISO code, the words for the claim's concept and the tokens it takes. */
export interface CurrencyAfter {
  currency: string;
  written: string;
  length: number;
  /** A scale the currency carries or is followed by ("30 MUSD", "75 USD million"): its factor, else 1. */
  scale: number;
}

/** How a nationality ends in lower-case text ("chinese yuan", "swiss francs", "dutch guilders", "mexican pesos"). */
const NATIONALITY = /^[a-z]+(?:an|ese|ish|ch|ss|i)$/;

/** "MUSD", "MEUR": a million of the currency, as business filings write it. */
const MILLION_CODE = /^M[A-Z]{3}$/;

/** Is token k a number on the same line (the figure a currency before it belongs to)? */
function numberAt(tk: Token[], k: number): boolean {
  const t = tk[k];
  return t !== undefined && t.kind === NUM && !t.lineBefore;
}

/** Is this upper-case word an ISO currency code that may stand before or after a figure ("USD", "CHF")? */
function isCode(text: string): boolean {
  return (
    text.length === 3 && text === text.toUpperCase() && isCurrencyCode(text) && !NOT_CURRENCY_CODES.has(text)
  );
}

/**
 * Reads a currency written before the number at token i, or null when token
 * i starts no such currency (then it may be the number itself).
 */
export function currencyBefore(tk: Token[], i: number): CurrencyBefore | null {
  const t = tk[i] as Token;
  if (t.kind === PUNCT) {
    const sym = currencyOfSymbol(t.text);
    if (!sym) return null;
    // "$US55m", "$A82m": the country's letters glued to the symbol
    const glued = tk[i + 1];
    if (t.text === '$' && glued && glued.kind === WORD && !glued.spaceBefore && isCapitalised(glued)) {
      const code = DOLLAR_COUNTRIES[glued.lower];
      return code && numberAt(tk, i + 2) && !tk[i + 2]?.spaceBefore
        ? { currency: code, numberAt: i + 2 }
        : null;
    }
    return numberAt(tk, i + 1) ? { currency: sym, numberAt: i + 1 } : null;
  }
  if (t.kind !== WORD) return null;
  // "USD 5", "USD10m", "CHF 100"
  if (isCode(t.text) && numberAt(tk, i + 1)) return { currency: t.text, numberAt: i + 1 };
  // "MAUD 60": a million of the currency, as business filings write it (the caller scales)
  if (MILLION_CODE.test(t.text) && isCode(t.text.slice(1)) && numberAt(tk, i + 1))
    return { currency: t.text.slice(1), numberAt: i + 1, scale: 1e6 };
  // "dollar 22.5 million", "rmb 10": a currency's name before the figure, never before a year ("Euro 2024")
  // ("in dollars 5 times higher" names the currency of account, not an amount)
  if (
    CURRENCY_WORDS_BEFORE.has(t.lower) &&
    numberAt(tk, i + 1) &&
    !yearAt(tk[i + 1] as Token) &&
    tk[i - 1]?.lower !== 'in' &&
    tk[i + 2]?.lower !== 'times'
  ) {
    const named = CURRENCY_WORDS[t.lower];
    if (named && (t.lower === t.text || i === 0 || !isCapitalised(t) || t.lower.startsWith('dollar')))
      return { currency: named, numberAt: i + 1 };
  }
  // "Rs 500", "Rs. 1,250", "RM23.50", "Rp 5,000"
  const local = CURRENCY_ABBREVIATIONS[t.text];
  if (local) {
    const k = tk[i + 1]?.text === '.' && !tk[i + 1]?.spaceBefore ? i + 2 : i + 1;
    return numberAt(tk, k) ? { currency: local, numberAt: k } : null;
  }
  // "US$5m", "C$16.4 million", "HK$ 10", "U.S. $100", "Mex$ 10", "mxn$ 15"
  const code = DOLLAR_COUNTRIES[t.lower];
  const glued = tk[i + 1]?.text === '$' && !tk[i + 1]?.spaceBefore && t.lower.length > 1;
  if (code && (isCapitalised(t) || t.lower === 'us' || t.lower === 'hk' || t.lower === 'nz' || glued)) {
    let k = i + 1;
    if (t.lower === 'u' && tk[k]?.text === '.' && tk[k + 1]?.lower === 's') k += 2;
    if (tk[k]?.text === '.' && !tk[k]?.spaceBefore) k++;
    const dollar = tk[k];
    const spacedOk = t.text.length > 1;
    if (dollar?.text === '$' && (spacedOk || !dollar.spaceBefore) && numberAt(tk, k + 1))
      return { currency: code, numberAt: k + 1 };
  }
  if (t.lower === 'u' && tk[i + 1]?.text === '.' && tk[i + 2]?.lower === 's') {
    let k = i + 3;
    if (tk[k]?.text === '.') k++;
    if (tk[k]?.text === '$' && numberAt(tk, k + 1)) return { currency: 'USD', numberAt: k + 1 };
  }
  return null;
}

/**
 * A currency after a figure at token j: a name ("500 euros", "10 pounds
 * sterling", "125 million Australian dollars" is read by the caller's
 * concept), an upper-case code ("10 CHF") or a symbol that does not open the
 * next figure ("15 €", "1,200€", "100元").
 */
export function currencyAfter(tk: Token[], j: number): CurrencyAfter | null {
  const u = tk[j];
  if (!u) return null;
  if (u.kind === WORD) {
    if (isCode(u.text)) {
      // "75 USD million": a scale word after the code
      const scale = SCALE[tk[j + 1]?.lower ?? ''];
      const big = scale !== undefined && scale >= 1e6;
      return {
        currency: u.text,
        written: currencyName(u.text) ?? u.text,
        length: big ? 2 : 1,
        scale: big ? scale : 1,
      };
    }
    // "470 pence", "64.2 cents": a minor unit, named in full ("British penny")
    const minor = MINOR_CURRENCY_WORDS[u.lower];
    if (minor) return { currency: minor, written: currencyName(minor) ?? u.text, length: 1, scale: 1 };
    const named = CURRENCY_WORDS[u.lower];
    if (named) {
      const sterling = tk[j + 1]?.lower === 'sterling';
      const written = CURRENCY_WORD_ABBREVIATIONS.has(u.lower) ? (currencyName(named) ?? u.text) : u.text;
      return { currency: named, written, length: sterling ? 2 : 1, scale: 1 };
    }
    if (u.lower === 'pounds' && tk[j + 1]?.lower === 'sterling')
      return { currency: 'GBP', written: 'pounds', length: 2, scale: 1 };
    // "Canadian dollars", "Hong Kong dollars": whose dollar
    const country = DOLLAR_COUNTRIES[u.lower];
    if (
      country &&
      (u.lower.length > 2 || u.lower === 'us') &&
      isDollarWord(tk, j + 1, u.lower === 'hong' ? 1 : 0)
    )
      return {
        currency: country,
        written: `${u.text} dollars`,
        length: u.lower === 'hong' ? 3 : 2,
        scale: 1,
      };
    // "Swiss francs", "Mexican pesos": a nationality before the currency's name
    const then = tk[j + 1];
    if (
      (isCapitalised(u) || NATIONALITY.test(u.lower)) &&
      then &&
      CURRENCY_WORDS[then.lower] &&
      then.lower !== 'won' &&
      then.lower !== 'rand'
    )
      return {
        currency: CURRENCY_WORDS[then.lower] as string,
        written: `${u.text} ${then.text}`,
        length: 2,
        scale: 1,
      };
    if (MILLION_CODE.test(u.text) && isCode(u.text.slice(1))) {
      const code = u.text.slice(1);
      return { currency: code, written: currencyName(code) ?? code, length: 1, scale: 1e6 };
    }
    // "100元", "100,000 ரூ": a symbol the tokenizer reads as a word
    const symbol = /^[a-z]/i.test(u.text) ? null : currencyOfSymbol(u.text);
    if (symbol) return { currency: symbol, written: currencyName(symbol) ?? u.text, length: 1, scale: 1 };
    return null;
  }
  if (u.kind !== PUNCT) return null;
  const sym = currencyOfSymbol(u.text);
  if (!sym || u.lineBefore) return null;
  // "$ 20 $ 37": a symbol followed by a number opens that figure
  if (numberAt(tk, j + 1) && u.spaceBefore) return null;
  return { currency: sym, written: currencyName(sym) ?? u.text, length: 1, scale: 1 };
}

/** Is token k "dollar(s)" (after `skip` more words: "Hong Kong dollars")? */
function isDollarWord(tk: Token[], k: number, skip: number): boolean {
  const w = tk[k + skip];
  return w !== undefined && (w.lower === 'dollars' || w.lower === 'dollar');
}

/** Scale letters glued after money ("$2bn" is read by the number; "£3.5m", "$4mn" here): the factor, or 1. */
export function moneyScale(tk: Token[], j: number): number {
  const u = tk[j];
  return u && !u.spaceBefore && u.kind === WORD && (u.lower === 'm' || u.lower === 'mn') ? 1e6 : 1;
}

/** The concept of money: the currency's English name ("US Dollar") unless the text named it in words. */
export function moneyConcept(code: string, written: string | null): string {
  return written ?? currencyName(code) ?? code;
}

/** Words that may follow the minor part of an amount ("15 dollars 50 cents", "15 USD 50 more"). */
const AFTER_MINOR = new Set(['cents', 'cent', 'pence', 'p', 'more', 'less']);

/**
 * The minor part of an amount written in two parts after its currency at
 * token j ("15 dollars 50", "15 dollars and 50", "3 dollars 50 cents"): its
 * value in hundredths and the tokens it takes, or null. It must close the
 * figure (end of sentence, punctuation, "cents", "more"), so "5 dollars 20
 * times" is not one.
 */
export function minorPart(
  tk: Token[],
  j: number,
  end: number,
): { hundredths: number; length: number } | null {
  let k = j;
  if (tk[k]?.lower === 'and') k++;
  const t = tk[k];
  if (!t || k >= end || !t.spaceBefore) return null;
  let hundredths: number;
  let m: number;
  if (t.kind === NUM) {
    if (!/^\d{1,2}$/.test(t.text)) return null;
    hundredths = Number(t.text);
    m = k + 1;
  } else {
    // "thirteen dollars and forty-five cents"
    const words = readNumber(tk, k, end);
    if (
      !words ||
      !words.word ||
      words.vague ||
      !Number.isInteger(words.value) ||
      words.value < 1 ||
      words.value > 99
    )
      return null;
    hundredths = words.value;
    m = words.i1;
  }
  const nx = tk[m];
  if (nx && m < end && nx.kind === WORD && AFTER_MINOR.has(nx.lower)) {
    if (nx.lower !== 'more' && nx.lower !== 'less') m++;
  } else if (nx && m < end && nx.kind !== PUNCT) return null;
  if (tk[m]?.text === '.' && /^\d/.test(tk[m + 1]?.text ?? '') && !tk[m + 1]?.spaceBefore) return null;
  return { hundredths, length: m - j };
}
