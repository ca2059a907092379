/** Reporting clauses: verbs ("said", "told", "estimated"), "according to", passives, "quoted X as saying". */
import * as lex from '../lexicon';

import type { Token } from '../tokenize';
import * as tok from '../tokenize';
import { W_ATTRIBUTION_CUE, W_REPORT } from '../wordClass';
import { npBackward, npForward } from './noun-phrase';
import { isClosingMark } from './quotes';
import { dropPossessive, isPlainStop, isRole, type AttributionText } from './reader';
import type { SpeakerMemory } from './speaker-memory';
import type { SentenceSubject } from './subject';

const {
  ADJECTIVES_BEFORE_NOUN,
  ADVERBS_BEFORE_VERB,
  ARTICLES,
  EVIDENCE_NOUNS,
  FINDING_VERBS,
  NEVER_SPEAKERS,
  OWNED_FIGURE_NOUNS,
  PUT_AT_VERBS,
  SUBJECT_OPENERS,
  CLAUSE_OPENERS,
  DAY_PARTS,
  FIGURE_NOUNS,
  ISSUER_PREPOSITIONS,
  MONTHS,
  NOT_BEFORE_VERB,
  NOUN_LIKE_REPORTING,
  PARTICIPLES,
  QUOTED_AS,
  REPORT,
  ROLE_WORDS,
  SOURCE_DOCUMENTS,
  SPEAKER_PRONOUNS,
  RELATIVES,
  SUBORDINATORS,
  WEEKDAYS,
} = lex;
const { NUM, PUNCT, WORD, isCapitalised } = tok;
const WEEKDAY_NAMES = new Set(WEEKDAYS);

/** A reporting verb (or cue) in a sentence and the speaker it gives. */
export interface Verb {
  /** Token index of the verb. */
  at: number;
  speaker: string | null;
  /** The subject sits after the figure's position when it is at or after this token. */
  subjectStart: number;
  /** A participle continuing the clause's speaker ("…, adding that …"). */
  participle: boolean;
  /** A reporting clause closing the figure's clause (", the ministry said", "… that Putin had promised"). */
  post: boolean;
  /** Its subject follows a comma or a quotation, as a closing clause's does, whether or not figures follow it. */
  closing: boolean;
  /** The token after the last one its report covers ("put the toll at 64" covers only up to the figure). */
  reach: number;
}

/** The attributions one sentence makes. */
export interface SentenceReports {
  verbs: Verb[];
  according: Array<{ at: number; speaker: string }>;
}

/** Does a figure follow the verb at v in its sentence ("Moscow said only 57 …": the verb has its own figures)? */
function figureAfter(x: AttributionText, v: number, b: number): boolean {
  const { tk } = x;
  for (let k = v + 1; k < b && k < v + 40; k++) if ((tk[k] as Token).kind === NUM) return true;
  return false;
}

/** Is the subject starting at `a` the start of a closing reporting clause? */
function postClause(x: AttributionText, a: number): boolean {
  const { tk } = x;
  const p = tk[a - 1];
  if (!p) return false;
  return p.text === ',' || isClosingMark(p) || p.lower === 'that' || p.lower === 'which';
}

