/** Currencies: a symbol or code before the figure ("$2bn", "USD 5", "Rs 500"), or a word after it ("500 euros"). */
import * as lex from '../lexicon';

import type { Token } from '../tokenize';
import * as tok from '../tokenize';

const { CURRENCY_SYMBOLS, CURRENCY_WORDS } = lex;
const { NUM, PUNCT, WORD } = tok;

/** A currency written before a figure: its ISO code and the token where the number starts. */
export interface CurrencyBefore {
  currency: string;
  numberAt: number;
}

/**
 * Reads a currency written before the number at token i: a symbol glued to
 * it ("$2bn"), an upper-case code ("USD 5"), "Rs 500", "Rs. 1,250" or
 * "US$ 5m". Null when token i starts no such currency (then it may be the
 * number itself).
 */
export function currencyBefore(tk: Token[], i: number): CurrencyBefore | null {
  const t = tk[i] as Token;
  const next = tk[i + 1];
  if (t.kind === PUNCT) {
    const sym = CURRENCY_SYMBOLS[t.text];
    if (!sym || next?.kind !== NUM || next.spaceBefore) return null;
    return { currency: sym, numberAt: i + 1 };
  }
  if (t.kind !== WORD) return null;
  if (
    next?.kind === NUM &&
    next.spaceBefore &&
    CURRENCY_WORDS[t.lower] &&
    t.text === t.text.toUpperCase() &&
    t.text.length === 3
  )
    return { currency: CURRENCY_WORDS[t.lower] as string, numberAt: i + 1 };
  if (
    (t.text === 'Rs' || t.text === 'US') &&
    (next?.kind === NUM || next?.text === '.' || next?.text === '$')
  ) {
    // "Rs 500 crore", "Rs. 1,250", "US$ 5m"
    let k = i + 1;
    if ((tk[k] as Token).text === '.' || (tk[k] as Token).text === '$') k++;
    if (tk[k]?.kind !== NUM || (t.text === 'US' && (tk[k - 1] as Token).text !== '$')) return null;
    return { currency: t.text === 'Rs' ? 'INR' : 'USD', numberAt: k };
  }
  return null;
}

/** A currency word after a figure ("500 euros", "10 pounds sterling"): its ISO code, written form and length. */
export function currencyAfter(
  tk: Token[],
  j: number,
): { currency: string; written: string; length: number } | null {
  const u = tk[j] as Token;
  if (CURRENCY_WORDS[u.lower] && (u.lower.length > 3 || u.lower === 'yen')) {
    const sterling = u.lower === 'pounds' || tk[j + 1]?.lower === 'sterling';
    return { currency: CURRENCY_WORDS[u.lower] as string, written: u.text, length: sterling ? 2 : 1 };
  }
  if (u.lower === 'pounds' && tk[j + 1]?.lower === 'sterling')
    return { currency: 'GBP', written: 'pounds', length: 2 };
  return null;
}

/** Scale letters glued after money ("$2bn" is read by the number; "£3.5m", "$4mn" here): the factor, or 1. */
export function moneyScale(tk: Token[], j: number): number {
  const u = tk[j];
  return u && !u.spaceBefore && u.kind === WORD && (u.lower === 'm' || u.lower === 'mn') ? 1e6 : 1;
}
