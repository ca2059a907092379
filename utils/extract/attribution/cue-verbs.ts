/** Cue verbs: whether a reporting word stands as a verb ("the board plans to", not "ambitious plans to"), and "put the toll at 64". */
import * as lex from '../lexicon';

import type { Token } from '../tokenize';
import * as tok from '../tokenize';
import { W_REPORT } from '../wordClass';
import { closingEvidence } from './evidence';
import type { AttributionText } from './reader';

const {
  ADJECTIVES_BEFORE_NOUN,
  CLAUSE_OPENERS,
  CUE_CLASS,
  CUE_PARTICLES,
  DAY_PARTS,
  MONTHS,
  NOT_BEFORE_VERB,
  NOUN_LIKE_REPORTING,
  PARTICIPLES,
  PUT_AT_VERBS,
  RELATIVES,
  REPORT,
  ROLE_WORDS,
  SPEAKER_PRONOUNS,
  SUBORDINATORS,
  WEEKDAYS,
} = lex;
const { NUM, PUNCT, WORD, isCapitalised } = tok;
const WEEKDAY_NAMES = new Set(WEEKDAYS);

/** Endings of adjectives ("ambitious plans to", "official estimates"), so a noun-like cue after one is the noun. */
const ADJECTIVE_ENDINGS = /(ous|ive|al|ic|ful|ed|ent|ant|ary|ible|able|ing)$/;
/** "is proposing", "are calling for": a progressive's auxiliary before a cue verb. */
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'be']);

/** Prepositions whose object is no subject ("… speak to political leaders shows": the leaders show nothing). */
export const OBJECT_PREPOSITIONS = new Set([
  'to',
  'with',
  'for',
  'from',
  'by',
  'of',
  'on',
  'at',
  'about',
  'among',
  'into',
  'than',
  'against',
]);

/** Is token i of sentence [a, …) a cue verb (not the noun "estimate", a passive "was said", or "called" without "for")? */
export function isVerb(x: AttributionText, i: number, a: number): boolean {
  const { tk } = x;
  const t = tk[i] as Token;
  if ((t.lower === 'spoke' || t.lower === 'spoken') && tk[i + 1]?.lower === 'of' && tk[i - 1]?.kind === WORD)
    return true;
  if (t.kind !== WORD || (t.wordClass & W_REPORT) === 0 || isCapitalised(t)) return false;
  if (PUT_AT_VERBS.has(t.lower) && !atFigure(x, i)) return false;
  const particles = CUE_PARTICLES[t.lower];
  if (particles && !particles.has(tk[i + 1]?.lower ?? '')) return false;
  const p = tk[i - 1];
  if (!p || i === a) return PARTICIPLES.has(t.lower);
  const pl = p.lower;
  // "is proposing", "are calling for": a progressive is the verb; "the warning", "by saying" are not
  if (t.lower.endsWith('ing')) return p.text === ',' || (BE_FORMS.has(pl) && tk[i - 2]?.kind === WORD);
  if (p.kind === NUM) return false;
  if (NOT_BEFORE_VERB.has(pl)) return false;
  if (ADJECTIVES_BEFORE_NOUN.has(pl) && NOUN_LIKE_REPORTING.has(t.lower)) return false;
  if (pl.endsWith("'s")) return false;
  const nx = tk[i + 1];
  // "the report says": a noun before the verb; "announced plans to": a verb before the noun
  if (nx && nx.kind === WORD && REPORT.has(nx.lower)) {
    if (NOUN_LIKE_REPORTING.has(t.lower) || !NOUN_LIKE_REPORTING.has(nx.lower)) return false;
  }
  // "announced plans this week": a noun after a cue verb
  if (NOUN_LIKE_REPORTING.has(t.lower) && REPORT.has(pl) && !NOUN_LIKE_REPORTING.has(pl)) return false;
  // "32% of Red claims", "on Blue reports": a noun after a preposition's object
  const when = WEEKDAY_NAMES.has(pl) || DAY_PARTS.has(pl) || MONTHS[pl] !== undefined;
  if (NOUN_LIKE_REPORTING.has(t.lower) && !when && OBJECT_PREPOSITIONS.has(tk[i - 2]?.lower ?? ''))
    return false;
  if (
    NOUN_LIKE_REPORTING.has(t.lower) &&
    !((isCapitalised(p) && MONTHS[pl] === undefined) || ROLE_WORDS.has(pl) || SPEAKER_PRONOUNS.has(pl))
  ) {
    // "estimate", "reports", "forecast" are nouns too: as verbs a clause, a figure or a full stop follows
    if (!nx || nx.kind === NUM || nx.lineBefore) return true;
    // "the board plans to …" (not "ambitious plans to …")
    if (nx.lower === 'to' && CUE_CLASS[t.lower] === 'intention') return !ADJECTIVE_ENDINGS.test(pl);
    // "in battleground states, …": after a plain word, a comma or a full stop ends the noun
    if (nx.kind === PUNCT) return nx.text === ':' || (nx.text === '.' && closingEvidence(x, i, a));
    return isCapitalised(nx) || CLAUSE_OPENERS.has(nx.lower);
  }
  return true;
}

/** "put the toll at 64", "placed the number at about 200": an "at" before a figure within a few words of the verb at i. */
function atFigure(x: AttributionText, i: number): boolean {
  const { tk } = x;
  for (let k = i + 1; k < i + 9 && k < tk.length; k++) {
    const w = tk[k] as Token;
    if (w.kind === PUNCT && w.text !== '-') return false;
    if (w.lower === 'at') {
      for (let m = k + 1; m < k + 4 && m < tk.length; m++) if ((tk[m] as Token).kind === NUM) return true;
      return false;
    }
  }
  return false;
}

/**
 * Where the report of "put the toll at 64" (the verb at i) ends: at the first
 * clause of the outlet's own after its figure ("… at 64 after the storm,
 * which cut power to 3 million people"); "…, with 1,560 added" goes on.
 */
export function atFigureEnd(x: AttributionText, i: number, b: number): number {
  const { tk } = x;
  let k = i + 1;
  while (k < b && (tk[k] as Token).kind !== NUM) k++;
  for (; k < b; k++) {
    const w = tk[k] as Token;
    if (SUBORDINATORS.has(w.lower) || RELATIVES.has(w.lower)) return k;
  }
  return b;
}