/** The subject of a reporting verb at v: backward, skipping adverbs and time, or an appositive. */
function subjectOf(
  x: AttributionText,
  v: number,
  floor: number,
  subjA: number,
  subjE: number,
): { a: number; b: number; alias?: [number, number] } | null {
  const { tk } = x;
  let k = v - 1;
  for (let guard = 0; guard < 6 && k >= floor; guard++) {
    const t = tk[k] as Token;
    if (t.kind !== WORD) break;
    if (
      ADVERBS_BEFORE_VERB.has(t.lower) ||
      (t.lower.endsWith('ly') && t.lower.length > 4 && !isCapitalised(t))
    ) {
      k--;
      continue;
    }
    if (WEEKDAY_NAMES.has(t.lower) || DAY_PARTS.has(t.lower)) {
      k--;
      if (k >= floor && (tk[k] as Token).lower === 'on') k--;
      continue;
    }
    break;
  }
  if (k < floor) return null;
  const t = tk[k] as Token;
  if (t.text === ',' && k - 1 >= floor) {
    // appositive: "Oren Marmorstein, a ministry spokesperson, said"; "DeepState, a mapping project …, estimated"
    let c1 = k - 1;
    while (c1 >= floor && !((tk[c1] as Token).text === ',' && !x.inQuote(c1))) c1--;
    if (c1 > floor) {
      const xa = npBackward(x, c1, floor);
      if (
        xa < c1 &&
        isCapitalised(tk[c1 - 1] as Token) &&
        (xa === floor || !isPlainStop(tk[xa - 1] as Token))
      ) {
        return { a: xa, b: c1, alias: [c1 + 1, k] };
      }
    }
    // "The governor of the region, Vyacheslav Gladkov, said": the name between the commas
    if (c1 > floor && k - c1 >= 3 && x.countCaps(c1 + 1, k) === k - c1 - 1) {
      return { a: c1 + 1, b: k, alias: [subjA >= 0 && subjA < c1 ? subjA : c1, c1] };
    }
    // "A Ukrainian officer serving in Kursk, who spoke on condition of anonymity, said"
    if (c1 > floor && subjE > subjA && subjE <= c1 + 1) return { a: subjA, b: subjE };
    const ya = npBackward(x, k, floor);
    if (ya < k && x.countCaps(ya, k) === k - ya) return { a: ya, b: k };
    return null;
  }
  const a = npBackward(x, k + 1, floor);
  if (a > k) return null;
  return { a, b: k + 1 };
}

