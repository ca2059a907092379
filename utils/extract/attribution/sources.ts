/**
 * Cues that are not verbs: "according to X", a possessor of a figure or a plan
 * ("Rosstat's figure", "under Mrs. Lis's plan"), a source of evidence in a
 * phrase of its own ("In the port's survey, …", "…, by one estimate"), and
 * what follows an inverted speaker's name (", 24, a student").
 */
import * as lex from '../lexicon';

import type { Token } from '../tokenize';
import * as tok from '../tokenize';
import { clauseEnd, clauseStart, type Cue } from './content';
import { npBackward, npForward } from './noun-phrase';
import { dropPossessive, isRole, type AttributionText } from './reader';
import type { SpeakerMemory } from './speaker-memory';

const {
  ADVERBS_BEFORE_VERB,
  NOUN_COMPLEMENTS,
  OWNED_PREDICATES,
  ARTICLES,
  EVIDENCE_NOUNS,
  EVIDENCE_PREPOSITIONS,
  FIGURE_NOUNS,
  ISSUER_PREPOSITIONS,
  OWNED_FIGURE_NOUNS,
  SOURCE_DOCUMENTS,
  SPEAKER_PRONOUNS,
  SUBJECT_OPENERS,
} = lex;
const { NUM, PUNCT, WORD, isCapitalised } = tok;

/** Does tokens [a, b) name someone (a capitalised word that is not an article or determiner)? */
export function namesSomeone(x: AttributionText, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = x.tk[k] as Token;
    if (isCapitalised(w) && !SUBJECT_OPENERS.has(w.lower)) return true;
  }
  return false;
}

/** A cue that is no verb, covering tokens [from, to). */
function cue(at: number, speaker: string, kind: Cue['kind'], from: number, to: number): Cue {
  return { at, speaker, kind, from, to, participle: false, closing: false };
}

/**
 * Does the cue phrase [i, e) of sentence [a, b) introduce its clause
 * ("According to X, …", "Under X's plan, …"): it opens the clause (after a
 * preposition of its own) and a comma follows it?
 */
function introduces(x: AttributionText, i: number, e: number, a: number): boolean {
  const { tk } = x;
  const opens = i > a && isIntroPreposition(tk[i - 1]) ? i - 1 : i;
  return tk[e]?.text === ',' && clauseStart(x, i, a) === opens;
}

/**
 * The content of a cue phrase [i, e) in sentence [a, b): an introductory
 * phrase governs the clause after its comma; one after a comma (",
 * according to X.") or inside a clause governs that clause, both sides.
 */
function phraseContent(x: AttributionText, i: number, e: number, a: number, b: number): [number, number] {
  if (introduces(x, i, e, a)) return [e + 1, clauseEnd(x, e + 1, b)];
  return [clauseStart(x, i, a), clauseEnd(x, e, b)];
}

/** A preposition that may open a phrase naming a source ("Under X's plan", "In the poll"). */
function isIntroPreposition(t: Token | undefined): boolean {
  return t !== undefined && t.kind === WORD && EVIDENCE_PREPOSITIONS.has(t.lower);
}

/**
 * "according to X" at token i of sentence [a, b): records X as the source of
 * the clause it governs; returns the token to go on from.
 */
