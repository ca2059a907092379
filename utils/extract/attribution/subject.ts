/** A sentence's subject: after any introductory phrase, a name; and whether it owns the sentence's figures. */
import * as lex from '../lexicon';

import type { Token } from '../tokenize';
import * as tok from '../tokenize';
import { npForward } from './noun-phrase';
import { isQuoteMark } from './quotes';
import { isRole, type AttributionText } from './reader';
import type { SpeakerMemory } from './speaker-memory';

const {
  ARTICLES,
  FIGURE_NOUNS,
  OWNED_TARGETS,
  OWNING_VERBS,
  INTRO_WORDS,
  MONTHS,
  NAME_TITLES,
  NP_STOP,
  ORG_HEADS,
  SUBJECT_OPENERS,
} = lex;
const { NUM, WORD, isCapitalised } = tok;

/** How far an introductory phrase may run before its comma ("In March last year, …"). */
const MAX_INTRO = 12;

/**
 * Where a sentence's subject starts (after an introductory phrase: "In March,
 * the ministry …"; -1 when the sentence opens with a quotation or a long
 * phrase) and ends (-1 when no name stands there: "the data show"). It is a
 * subject only when `end > start`.
 */
export interface SentenceSubject {
  start: number;
  end: number;
}

/** The subject of sentence [a, b) (see SentenceSubject). */
export function sentenceSubject(x: AttributionText, a: number, b: number): SentenceSubject {
  const { tk } = x;
  let start = a;
  const t0 = tk[a] as Token;
  if (isQuoteMark(t0) || t0.text === '(') return { start: -1, end: -1 };
  if (INTRO_WORDS.has(t0.lower) || (NP_STOP.has(t0.lower) && !SUBJECT_OPENERS.has(t0.lower))) {
    start = -1;
    for (let k = a; k < Math.min(b, a + MAX_INTRO); k++) {
      if ((tk[k] as Token).text === ',') {
        start = k + 1;
        break;
      }
    }
    if (start < 0) return { start: -1, end: -1 };
  }
  let end = npForward(x, start, b, false);
  if (end === start + 1 && ARTICLES.has((tk[start] as Token).lower)) end = -1;
  if (end > start && x.countCaps(start, end) === 0 && !isRole((tk[end - 1] as Token).lower)) end = -1;
  return { start, end };
}

/** A person named as a sentence's subject ("Harbour master Ana Lis spoke…") can be "she" later: remember them. */
export function rememberPersonSubject(
  x: AttributionText,
  memory: SpeakerMemory,
  subject: SentenceSubject,
): void {
  const { tk } = x;
  const { start: a, end: b } = subject;
  if (b <= a || b - a > 8) return;
  const last = tk[b - 1] as Token;
  const prev = tk[b - 2] as Token | undefined;
  // "Mrs. Clinton has embraced …": a title's period stands between the words of a name
  const before = prev?.text === '.' && NAME_TITLES.has(tk[b - 3]?.lower ?? '') ? tk[b - 3] : prev;
  if (
    before &&
    isCapitalised(last) &&
    isCapitalised(before) &&
    !titleCased(tk, a + 1, b) &&
    !ARTICLES.has(before.lower) &&
    !ORG_HEADS.has(last.lower) &&
    !MONTHS[last.lower] &&
    x.countCaps(a, b) <= 4
  ) {
    memory.remember(x.span(a, b).replace(/^the /i, ''), true);
  }
}

/** Does tokens [a, b) hold a capitalised small word ("Joining Forces With China")? A headline's words, not a name. */
export function titleCased(tk: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = tk[k] as Token;
    if (isCapitalised(w) && NP_STOP.has(w.lower)) return true;
  }
  return false;
}

/**
 * "X lowered its forecast to 1%": where sentence [a, b) starts speaking of the
 * subject's own figures ("its forecast", "has set a target"), or -1.
 */
export function ownsFigures(x: AttributionText, a: number, b: number): number {
  const { tk } = x;
  for (let i = a; i < b - 1; i++) {
    const w = tk[i] as Token;
    const possessive = w.lower === 'its' || w.lower === 'their';
    // "the cabinet has set a modest export target of 4.2%": a verb of owning before "a"
    const owning = (w.lower === 'a' || w.lower === 'an') && OWNING_VERBS.has(tk[i - 1]?.lower ?? '');
    if ((!possessive && !owning) || x.inQuote(i)) continue;
    for (let k = i + 1; k < Math.min(b, i + 6); k++) {
      const y = tk[k] as Token;
      if (y.kind !== WORD && y.kind !== NUM) break;
      if (FIGURE_NOUNS.has(y.lower) || OWNED_TARGETS.has(y.lower)) return i;
    }
  }
  return -1;
}