function isVerb(x: AttributionText, i: number, a: number): boolean {
  const { tk } = x;
  const t = tk[i] as Token;
  if ((t.lower === 'spoke' || t.lower === 'spoken') && tk[i + 1]?.lower === 'of' && tk[i - 1]?.kind === WORD)
    return true;
  if (t.kind !== WORD || (t.wordClass & W_REPORT) === 0 || isCapitalised(t)) return false;
  if (PUT_AT_VERBS.has(t.lower) && !atFigure(x, i)) return false;
  const p = tk[i - 1];
  if (!p || i === a) return PARTICIPLES.has(t.lower);
  if (t.lower.endsWith('ing') && p.text !== ',') return false;
  if (p.kind === NUM) return false;
  const pl = p.lower;
  if (NOT_BEFORE_VERB.has(pl)) return false;
  if (ADJECTIVES_BEFORE_NOUN.has(pl) && NOUN_LIKE_REPORTING.has(t.lower)) return false;
  if (pl.endsWith("'s")) return false;
  const nx = tk[i + 1];
  if (nx && nx.kind === WORD && REPORT.has(nx.lower)) return false;
  if (
    NOUN_LIKE_REPORTING.has(t.lower) &&
    !((isCapitalised(p) && MONTHS[pl] === undefined) || ROLE_WORDS.has(pl))
  ) {
    // "estimate", "reports", "forecast" are nouns too: as verbs a clause, a figure or a full stop follows
    if (!nx || nx.kind === NUM || nx.lineBefore) return true;
    if (nx.kind === PUNCT) return nx.text === ',' || nx.text === '.' || nx.text === ':' || nx.text === ';';
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
function atFigureEnd(x: AttributionText, i: number, b: number): number {
  const { tk } = x;
  let k = i + 1;
  while (k < b && (tk[k] as Token).kind !== NUM) k++;
  for (; k < b; k++) {
    const w = tk[k] as Token;
    if (SUBORDINATORS.has(w.lower) || RELATIVES.has(w.lower)) return k;
  }
  return b;
}

/** Does tokens [a, b) name someone (a capitalised word that is not an article or determiner)? */
function namesSomeone(x: AttributionText, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = x.tk[k] as Token;
    if (isCapitalised(w) && !SUBJECT_OPENERS.has(w.lower)) return true;
  }
  return false;
}

/**
 * Can the subject [a, b) of the verb at i be its speaker? A finding verb
 * ("found") needs a source of evidence ("the study", "researchers"); an
 * inanimate noun ("growth", "the data", "results") speaks for no one unless
 * its owner is named ("Port data").
 */
function canSpeak(x: AttributionText, i: number, a: number, b: number): boolean {
  const head = (x.tk[b - 1] as Token).lower;
  const verb = (x.tk[i] as Token).lower;
  if (FINDING_VERBS.has(verb) && !EVIDENCE_NOUNS.has(head)) return false;
  return !NEVER_SPEAKERS.has(head) || namesSomeone(x, a, b - 1);
}

/**
 * "Rosstat's figure included 37,107 deaths", "the government's target of
 * 7.5%": a possessive before a figure noun at token i makes the possessor the
 * speaker of figures near it. Returns the speaker, or null.
 */
function possessor(x: AttributionText, memory: SpeakerMemory, i: number, a: number): string | null {
  const { tk } = x;
  const t = tk[i] as Token;
  if (!t.lower.endsWith("'s") || x.inQuote(i)) return null;
  const next = tk[i + 1];
  const after = tk[i + 2];
  const owned =
    (next !== undefined && OWNED_FIGURE_NOUNS.has(next.lower)) ||
    (next?.kind === WORD &&
      !next.lower.endsWith("'s") &&
      after !== undefined &&
      OWNED_FIGURE_NOUNS.has(after.lower));
  if (!owned) return null;
  const start = npBackward(x, i + 1, a);
  if (start > i || !(namesSomeone(x, start, i + 1) || isRole(dropPossessive(t.lower)))) return null;
  return memory.resolve(start, i + 1);
}

/**
 * Reads the attributions of sentence [a, b): "according to X", "quoted X as
 * saying", passives with an agent ("as reported by X"), participles
 * continuing a clause ("…, adding"), and reporting verbs with their subject
 * before them or inverted after them ("…,” said X"). Speakers resolve through
 * `memory`; `mark` is told the tokens of each speaker's name.
 */
export function readReports(
  x: AttributionText,
  memory: SpeakerMemory,
  a: number,
  b: number,
  subject: SentenceSubject,
  mark: (a: number, b: number) => void,
  quiet: (a: number, b: number) => void,
): SentenceReports {
  const { tk } = x;
  const { start: subjA, end: subjE } = subject;
  const out: SentenceReports = { verbs: [], according: [] };
  let firstFinite: Verb | null = null;
  for (let i = a; i < b; i++) {
    const t = tk[i] as Token;
    if (t.kind !== WORD || x.inQuote(i)) continue;
    // only reporting verbs, the attribution cues and possessives before a figure noun do anything below
    if ((t.wordClass & (W_REPORT | W_ATTRIBUTION_CUE)) === 0) {
      const owner = possessor(x, memory, i, a);
      if (owner) out.according.push({ at: i, speaker: owner });
      continue;
    }
    if (t.lower === 'according' && tk[i + 1]?.lower === 'to') {
      i = according(x, memory, i, b, out, mark);
      continue;
    }
    if (t.lower === 'quoted' || t.lower === 'cited') {
      // "TASS quoted Peskov as saying …": the one quoted speaks
      const e = npForward(x, i + 1, b);
      if (e > i + 1 && tk[e]?.lower === 'as' && QUOTED_AS.has(tk[e + 1]?.lower ?? '')) {
        const speaker = memory.resolve(i + 1, e);
        out.verbs.push({
          at: i,
          speaker,
          subjectStart: i + 1,
          participle: false,
          post: true,
          closing: true,
          reach: b,
        });
        i = e + 1;
        continue;
      }
    }
    if (tk[i + 1]?.lower === 'by' && REPORT.has(t.lower) && t.lower.endsWith('ed')) {
      // passive with an agent: "as reported by the BBC", "figures confirmed by the ministry"
      const e = npForward(x, i + 2, b);
      const agent =
        e > i + 2 &&
        (x.countCaps(i + 2, e) > 0 ||
          isRole((tk[e - 1] as Token).lower) ||
          (tk[i + 2] as Token).lower === 'the');
      if (agent) {
        const speaker = memory.resolve(i + 2, e);
        out.verbs.push({
          at: i,
          speaker,
          subjectStart: i + 2,
          participle: false,
          post: true,
          closing: true,
          reach: b,
        });
        i = e - 1;
        continue;
      }
    }
    if (!isVerb(x, i, a)) continue;
    if (PARTICIPLES.has(t.lower) && (i === a || tk[i - 1]?.text === ',')) {
      const speaker = firstFinite?.speaker ?? (subjE > subjA ? memory.resolve(subjA, subjE) : null);
      out.verbs.push({
        at: i,
        speaker,
        subjectStart: i,
        participle: true,
        post: false,
        closing: false,
        reach: b,
      });
      continue;
    }
    const sub = subjectOf(x, i, a, subjA, subjE);
    let verb: Verb | null = null;
    if (sub && !canSpeak(x, i, sub.a, sub.b)) continue;
    if (sub) {
      const speaker = memory.resolve(sub.a, sub.b, sub.alias);
      mark(sub.a, sub.b);
      verb = {
        at: i,
        speaker,
        subjectStart: sub.a,
        participle: false,
        post:
          postClause(x, sub.a) &&
          !figureAfter(x, i, b) &&
          !(afterIntro(x, a, sub.a) && !clauseEndsAfter(x, i, b)),
        closing: postClause(x, sub.a) && clauseEndsAfter(x, i, b),
        reach: PUT_AT_VERBS.has(t.lower) ? atFigureEnd(x, i, b) : b,
      };
    } else if (isClosingMark(tk[i - 1] as Token) || (tk[i - 1] as Token).text === ',') {
      // inversion: "…,” said Dmitry Peskov"
      const e = npForward(x, i + 1, b);
      if (e > i + 1 && (x.countCaps(i + 1, e) > 0 || isRole((tk[e - 1] as Token).lower))) {
        verb = {
          at: i,
          speaker: memory.resolve(i + 1, e),
          subjectStart: i + 1,
          participle: false,
          post: true,
          closing: true,
          reach: b,
        };
        mark(i + 1, e);
        aside(x, e, b, mark, quiet);
      }
    }
    if (verb) {
      out.verbs.push(verb);
      if (!firstFinite && verb.speaker) firstFinite = verb;
    }
  }
  return out;
}

/**
 * Does the clause end right after the verb at i (", the group said, compared
 * with", ", she said on Tuesday.")? A verb followed by its own clause (", one
 * study found Trump would…") opens a report rather than closing one.
 */
function clauseEndsAfter(x: AttributionText, i: number, b: number): boolean {
  const { tk } = x;
  for (let k = i + 1; k < b && k < i + 6; k++) {
    const w = tk[k] as Token;
    if (w.kind === PUNCT) return true;
    if (w.kind === NUM || CLAUSE_OPENERS.has(w.lower) || (isCapitalised(w) && !WEEKDAY_NAMES.has(w.lower)))
      return false;
  }
  // a verb within a few tokens of its sentence's end closes its clause
  return b - i <= 6;
}

/**
 * Does the subject at `subjA` follow the comma that ends an introductory
 * subordinate clause ("Though the fleet had 14 ships, one study found …")?
 * Such a clause is the outlet's, not the report's that follows it.
 */
function afterIntro(x: AttributionText, a: number, subjA: number): boolean {
  const { tk } = x;
  if (!SUBORDINATORS.has((tk[a] as Token).lower) || tk[subjA - 1]?.text !== ',') return false;
  for (let k = a + 1; k < subjA - 1; k++) if ((tk[k] as Token).text === ',') return false;
  return true;
}

/** The most tokens an appositive after a speaker's name may take (", 24, a student,"). */
const MAX_APPOSITIVE = 8;

/**
 * What follows an inverted speaker's name at token e (", said Ana Lis, 24, a
 * student"; ", said Lis, who has four children"): an appositive's figures
 * describe the speaker and are no claims (`mark`); a relative clause's are
 * the outlet's own (`quiet`).
 */
function aside(
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

/** "according to X" at token i: records X as the speaker; returns the token to go on from. */
function according(
  x: AttributionText,
  memory: SpeakerMemory,
  i: number,
  b: number,
  out: SentenceReports,
  mark: (a: number, b: number) => void,
): number {
  const { tk } = x;
  if (SPEAKER_PRONOUNS.has(tk[i + 2]?.lower ?? '')) {
    // "according to him"
    const speaker = memory.resolve(i + 2, i + 3);
    if (speaker) out.according.push({ at: i, speaker });
    return i + 2;
  }
  const e = npForward(x, i + 2, b);
  let nameA = i + 2;
  let nameE = e;
  // "according to the Fund's projections": the possessor speaks
  for (let k = nameA; k < nameE; k++) {
    const w = tk[k] as Token;
    if (w.lower.endsWith("'s") && k + 1 < nameE && FIGURE_NOUNS.has((tk[nameE - 1] as Token).lower)) {
      nameE = k + 1;
      break;
    }
  }
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
    }
  }
  if (nameE > nameA) {
    mark(nameA, nameE);
    const speaker = memory.resolve(nameA, nameE);
    if (speaker) out.according.push({ at: i, speaker });
  }
  return Math.max(i, e - 1);
}
