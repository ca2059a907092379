/** Sources of evidence as subjects ("a poll released Friday shows", "…, a bank analysis shows."), and plans inside another's report. */
import * as lex from '../lexicon';

import type { Token } from '../tokenize';
import * as tok from '../tokenize';
import type { Cue } from './content';
import { npForward } from './noun-phrase';
import type { AttributionText } from './reader';

const { ARTICLES, CUE_CLASS, EVIDENCE_NOUNS, NP_STOP, OWNED_FIGURE_NOUNS, REPORT } = lex;
const { NUM, PUNCT, WORD } = tok;

/** Words that may open what follows a source of evidence before its verb ("a poll released Friday", "a study by X"). */
const EVIDENCE_MODIFIERS = new Set([
  'by',
  'of',
  'from',
  'in',
  'for',
  'on',
  'conducted',
  'released',
  'published',
  'commissioned',
  'carried',
  'filed',
  'issued',
  'out',
  'taken',
]);

/**
 * The subject of an evidence verb at v when it is a source of evidence with
 * what modifies it ("A poll released Friday shows", "a 2014 study by a law
 * professor found", "leaked documents from his tax return show"): the noun
 * phrase, with its owner after "by". Returns tokens [a, b) of the name, or null.
 */
export function evidenceSubject(
  x: AttributionText,
  v: number,
  floor: number,
): { a: number; b: number } | null {
  const { tk } = x;
  for (let k = v - 1; k >= floor && k >= v - 16; k--) {
    const t = tk[k] as Token;
    if (x.inQuote(k) || (t.kind === PUNCT && t.text !== '-' && t.text !== '/' && t.text !== "'")) return null;
    if (t.kind !== WORD || !EVIDENCE_NOUNS.has(t.lower)) continue;
    let after = tk[k + 1] as Token;
    if (k + 1 < v && !EVIDENCE_MODIFIERS.has(after.lower)) continue;
    // "an analysis of filed reports shows": the source whose phrase holds the other
    for (let m = k - 1; m >= floor && m >= v - 16; m--) {
      const w = tk[m] as Token;
      if (x.inQuote(m) || w.kind === PUNCT) break;
      if (EVIDENCE_NOUNS.has(w.lower) && EVIDENCE_MODIFIERS.has((tk[m + 1] as Token).lower)) {
        k = m;
        after = tk[m + 1] as Token;
      }
    }
    // the head's own phrase: determiners, adjectives, names and a year before it
    let a = k;
    while (a - 1 >= floor) {
      const w = tk[a - 1] as Token;
      if (x.inQuote(a - 1)) break;
      if (w.kind === NUM || (w.kind === PUNCT && (w.text === '/' || w.text === '-') && !w.spaceBefore)) {
        a--;
        continue;
      }
      if (w.kind !== WORD) break;
      if (ARTICLES.has(w.lower) || w.lower === 'this' || w.lower === 'these' || w.lower.endsWith("'s")) {
        a--;
        if (!w.lower.endsWith("'s")) break;
        continue;
      }
      if (NP_STOP.has(w.lower) || REPORT.has(w.lower)) break;
      a--;
    }
    // "by" and its owner
    let b = k + 1;
    if (after.lower === 'by') {
      const e = npForward(x, k + 2, v);
      if (e > k + 2) b = e;
    }
    return { a, b };
  }
  return null;
}

/**
 * "…, a bank analysis of the filings shows.": a sentence-final cue at i whose
 * clause, after a comma, names a source of evidence.
 */
export function closingEvidence(x: AttributionText, i: number, a: number): boolean {
  const { tk } = x;
  if (CUE_CLASS[(tk[i] as Token).lower] !== 'evidence') return false;
  let named = false;
  for (let k = i - 1; k > a && k > i - 12; k--) {
    const w = tk[k] as Token;
    if (w.kind === PUNCT) return w.text === ',' && !x.inQuote(k) && named;
    if (w.kind !== WORD) return false;
    if (EVIDENCE_NOUNS.has(w.lower)) named = true;
  }
  return false;
}

/**
 * "The center estimates that X's plan would raise $1 trillion": a plan,
 * target or claim (not a forecast or a poll) owned at token i inside the
 * content of another speaker's report, whose figure it is.
 */
export function planInReport(x: AttributionText, cues: Cue[], i: number): boolean {
  const { tk } = x;
  const noun = OWNED_FIGURE_NOUNS.has(tk[i + 1]?.lower ?? '') ? tk[i + 1] : tk[i + 2];
  if (!noun || EVIDENCE_NOUNS.has(noun.lower)) return false;
  return cues.some((c) => c.speaker !== null && c.kind !== 'owner' && c.from <= i && i < c.to);
}
