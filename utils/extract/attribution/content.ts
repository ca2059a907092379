/**
 * The content a cue governs: the clause it scopes over, not the whole
 * sentence. "X said 40 drones flew" covers what follows the verb; "40 drones
 * flew, X said" what comes before it; "X said as 2,000 supporters cheered"
 * leaves the "as" clause to the outlet.
 */
import * as lex from '../lexicon';

import type { Token } from '../tokenize';
import * as tok from '../tokenize';
import { W_NUMBER_START } from '../wordClass';
import type { AttributionText } from './reader';

const {
  ADVERBS_BEFORE_VERB,
  CONTENT_BREAKS,
  CUE_CLASS,
  DAY_PARTS,
  MONTHS,
  NP_STOP,
  RELATIVES,
  SUBORDINATORS,
  TAIL_DETERMINERS,
  TAIL_PREPOSITIONS,
  TAIL_TIME_WORDS,
  WEEKDAYS,
} = lex;
const { NUM, PUNCT, WORD, isCapitalised } = tok;
const WEEKDAY_NAMES = new Set(WEEKDAYS);
/** Words that go on with a count after "but" or "while" ("…, while another one …", "…, but the rest …"). */
const COUNT_CONTINUERS = new Set(
  'another others rest most some none only more fewer less about around nearly almost over roughly approximately'.split(
    ' ',
  ),
);
/** Conjunctions after which a figure may go on with the report's count (", while another 6 sank", ", and 3 more"). */
const COUNT_JOINERS = new Set(['and', 'or', 'but', 'while', 'whereas']);
/** Auxiliaries that go on with the clause's own subject after "but" ("…, but would add 3%"). */
const SHARED_SUBJECT_VERBS = new Set(['would', 'will', 'could', 'might', 'may', 'should']);
/** Relative pronouns of a person: ", who …" after a report is mostly the outlet's description, ", which …" mostly the report's. */
const PERSON_RELATIVES = new Set(['who', 'whom', 'whose']);
/** Punctuation after a verb's tail that ends its clause (a colon or a quotation opens content instead). */
const CLOSING_PUNCTUATION = new Set([',', '.', ';', '!', '?', ')', ']', '—', '–', '…']);

/** What kind of word or phrase a cue is. */
export type CueKind = 'verb' | 'according' | 'owner' | 'passive';

/** A cue (a reporting verb, "according to", "X's forecast") and the content it governs. */
export interface Cue {
  /** Token index of the cue word. */
  at: number;
  speaker: string | null;
  kind: CueKind;
  /** The content it governs: tokens [from, to). */
  from: number;
  to: number;
  /** A participle continuing the clause's speaker ("…, adding that …"). */
  participle: boolean;
  /** Its content comes before it (", the ministry said"; ", said X"). */
  closing: boolean;
}

/** Where the clause ending before token k starts: after a ";" in the sentence [a, …), else a. */
export function clauseStart(x: AttributionText, k: number, a: number): number {
  const { tk } = x;
  for (let m = k - 1; m > a; m--) if ((tk[m] as Token).text === ';' && !x.inQuote(m)) return m + 1;
  return a;
}

/**
 * Where the clause going on from token k ends, before b: at a ";", or at a
 * comma opening a clause of the outlet's own (", which cut power to 3 million",
 * ", where 18 votes are at stake", ", but polls are no measure…"). Quotations
 * inside it are part of it.
 */
export function clauseEnd(x: AttributionText, k: number, b: number): number {
  const { tk } = x;
  for (let m = k; m < b; m++) {
    const t = tk[m] as Token;
    if (t.kind !== PUNCT || x.inQuote(m)) continue;
    if (t.text === ';') return m;
    if (t.text === ',' && m > k) {
      const nx = tk[m + 1];
      if (!nx || nx.kind !== WORD) continue;
      if (CONTENT_BREAKS.has(nx.lower) && !goesOnCounting(tk[m + 2])) return m;
      if (PERSON_RELATIVES.has(nx.lower)) {
        // "the deficit, which was 0.7%, is expected to rise": a relative clause inside the content
        const close = embeddedEnd(x, m + 1, b);
        if (close < 0) return m;
        m = close;
      }
    }
  }
  return b;
}

