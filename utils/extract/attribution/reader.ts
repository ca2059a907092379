/** What every attribution stage reads: the text, its tokens and quotations, and word tests on tokens. */
import * as lex from '../lexicon';

import type { Token } from '../tokenize';
import * as tok from '../tokenize';
import type { Quotes } from './quotes';

const { NP_STOP, PERSON_ROLES, REPORT, ROLE_WORDS } = lex;
const { WORD, isCapitalised } = tok;

/** The text being attributed: its tokens, the quotation each token is in, and spans as text. */
export class AttributionText {
  /** Reads `text`, already tokenized as `tk`, with its quotations. */
  constructor(
    readonly text: string,
    readonly tk: Token[],
    readonly quotes: Quotes,
  ) {}

  /** Is token i inside a quotation (its marks included)? */
  inQuote(i: number): boolean {
    return this.quotes.quoteOf[i] !== -1;
  }

  /** The text of tokens [a, b). */
  span(a: number, b: number): string {
    return this.text.slice((this.tk[a] as Token).start, (this.tk[b - 1] as Token).end);
  }

  /** How many capitalised words tokens [a, b) hold. */
  countCaps(a: number, b: number): number {
    let c = 0;
    for (let k = a; k < b; k++) if (isCapitalised(this.tk[k])) c++;
    return c;
  }
}

/** Drops a final possessive "'s" or "’s" (what `.replace(/[’']s$/, '')` does, without a regex). */
export function dropPossessive(s: string): string {
  const n = s.length;
  const q = s.charCodeAt(n - 2);
  return s.charCodeAt(n - 1) === 115 && (q === 39 || q === 0x2019) ? s.slice(0, -2) : s;
}

/**
 * What isRole accepts, built once: the role words and, for those of three
 * letters or more, their plural in "s" (a lookup per word instead of a slice).
 */
const ROLES = new Set<string>();
for (const w of [...ROLE_WORDS, ...PERSON_ROLES]) {
  ROLES.add(w);
  if (w.length >= 3) ROLES.add(`${w}s`);
}

/** A role or body word, singular or plural ("official", "governments"). */
export function isRole(l: string): boolean {
  return ROLES.has(l);
}

/** A capitalised word or a role word: what a name is made of. */
export function nameish(t: Token): boolean {
  return isCapitalised(t) || isRole(t.lower);
}

/** A preposition that may sit inside a name ("Ministry of Health"), so a name does not start after it. */
export function isPlainStop(t: Token): boolean {
  return t.kind === WORD && (t.lower === 'of' || t.lower === 'in' || t.lower === 'for');
}

/** A lower-case word that may sit inside a name ("harbour" in "the harbour office"). */
export function isPlain(t: Token): boolean {
  return (
    t.kind === WORD &&
    t.text === t.lower &&
    !NP_STOP.has(t.lower) &&
    !REPORT.has(t.lower) &&
    !t.lower.endsWith('ed') &&
    !t.lower.endsWith('ly')
  );
}