export function according(
  x: AttributionText,
  memory: SpeakerMemory,
  i: number,
  a: number,
  b: number,
  out: Cue[],
  mark: (a: number, b: number) => void,
): number {
  const { tk } = x;
  if (SPEAKER_PRONOUNS.has(tk[i + 2]?.lower ?? '')) {
    // "according to him"
    const speaker = memory.resolve(i + 2, i + 3);
    if (speaker) out.push(cue(i, speaker, 'according', ...phraseContent(x, i, i + 3, a, b)));
    return i + 2;
  }
  let e = npForward(x, i + 2, b);
  let nameA = i + 2;
  let nameE = e;
  if (e - nameA <= 1 && ARTICLES.has(tk[nameA]?.lower ?? '')) {
    // "according to a 52-count complaint filed by the SEC", "according to a review by X"
    const source = evidenceNamed(x, nameA, b);
    if (source) [nameA, nameE, e] = source;
  }
  // "according to the Fund's projections": the possessor speaks
  for (let k = nameA; k < nameE; k++) {
    const w = tk[k] as Token;
    if (w.lower.endsWith("'s") && k + 1 < nameE && FIGURE_NOUNS.has((tk[nameE - 1] as Token).lower)) {
      nameE = k + 1;
      break;
    }
  }
  let end = e;
  const via = tk[nameE];
  if (
    nameE > nameA &&
    via &&
    ISSUER_PREPOSITIONS.has(via.lower) &&
    SOURCE_DOCUMENTS.has((tk[nameE - 1] as Token).lower)
  ) {
    // "according to statements from both governments"
    const e2 = npForward(x, nameE + 1, b);
    if (e2 > nameE + 1) {
      nameA = nameE + 1;
      nameE = e2;
      end = e2;
    }
  }
  if (nameE > nameA) {
    mark(nameA, nameE);
    const speaker = memory.resolve(nameA, nameE);
    if (speaker) out.push(cue(i, speaker, 'according', ...phraseContent(x, i, end, a, b)));
  }
  return Math.max(i, e - 1);
}

/**
 * An article opening a source of evidence at k ("a 52-count complaint filed
 * by the SEC", "a review by the office", "a new harbour survey"): the tokens
 * naming the source (the issuer after "by" when named) and where the phrase
 * ends, or null.
 */
function evidenceNamed(x: AttributionText, k: number, b: number): [number, number, number] | null {
  const { tk } = x;
  for (let h = k + 1; h < b && h < k + 8; h++) {
    const t = tk[h] as Token;
    if (t.kind === PUNCT && t.text !== '-') return null;
    // ("52-count": a modifier, not the head)
    if (t.kind !== WORD || !EVIDENCE_NOUNS.has(t.lower) || tk[h + 1]?.text === '-' || tk[h - 1]?.text === '-')
      continue;
    let by = h + 1;
    if (tk[by]?.lower.endsWith('ed') && tk[by + 1]?.lower === 'by') by++;
    if (tk[by]?.lower === 'by') {
      const agentEnd = npForward(x, by + 1, b);
      if (agentEnd > by + 1 && x.countCaps(by + 1, agentEnd) > 0) return [by + 1, agentEnd, agentEnd];
    }
    return [k, h + 1, h + 1];
  }
  return null;
}

/**
 * "the bureau's figure included 21,480 deaths", "the government's target of
 * 7.5%", "Under Mrs. Lis's plan, …": a possessive before a figure noun or a
 * plan at token i makes the possessor the source of what that noun governs.
 */
export function possessor(
  x: AttributionText,
  memory: SpeakerMemory,
  i: number,
  a: number,
  b: number,
): Cue | null {
  const { tk } = x;
  const t = tk[i] as Token;
  if (!t.lower.endsWith("'s") || x.inQuote(i)) return null;
  const next = tk[i + 1];
  const after = tk[i + 2];
  let noun = -1;
  if (next !== undefined && OWNED_FIGURE_NOUNS.has(next.lower)) noun = i + 1;
  else if (
    next?.kind === WORD &&
    !next.lower.endsWith("'s") &&
    after !== undefined &&
    OWNED_FIGURE_NOUNS.has(after.lower)
  )
    noun = i + 2;
  if (noun < 0) return null;
  const start = npBackward(x, i + 1, a);
  if (start > i || !(namesSomeone(x, start, i + 1) || isRole(dropPossessive(t.lower)))) return null;
  const speaker = memory.resolve(start, i + 1);
  if (!speaker) return null;
  // "Under X's plan, …": the clause after it; "X's plan would cap …", "X's forecast of 5.6%": what the noun governs
  if (introduces(x, start, noun + 1, a)) return cue(i, speaker, 'owner', noun + 2, clauseEnd(x, noun + 2, b));
  if (!governsFigures(x, noun + 1)) return null;
  return cue(i, speaker, 'owner', noun + 1, clauseEnd(x, noun + 1, b));
}