/** After "but" or "while", a figure, "another" or a participle goes on with the report (", while another one was shot down"). */
function goesOnCounting(t: Token | undefined): boolean {
  if (!t) return false;
  // ", while maintaining its estimate at 1%": a participle goes on with the same subject
  if (t.kind === WORD && t.lower.endsWith('ing') && !isCapitalised(t)) return true;
  // ", but would eventually add $84 billion": a verb without a subject of its own shares the clause's
  if (t.kind === WORD && SHARED_SUBJECT_VERBS.has(t.lower)) return true;
  return t.kind === NUM || (t.wordClass & W_NUMBER_START) !== 0 || COUNT_CONTINUERS.has(t.lower);
}

/**
 * A relative clause opening at k that closes with a comma before the clause
 * it sits in goes on (", which was 0.7%, is expected"): that comma; else -1.
 */
function embeddedEnd(x: AttributionText, k: number, b: number): number {
  const { tk } = x;
  for (let m = k + 1; m < b && m < k + 30; m++) {
    const t = tk[m] as Token;
    if (t.kind !== PUNCT || x.inQuote(m)) continue;
    if (t.text !== ',') return -1;
    const nx = tk[m + 1];
    // the clause goes on with its verb ("is", "will", "rose"), not with another clause
    return nx &&
      nx.kind === WORD &&
      !isCapitalised(nx) &&
      !SUBORDINATORS.has(nx.lower) &&
      !RELATIVES.has(nx.lower) &&
      !CONTENT_BREAKS.has(nx.lower) &&
      nx.lower !== 'and' &&
      nx.lower !== 'the' &&
      !nx.lower.endsWith('ing')
      ? m
      : -1;
  }
  return -1;
}

/**
 * The noun phrase a reduced relative at token i describes ("the 9,310 cases
 * reported by the health board"): where it starts, or -1 when the participle
 * stands in a clause of its own ("as reported by", "was confirmed by").
 */
export function describedPhrase(x: AttributionText, i: number, a: number): number {
  const { tk } = x;
  const p = tk[i - 1];
  if (!p || i === a || p.kind === PUNCT || NP_STOP.has(p.lower)) return -1;
  let k = i - 1;
  while (k > a) {
    const w = tk[k - 1] as Token;
    if (w.kind === PUNCT && w.text !== ',' && w.text !== '.' && !w.spaceBefore) {
      k--;
      continue;
    }
    if (w.kind === PUNCT) break;
    if (w.kind === WORD && NP_STOP.has(w.lower)) {
      if (
        w.lower === 'the' ||
        w.lower === 'a' ||
        w.lower === 'an' ||
        w.lower === 'its' ||
        w.lower === 'their'
      )
        k--;
      break;
    }
    k--;
  }
  return k;
}

/** Is token k a time word of a tail ("Tuesday", "morning", "June", "yesterday")? */
function timeWord(t: Token): boolean {
  const l = t.lower;
  return WEEKDAY_NAMES.has(l) || DAY_PARTS.has(l) || MONTHS[l] !== undefined || TAIL_TIME_WORDS.has(l);
}

/**
 * The end of what follows a verb at v without being its content: adverbs,
 * times and short prepositional phrases ("said on Tuesday in a statement",
 * "told reporters", "wrote on Telegram"). Returns the first token after them.
 */
