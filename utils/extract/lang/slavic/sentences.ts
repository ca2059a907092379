/**
 * Sentences of a Russian or Ukrainian text: the shared splitter's, with two corrections a
 * Cyrillic text needs — a line broken inside a sentence before a person's name ("…заявил
 * командующий округом⏎Сергей Волков.") and abbreviations that never end one ("ул.").
 */
import { sentenceStarts } from '../../sentences';
import type { Token } from '../../tokenize';
import * as tok from '../../tokenize';
import type { SlavicLexicon } from './lexicon';
import { isAcronym, isCap, keyOf } from './words';

const { PUNCT, WORD } = tok;

/** Abbreviations written with a period that never end a sentence ("ул. Ленина", "им. Шевченко"). */
const NOT_FINAL = new Set([
  'ул',
  'вул',
  'им',
  'ім',
  'обл',
  'пос',
  'смт',
  'пгт',
  'просп',
  'пр',
  'пл',
  'пер',
  'св',
]);

/** Does a line starting at token j open with a person's name (two or three capitalised words) that runs into the sentence? */
function nameRunsOn(tk: Token[], j: number): boolean {
  let k = j;
  while (k < j + 3 && isCap(tk[k]) && !isAcronym(tk[k]) && (tk[k] as Token).text.length >= 2) k++;
  if (k - j < 2) return false;
  const after = tk[k];
  if (!after || after.lineBefore) return true;
  if (after.kind === PUNCT) return after.text === '.' || after.text === ',' || after.text === '!';
  return after.kind === WORD && !isCap(after);
}

/** Is token j on the text's first line, and that line a headline (no sentence ends inside it)? */
function onHeadline(tk: Token[], j: number): boolean {
  for (let k = j; k > 0; k--) {
    const t = tk[k] as Token;
    if (t.lineBefore) return false;
    if (t.kind === PUNCT && (t.text === '.' || t.text === '!' || t.text === '?')) return false;
  }
  return true;
}

/**
 * Token indices where sentences start (see sentenceStarts), for a Russian or Ukrainian text.
 */
export function slavicSentenceStarts(tk: Token[], _lex: SlavicLexicon): number[] {
  const starts = sentenceStarts(tk);
  return starts.filter((j, n) => {
    if (n === 0) return true;
    const t = tk[j] as Token;
    const prev = tk[j - 1] as Token;
    if (t.lineBefore) {
      // a line broken inside a sentence: before a name that runs on, or a lower-case word
      if (prev.kind !== WORD || onHeadline(tk, j - 1)) return true;
      if (t.kind === WORD && !isCap(t)) return false;
      return !nameRunsOn(tk, j);
    }
    if (prev.text === '.' && tk[j - 2]?.kind === WORD && NOT_FINAL.has(keyOf(tk[j - 2] as Token)))
      return false;
    return true;
  });
}