/**
 * Does what follows a figure noun or a plan at token k give its figures ("X's
 * forecast of 5.6%", "X's plan would cap …", "X's figure included …") rather
 * than speak about it ("X's proposals do nothing to …")?
 */
function governsFigures(x: AttributionText, k: number): boolean {
  const { tk } = x;
  for (let m = k; m < k + 4; m++) {
    const t = tk[m];
    if (!t || t.kind !== WORD) return false;
    if (NOUN_COMPLEMENTS.has(t.lower) || OWNED_PREDICATES.has(t.lower)) return true;
    if (!ADVERBS_BEFORE_VERB.has(t.lower)) return false;
  }
  return false;
}

/**
 * A source of evidence in a phrase of its own at token i: "In this poll, …",
 * "In a survey by the port office, …" (the clause after its comma) or "…, by
 * one estimate." (the clause before). Returns the cue, or null.
 */
export function evidencePhrase(
  x: AttributionText,
  memory: SpeakerMemory,
  i: number,
  a: number,
  b: number,
  mark: (a: number, b: number) => void,
): Cue | null {
  const { tk } = x;
  const p = tk[i] as Token;
  if (!isIntroPreposition(p) || x.inQuote(i)) return null;
  // a short phrase whose head is a source of evidence, then a comma or the sentence's end
  let k = i + 1;
  let head = -1;
  while (k < b && k < i + 7) {
    const w = tk[k] as Token;
    if (w.kind === PUNCT) break;
    if (w.kind === WORD && EVIDENCE_NOUNS.has(w.lower)) head = k;
    k++;
  }
  if (head < 0) return null;
  // "In a survey by the port office": its owner
  let e = head + 1;
  if (tk[e]?.kind === WORD && (tk[e] as Token).lower === 'by') {
    const e2 = npForward(x, e + 1, b);
    if (e2 > e + 1) e = e2;
  }
  const end = tk[e];
  const introduces = i === a && end?.text === ',';
  const closes = tk[i - 1]?.text === ',' && (e >= b || end?.text === '.' || end?.kind === PUNCT);
  if (!introduces && !closes) return null;
  // a figure inside the phrase ("In a poll of 1,000 voters") describes the source
  for (let m = i + 1; m < e; m++) if ((tk[m] as Token).kind === NUM) return null;
  const speaker = memory.resolve(i + 1, e);
  if (!speaker) return null;
  mark(i + 1, e);
  return introduces
    ? cue(i, speaker, 'according', e + 1, clauseEnd(x, e + 1, b))
    : cue(i, speaker, 'according', clauseStart(x, i - 1, a), i - 1);
}

/** The most tokens an appositive after a speaker's name may take (", 24, a student,"). */
const MAX_APPOSITIVE = 12;

/**
 * What follows an inverted speaker's name at token e (", said Ana Lis, 24, a
 * student"; ", said Lis, who has four children"): an appositive's figures
 * describe the speaker and are no claims (`mark`); a relative clause's are
 * the outlet's own (`quiet`).
 */
export function aside(
  x: AttributionText,
  e: number,
  b: number,
  mark: (a: number, b: number) => void,
  quiet: (a: number, b: number) => void,
): void {
  const { tk } = x;
  if (tk[e]?.text !== ',') return;
  let end = e + 1;
  while (end < b && !x.inQuote(end) && (tk[end] as Token).text !== ',' && (tk[end] as Token).text !== '.')
    end++;
  const first = tk[e + 1];
  if (!first) return;
  if (first.lower === 'who' || first.lower === 'whose' || first.lower === 'which') quiet(e + 1, end);
  else if (end - e - 1 <= MAX_APPOSITIVE && (first.kind === NUM || ARTICLES.has(first.lower))) {
    mark(e + 1, end);
    // ", 24, a student": the age and the role after it
    if (first.kind === NUM && tk[end]?.text === ',') aside(x, end, b, mark, quiet);
  }
}
