/** Word tests by endings for Russian and Ukrainian: adjectives, verbs, abbreviations, apostrophes. */
import type { Token } from '../../tokenize';
import * as tok from '../../tokenize';
import type { SlavicLexicon } from './lexicon';

const { WORD } = tok;

/**
 * A token's lower case, the form the lexicons use. The Slavic extractor tokenizes its text with
 * every apostrophe as "'" ("пʼять" → "п'ять"), so that form is the token's own lower case.
 */
export function keyOf(t: Token): string {
  return t.lower;
}

/** Is this token a word with a capital letter? */
export function isCap(t: Token | undefined): boolean {
  return t !== undefined && t.kind === WORD && t.text !== t.lower;
}

/** An abbreviation in capitals ("БПЛА", "ВСУ", "ОВА"), or one written "БпЛА". */
export function isAcronym(t: Token | undefined): boolean {
  if (!t || t.kind !== WORD || t.text.length < 2) return false;
  const s = t.text;
  if (s === s.toUpperCase()) return true;
  // "БпЛА": capitals at both ends
  const last = s[s.length - 1] as string;
  return s.length <= 6 && (s[0] as string) !== (s[0] as string).toLowerCase() && last !== last.toLowerCase();
}

/** Endings that only adjectives and participles take (Russian and Ukrainian). */
const STRONG = [
  'ых',
  'их',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ую',
  'юю',
  'ая',
  'яя',
  'ый',
  'ього',
  'ьому',
  'іх',
  'іми',
  'ої',
  'ьої',
];
/** Endings that adjectives share with some nouns: an adjective only when a noun follows. */
const WEAK_RU = ['ий', 'ой', 'ое', 'ее', 'ые', 'ие', 'ым', 'им', 'ою', 'ею'];
const WEAK_UK = ['ий', 'ій', 'ою', 'ім', 'им', 'і', 'а', 'я', 'е', 'є'];

function endsWithAny(w: string, ends: readonly string[]): string | null {
  for (const e of ends) if (w.length > e.length + 2 && w.endsWith(e)) return e;
  return null;
}

/** Is this word a verb form by the lexicon or its ending ("погибли", "отримали", "вернулись")? */
export function isVerbLike(w: string, lex: SlavicLexicon): boolean {
  if (lex.verbs.has(w)) return true;
  if (lex.notVerbs.has(w)) return false;
  const n = w.length;
  if (n >= 5 && (w.endsWith('ся') || w.endsWith('сь'))) return true;
  // "знищено", "сбито", "локаційно": an impersonal participle or an adverb, never the noun counted
  if (n >= 5 && /(?:ено|ёно|ито|ято|уто)$/.test(w)) return true;
  if (n >= 7 && /(?:[иі]йно|[иі]чно|[аяеі]льно|ьно)$/.test(w)) return true;
  return n >= 5 && w.endsWith('ли') && !w.endsWith('ели');
}

/** Is this word a noun-phrase word that can follow an adjective (not a stop word, verb or capitalised name)? */
export function isNominal(t: Token | undefined, lex: SlavicLexicon): boolean {
  if (!t || t.kind !== WORD || (isCap(t) && !isAcronym(t))) return false;
  const w = keyOf(t);
  return !lex.stops.has(w) && !isVerbLike(w, lex) && w.length > 1;
}

/**
 * Is the word at token k an adjective or participle agreeing with a noun after it
 * ("украинских", "штурмові", "населенных")? Endings only adjectives take decide; an ending
 * nouns share ("-і", "-а", "-ой") counts only when a noun of a matching ending follows.
 */
export function isAdjectival(tk: Token[], k: number, lex: SlavicLexicon): boolean {
  const t = tk[k] as Token;
  const w = keyOf(t);
  if (endsWithAny(w, STRONG)) return true;
  const weak = endsWithAny(w, lex.lang === 'uk' ? WEAK_UK : WEAK_RU);
  if (!weak) return false;
  const next = tk[k + 1];
  if (!next || next.spaceBefore === false || !isNominal(next, lex)) return false;
  const nw = keyOf(next);
  const last = nw[nw.length - 1] as string;
  if (lex.lang === 'uk') {
    if (weak === 'і') return 'иіїь'.includes(last) || nw.endsWith('ів');
    if (weak === 'а' || weak === 'я') return 'аяь'.includes(last);
    if (weak === 'е' || weak === 'є') return 'оеяї'.includes(last);
  }
  return true;
}

/** Is the word a vowel-final stem form that cannot be a noun head on its own (a particle or pronoun)? */
export function isStop(t: Token | undefined, lex: SlavicLexicon): boolean {
  return t !== undefined && t.kind === WORD && lex.stops.has(keyOf(t));
}

/** Stem lists by their first letter, built once per list (the lexicons' lists never change). */
const BY_FIRST = new WeakMap<readonly string[], Map<string, string[]>>();

/** Does `w` start with one of `stems`? Only the stems that share its first letter are tried. */
export function startsWithAny(w: string, stems: readonly string[]): boolean {
  let index = BY_FIRST.get(stems);
  if (index === undefined) {
    index = new Map();
    for (const s of stems) {
      const list = index.get(s.charAt(0)) ?? [];
      list.push(s);
      index.set(s.charAt(0), list);
    }
    BY_FIRST.set(stems, index);
  }
  const list = index.get(w.charAt(0));
  if (list === undefined) return false;
  for (const s of list) if (w.startsWith(s)) return true;
  return false;
}
