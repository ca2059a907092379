/**
 * Reporting clauses: cue verbs of speech, belief, intention and evidence
 * ("said", "expects", "wants to", "a poll shows"), passives, "quoted X as
 * saying", and the non-verb cues of sources.ts, each with its content.
 */
import * as lex from '../lexicon';

import type { Token } from '../tokenize';
import * as tok from '../tokenize';
import { W_ATTRIBUTION_CUE, W_REPORT } from '../wordClass';
import { npBackward, npForward } from './noun-phrase';
import { isClosingMark } from './quotes';
import { atFigureEnd, BE_FORMS, isVerb, OBJECT_PREPOSITIONS } from './cue-verbs';
import { evidenceSubject, planInReport } from './evidence';
import { clauseEnd, clauseStart, continuationEnd, describedPhrase, verbCloses, type Cue } from './content';
import { isPlainStop, isRole, type AttributionText } from './reader';
import { according, aside, evidencePhrase, namesSomeone, possessor } from './sources';
import type { SpeakerMemory } from './speaker-memory';
import type { SentenceSubject } from './subject';

const {
  CUE_CLASS,
  FIGURE_NOUNS,
  TAIL_PREPOSITIONS,
  VAGUE_SUBJECTS,
  GENERIC_BODIES,
  ORG_HEADS,
  PHRASAL_CUES,
  ADVERBS_BEFORE_VERB,
  EVIDENCE_NOUNS,
  NEVER_SPEAKERS,
  PUT_AT_VERBS,
  DAY_PARTS,
  PARTICIPLES,
  QUOTED_AS,
  REPORT,
  SPEAKER_PRONOUNS,
  WEEKDAYS,
} = lex;
const { NUM, PUNCT, WORD, isCapitalised } = tok;
const WEEKDAY_NAMES = new Set(WEEKDAYS);
/** The cues one sentence makes, each with the content it governs. */
export interface SentenceReports {
  cues: Cue[];
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
  const progressive = (tk[v] as Token).lower.endsWith('ing');
  for (let guard = 0; guard < 6 && k >= floor; guard++) {
    const t = tk[k] as Token;
    if (t.kind !== WORD) break;
    if (
      ADVERBS_BEFORE_VERB.has(t.lower) ||
      (progressive && BE_FORMS.has(t.lower)) ||
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

/**
 * Can the subject [a, b) of the cue verb at i be its source? Speech wants
 * anyone but an inanimate noun ("growth", "the data", "results") unless its
 * owner is named ("Port data"); a belief or an intention someone named or a
 * role ("the ministry expects"); evidence ("found", "shows") a source of
 * evidence ("the study", "researchers"), or a name when a clause follows
 * ("The Observer found that …").
 */
function canSpeak(x: AttributionText, i: number, a: number, b: number, after: number): boolean {
  const { tk } = x;
  const head = (tk[b - 1] as Token).lower;
  const verb = (tk[i] as Token).lower;
  const cls = CUE_CLASS[verb] ?? PHRASAL_CUES[verb];
  const named = namesSomeone(x, a, b);
  if (NEVER_SPEAKERS.has(head) && !namesSomeone(x, a, b - 1)) return false;
  if (cls === 'belief' || cls === 'intention')
    return (
      named ||
      isRole(head) ||
      SPEAKER_PRONOUNS.has(head) ||
      EVIDENCE_NOUNS.has(head) ||
      GENERIC_BODIES.has(head) ||
      ORG_HEADS.has(head)
    );
  if (cls === 'evidence' && !PUT_AT_VERBS.has(verb)) {
    if (EVIDENCE_NOUNS.has(head)) return true;
    return (named || isRole(head)) && (tk[after]?.lower === 'that' || verb === 'rated');
  }
  return true;
}

/**
 * Reads the cues of sentence [a, b): "according to X", possessors ("X's
 * plan"), sources in phrases of their own ("In the poll, …"), "quoted X as
 * saying", passives with an agent ("as reported by X"), participles continuing
 * a clause ("…, adding"), and cue verbs with their subject before them or
 * inverted after them ("…,” said X"), each with the content it governs.
 * Speakers resolve through `memory`; `mark` is told the tokens of each
 * speaker's name, `quiet` of a clause of the outlet's own inside one.
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
  const cues: Cue[] = [];
  const out: SentenceReports = { cues };
  let firstFinite: Cue | null = null;
  const push = (c: Cue) => {
    cues.push(c);
    if (!firstFinite && c.kind === 'verb' && c.speaker && !c.participle) firstFinite = c;
  };
  for (let i = a; i < b; i++) {
    const t = tk[i] as Token;
    if (t.kind !== WORD || x.inQuote(i)) continue;
    // only cue words, possessives before a figure noun and prepositions before a source do anything below
    if ((t.wordClass & (W_REPORT | W_ATTRIBUTION_CUE)) === 0) {
      const owner = possessor(x, memory, i, a, b);
      if (owner && !planInReport(x, cues, i)) push(owner);
      else if (i === a || tk[i - 1]?.text === ',') {
        const source = evidencePhrase(x, memory, i, a, b, mark);
        if (source) push(source);
      }
      continue;
    }
    if (t.lower === 'according' && tk[i + 1]?.lower === 'to') {
      i = according(x, memory, i, a, b, cues, mark);
      continue;
    }
    if (t.lower === 'quoted' || t.lower === 'cited') {
      // "TASS quoted Peskov as saying …": the one quoted speaks
      const e = npForward(x, i + 1, b);
      if (e > i + 1 && tk[e]?.lower === 'as' && QUOTED_AS.has(tk[e + 1]?.lower ?? '')) {
        push(verbCue(i, memory.resolve(i + 1, e), e + 2, clauseEnd(x, e + 2, b)));
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
        // "the 9,310 cases reported by the health board": the phrase it describes; "as reported by": the clause
        const np = describedPhrase(x, i, a);
        const c =
          np >= 0
            ? verbCue(i, memory.resolve(i + 2, e), np, i)
            : verbCue(i, memory.resolve(i + 2, e), clauseStart(x, i, a), clauseEnd(x, e, b));
        c.kind = 'passive';
        push(c);
        i = e - 1;
        continue;
      }
    }
    if (!isVerb(x, i, a)) continue;
    const particle = PHRASAL_CUES[t.lower] !== undefined ? 1 : 0;
    if (PARTICIPLES.has(t.lower) && (i === a || tk[i - 1]?.text === ',')) {
      const first = firstFinite as Cue | null;
      const speaker = first?.speaker ?? (subjE > subjA ? memory.resolve(subjA, subjE) : null);
      const c = verbCue(i, speaker, i + 1 + particle, clauseEnd(x, i + 1, b));
      c.participle = true;
      push(c);
      continue;
    }
    const { closes, after } = verbCloses(x, i + particle, b);
    let sub: { a: number; b: number; alias?: [number, number] } | null = subjectOf(x, i, a, subjA, subjE);
    if (
      sub &&
      sub.a > a &&
      OBJECT_PREPOSITIONS.has((tk[sub.a - 1] as Token).lower) &&
      !isPlainStop(tk[sub.a - 1] as Token)
    )
      sub = null;
    let evidence = false;
    if (CUE_CLASS[t.lower] === 'evidence') {
      // "a poll of voters shows", "an analysis of the filings found": the source of evidence, not the last noun
      const source = evidenceSubject(x, i, a);
      if (source && (!sub || source.a < sub.a || !EVIDENCE_NOUNS.has((tk[sub.b - 1] as Token).lower))) {
        sub = source;
        evidence = true;
      }
    }
    if (sub && !evidence && !canSpeak(x, i, sub.a, sub.b, after)) continue;
    if (sub) {
      // "some say", "many believe": a cue, but no one to name
      const vague = sub.b - sub.a === 1 && VAGUE_SUBJECTS.has((tk[sub.a] as Token).lower);
      const speaker = vague ? null : memory.resolve(sub.a, sub.b, sub.alias);
      mark(sub.a, sub.b);
      let from = i + 1 + particle;
      let to = PUT_AT_VERBS.has(t.lower) ? atFigureEnd(x, i, b) : clauseEnd(x, from, b);
      if (closes) {
        // ", the ministry said.": the clause before the subject, and one the comma after it goes on with
        from = clauseStart(x, sub.a, a);
        const more = continuationEnd(x, after, b);
        to = more > after ? more : sub.a;
      } else if (refersBack(x, from)) to = from + 2;
      // "an aggressive - some say unrealistic - pledge": a cue inside dashes or brackets governs only what they enclose
      const inside = enclosure(x, sub.a, after, a, b);
      if (inside) {
        from = Math.max(from, inside[0]);
        to = Math.min(to, inside[1]);
      }
      const c = verbCue(i, speaker, from, to);
      c.closing = closes;
      push(c);
      // "the 23 prisoners that Putin had promised to release": the figures of the phrase the relative describes
      const described = relativeHead(x, sub.a, a);
      if (described >= 0) push(verbCue(i, speaker, described, sub.a - 1));
    } else if (isClosingMark(tk[i - 1] as Token) || (tk[i - 1] as Token).text === ',') {
      // inversion: "…,” said Dmitry Peskov", "…,” said 2016 champion Ana Lis"
      const n0 = i + 1 + dateModifier(x, i + 1, b);
      const e = npForward(x, n0, b);
      if (e > n0 && (x.countCaps(n0, e) > 0 || isRole((tk[e - 1] as Token).lower))) {
        const more = continuationEnd(x, e, b);
        const c = verbCue(i, memory.resolve(n0, e), clauseStart(x, i, a), more > e ? more : i);
        c.closing = true;
        push(c);
        mark(i + 1, e);
        aside(x, e, b, mark, quiet);
      }
    }
  }
  return out;
}

/**
 * A year or a date written with a slash before a name's words ("2016 champion
 * Ana Lis", "9/11 widow Ana Lis"): how many tokens it takes (0 when none).
 */
function dateModifier(x: AttributionText, k: number, b: number): number {
  const { tk } = x;
  const t = tk[k];
  if (!t || t.kind !== NUM) return 0;
  let m = k + 1;
  if (tk[m]?.text === '/' && !tk[m]?.spaceBefore && tk[m + 1]?.kind === NUM && !tk[m + 1]?.spaceBefore)
    m += 2;
  else if (!/^(19|20)\d\d$/.test(t.text)) return 0;
  return m < b && tk[m]?.kind === WORD ? m - k : 0;
}

/**
 * A restrictive relative clause whose subject starts at token k ("the 23
 * prisoners that Putin promised to free", "the 40 ships which the office
 * counted"): where the phrase it describes starts when that phrase holds a
 * figure, else -1. After a comma (", which the mayor says …") it is the
 * outlet's aside.
 */
function relativeHead(x: AttributionText, k: number, a: number): number {
  const { tk } = x;
  const rel = tk[k - 1];
  const before = tk[k - 2];
  if (!rel || k - 1 <= a || (rel.lower !== 'that' && rel.lower !== 'which')) return -1;
  if (!before || before.kind === PUNCT) return -1;
  const np = describedPhrase(x, k - 1, a);
  if (np < 0) return -1;
  for (let m = np; m < k - 1; m++) if ((tk[m] as Token).kind === NUM) return np;
  return -1;
}

/** "cited the figure", "repeated the number": the content is a figure named before, not one that follows. */
function refersBack(x: AttributionText, k: number): boolean {
  const { tk } = x;
  const d = tk[k]?.lower;
  const noun = tk[k + 1];
  if ((d !== 'the' && d !== 'this' && d !== 'that') || !noun || !FIGURE_NOUNS.has(noun.lower)) return false;
  // "cited the figure at a forum", "repeated the number." (not "said the number was low")
  const nx = tk[k + 2];
  if (!nx || nx.kind === PUNCT) return true;
  // "assessed this figure at 4.1%" gives it
  if (!TAIL_PREPOSITIONS.has(nx.lower)) return false;
  for (let m = k + 3; m < k + 6 && m < tk.length; m++) if ((tk[m] as Token).kind === NUM) return false;
  return true;
}

/**
 * The dashes or brackets around tokens [left, right) in sentence [a, b)
 * ("- some say unrealistic -", "(officials said 40)"): the tokens they
 * enclose, or null.
 */
function enclosure(
  x: AttributionText,
  left: number,
  right: number,
  a: number,
  b: number,
): [number, number] | null {
  const { tk } = x;
  let open = -1;
  for (let k = left - 1; k >= a; k--) {
    const t = tk[k] as Token;
    if (t.kind !== PUNCT || x.inQuote(k)) continue;
    if (t.text === '(' || isAsideDash(x, k)) open = k;
    break;
  }
  if (open < 0) return null;
  for (let k = right; k < b; k++) {
    const t = tk[k] as Token;
    if (t.kind !== PUNCT || x.inQuote(k)) continue;
    if (t.text === ')' || isAsideDash(x, k)) return [open + 1, k];
    if (t.text === '.' || t.text === ';') return null;
  }
  return null;
}

/** A dash set off by spaces (" - ", " — ", " -- "), as asides are written. */
export function isAsideDash(x: AttributionText, k: number): boolean {
  const { tk } = x;
  const t = tk[k] as Token;
  if (t.text !== '-' && t.text !== '—' && t.text !== '–') return false;
  if (t.text === '-' && tk[k + 1]?.text === '-' && !tk[k + 1]?.spaceBefore) return t.spaceBefore;
  if (t.text === '-' && tk[k - 1]?.text === '-' && !t.spaceBefore) return tk[k + 1]?.spaceBefore ?? true;
  return t.spaceBefore && (tk[k + 1]?.spaceBefore ?? true);
}

/** A verb cue covering tokens [from, to). */
function verbCue(at: number, speaker: string | null, from: number, to: number): Cue {
  return { at, speaker, kind: 'verb', from, to, participle: false, closing: false };
}