export function tailEnd(x: AttributionText, v: number, b: number): number {
  const { tk } = x;
  let k = v + 1;
  const verb = (tk[v] as Token).lower;
  if (verb.startsWith('tel') || verb === 'told' || verb.startsWith('inform')) k = objectEnd(x, k, b);
  for (let guard = 0; guard < 8 && k < b; guard++) {
    const t = tk[k] as Token;
    if (t.kind !== WORD) {
      // "June 5": a day after a month
      if (t.kind === NUM && k > v + 1 && MONTHS[(tk[k - 1] as Token).lower] !== undefined) {
        k++;
        continue;
      }
      break;
    }
    const l = t.lower;
    if (
      timeWord(t) ||
      ADVERBS_BEFORE_VERB.has(l) ||
      (l.endsWith('ly') && l.length > 4 && !isCapitalised(t))
    ) {
      k++;
      continue;
    }
    // "wants to keep", "expects to see": an infinitive is the cue's content, not its tail
    if (l === 'to' && (CUE_CLASS[verb] === 'intention' || CUE_CLASS[verb] === 'belief')) break;
    if (TAIL_PREPOSITIONS.has(l)) {
      const e = objectEnd(x, k + 1, b);
      if (e === k + 1) break;
      k = e;
      continue;
    }
    break;
  }
  return k;
}

/** The end of a short noun phrase from k: a determiner and up to four words ("a June report", "the BBC", "reporters"). */
function objectEnd(x: AttributionText, k: number, b: number): number {
  const { tk } = x;
  let m = k;
  if (m < b && TAIL_DETERMINERS.has((tk[m] as Token).lower)) m++;
  const start = m;
  while (m < b && m < start + 4) {
    const t = tk[m] as Token;
    if (t.kind === NUM && m > start) break;
    if (t.kind === PUNCT) {
      // "news-conference", "Fox's": joined words
      if ((t.text === '-' || t.text === "'") && !t.spaceBefore && m > start) {
        m++;
        continue;
      }
      break;
    }
    if (t.kind === WORD && !isCapitalised(t) && NP_STOP.has(t.lower)) break;
    m++;
  }
  return m > start ? m : k;
}

/**
 * Does a verb at v close its clause (", the ministry said.", "…, she said
 * as…") rather than govern what follows it ("said that…", "said 40 …")?
 * Returns the token after its tail and whether it closes.
 */
export function verbCloses(x: AttributionText, v: number, b: number): { closes: boolean; after: number } {
  const { tk } = x;
  const after = tailEnd(x, v, b);
  const t = tk[after];
  if (!t || after >= b) return { closes: true, after };
  if (t.kind === PUNCT) return { closes: CLOSING_PUNCTUATION.has(t.text) && !x.inQuote(after), after };
  if (t.kind === WORD && SUBORDINATORS.has(t.lower) && t.lower !== 'that') {
    // "said as many as 40": a qualifier, not a clause of its own
    const nx = tk[after + 1]?.lower;
    if (t.lower === 'as' && (nx === 'many' || nx === 'much' || nx === 'few' || nx === 'high' || nx === 'low'))
      return { closes: false, after };
    return { closes: true, after };
  }
  return { closes: false, after };
}

/**
 * After a closing cue whose tail ends at token k: when a comma goes on with
 * the same clause (", the group said, compared with $1,900"; "In Chicago, he
 * said, 40 …") rather than a clause of the outlet's own (", while…", ",
 * which…", ", and…"), the end of that clause; else k.
 */
export function continuationEnd(x: AttributionText, k: number, b: number): number {
  const { tk } = x;
  if (tk[k]?.text !== ',' || x.inQuote(k)) return k;
  const nx = tk[k + 1];
  if (!nx || k + 1 >= b) return k;
  if (nx.kind === PUNCT) return k;
  if (nx.kind === WORD) {
    const l = nx.lower;
    // ", while another 6 sank" goes on counting; ", as 2,000 dockers cheered" is a clause of the outlet's own
    if (RELATIVES.has(l) || (SUBORDINATORS.has(l) && !COUNT_JOINERS.has(l))) return k;
    if ((CONTENT_BREAKS.has(l) || COUNT_JOINERS.has(l)) && !goesOnCounting(tk[k + 2])) return k;
    if (l.endsWith('ing') && l !== 'including' && l !== 'excluding') return k;
  }
  return clauseEnd(x, k + 1, b);
}
