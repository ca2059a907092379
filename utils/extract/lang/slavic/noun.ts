/**
 * The noun a Russian or Ukrainian figure counts, in its inflected form ("175 российских
 * военнослужащих" → "военнослужащих", "74 населённых пункта" → "пункта"), and its concept in
 * the matcher's words. Adjectives and participles before the noun are told by their endings;
 * an adjective with no noun after it is the noun ("40 раненых", "12 поранених").
 */
import type { Token } from '../../tokenize';
import * as tok from '../../tokenize';
import { conceptOf } from './concepts';
import type { SlavicLexicon } from './lexicon';
import { isAcronym, isAdjectival, isCap, isVerbLike, keyOf } from './words';

const { PUNCT, WORD } = tok;

/** What a figure counts. */
export interface SlavicNoun {
  /** The head noun as written ("беспилотников"), or null. */
  head: string | null;
  /** Token index of the head (or -1). */
  at: number;
  /** The concept in the matcher's words ("drones"), or null. */
  lemma: string | null;
  /** "20 из них": the noun counted before. */
  anaphoric: boolean;
}

/** The most words between a figure and its noun ("30 наших мирных жителей"). */
const MAX_WORDS = 5;

/** Reads one word at token k, joining glued hyphen compounds ("пресс-службы"); returns the token after it. */
function wordEnd(tk: Token[], k: number): number {
  let e = k + 1;
  while (tk[e]?.text === '-' && !tk[e]?.spaceBefore && tk[e + 1]?.kind === WORD && !tk[e + 1]?.spaceBefore)
    e += 2;
  return e;
}

function textOf(tk: Token[], a: number, b: number): string {
  let s = '';
  for (let k = a; k < b; k++) s += (tk[k] as Token).text;
  return s;
}

/**
 * What the figure ending at token j counts, reading at most to token `end`: adjectives to the
 * head noun, an abbreviation ("БПЛА"), or "из них" (the noun counted before).
 */
export function slavicNoun(tk: Token[], j: number, end: number, lex: SlavicLexicon): SlavicNoun {
  const none: SlavicNoun = { head: null, at: -1, lemma: null, anaphoric: false };
  const first = tk[j];
  if (!first || first.kind !== WORD || first.lineBefore) return none;
  // "15 из них", "двоє з них"
  if (lex.partitive.has(keyOf(first)) && tk[j + 1]?.kind === WORD) {
    const p = keyOf(tk[j + 1] as Token);
    if (p === 'них' || p === 'которых' || p === 'яких') return { ...none, anaphoric: true };
  }
  const adjectives: string[] = [];
  let lastAdj = -1;
  let lastAdjEnd = -1;
  let k = j;
  for (let count = 0; k < end && count < MAX_WORDS; count++) {
    const t = tk[k] as Token;
    if (t.kind !== WORD || (k > j && t.lineBefore)) break;
    const w = keyOf(t);
    if (isAcronym(t)) {
      // "175 пленных военнослужащих ВСУ": a noun before the abbreviation is the head, the abbreviation its owner
      const before = adjectives[adjectives.length - 1];
      if (before !== undefined && conceptOf(before, []) !== null && conceptOf(w, []) === null) {
        adjectives.pop();
        return headAt(tk, lastAdj, lastAdjEnd, adjectives);
      }
      // "145 БПЛА", "57 ударных БпЛА": an abbreviation is the noun
      return headAt(tk, k, k + 1, adjectives);
    }
    if (
      isCap(t) ||
      lex.stops.has(w) ||
      isVerbLike(w, lex) ||
      lex.numbers[w] !== undefined ||
      lex.collective[w] !== undefined
    )
      break;
    const e = wordEnd(tk, k);
    if (isAdjectival(tk, k, lex) && e === k + 1) {
      adjectives.push(w);
      lastAdj = k;
      lastAdjEnd = e;
      k = e;
      continue;
    }
    return headAt(tk, k, e, adjectives);
  }
  if (lastAdj >= 0) {
    // "40 военных и 9 мирных": the adjective stands for the noun
    adjectives.pop();
    return headAt(tk, lastAdj, lastAdjEnd, adjectives);
  }
  return none;
}

function headAt(tk: Token[], a: number, e: number, adjectives: readonly string[]): SlavicNoun {
  const head = textOf(tk, a, e);
  return { head, at: e - 1, lemma: conceptOf(head.toLowerCase(), adjectives), anaphoric: false };
}

/**
 * "четверо отримали поранення", "двое получили ранения": a count with no noun whose verb gives
 * it a wound; the noun of the wound is what it counts. Returns the noun's token, or -1.
 */
export function woundAfter(tk: Token[], j: number, end: number, lex: SlavicLexicon): number {
  const verb = tk[j];
  if (!verb || verb.kind !== WORD || !isVerbLike(keyOf(verb), lex)) return -1;
  for (let k = j + 1; k < end && k <= j + 3; k++) {
    const t = tk[k] as Token;
    if (t.kind === PUNCT) return -1;
    if (lex.woundNouns.has(keyOf(t))) return k;
  }
  return -1;
}
