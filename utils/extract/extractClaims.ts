import { emptyFrame, type PageClaim } from '../schema';
import { currencyOfSymbol } from '../units';
import { attribute, type Attribution } from './attribution';
import { completeFrames, dateOf, frameContext, frameOf, type FrameContext } from './frame';
import { detectLanguage, extractSlavic } from './lang';
import { countedNoun, looksPlural } from './noun';
import { isFractionSign, readQuantity, type Quantity } from './quantity';
import { sentenceStarts } from './sentences';
import type { Token } from './tokenize';
import * as tok from './tokenize';
import { W_NUMBER_START } from './wordClass';
import * as lex from './lexicon';

// local bindings: hot loops read them without going through module accessors
const { NUM, PUNCT, WORD, isCapitalised, tokenize } = tok;
const {
  ABSTRACT_NOUNS,
  CASUALTY_VERBS,
  COUNT_NOUNS,
  DEFINITE_BEFORE_COUNT,
  ELIDED_NEXT,
  NOT_ONE_THING,
  ONE_ELIDED_AFTER,
  PRONOUN_NOUNS,
} = lex;

/** Options for claim extraction. */
export interface ExtractOptions {
  /** ISO date of the article, to resolve "overnight", "on Tuesday". */
  published?: string | null;
  /** The page's language (its `lang`: "ru", "uk-UA", "en"); the text's script and letters decide when absent or at odds. */
  lang?: string | null;
}

/** Can a number start at this token (digit, number word, currency symbol, "a dozen")? */
function mayStart(t: Token): boolean {
  if (t.kind === NUM) return true;
  if (t.kind === PUNCT) return currencyOfSymbol(t.text) !== null || isFractionSign(t.text);
  return t.kind === WORD && (t.wordClass & W_NUMBER_START) !== 0;
}

/**
 * Finds every numeric claim in an article's plain text (paragraphs separated
 * by blank lines): the figure, its qualifier and unit, what it counts, who
 * asserts it and what it is about.
 */
export function extractClaims(text: string, options: ExtractOptions = {}): PageClaim[] {
  const lang = detectLanguage(text, options.lang ?? null);
  if (lang !== 'en') return extractSlavic(text, lang, options);
  const tk = tokenize(text);
  const starts = sentenceStarts(tk);
  const attr: Attribution = attribute(text, tk, starts);
  const claims: PageClaim[] = [];
  const pub = dateOf(options.published ?? null);
  let ctx: FrameContext | null = null;
  let prevCtx: FrameContext | null = null;
  // counted nouns seen lately, newest last, for elided ones ("72 were shot down", "15 of them")
  const recent: Array<{ concept: string; value: number; s: number }> = [];
  /** Token index after the last claim: a figure never starts inside one (sentences can split "Rs. 1,250"). */
  let doneUpTo = 0;
  let prevQ: { q: Quantity; id: string; end: number } | null = null;
  for (let s = 0; s < starts.length; s++) {
    const a = starts[s] as number;
    const b = s + 1 < starts.length ? (starts[s + 1] as number) : tk.length;
    if (ctx) prevCtx = ctx;
    ctx = null;
    for (let i = a; i < b; i++) {
      const t = tk[i] as Token;
      if (!mayStart(t)) continue;
      const q = readQuantity(tk, i, a, b);
      if (!q) continue;
      if (q.i0 < doneUpTo) continue;
      if (attr.inSpeaker(q.i0)) {
        i = q.i1 - 1;
        continue;
      }
      // "21 over Kursk, 10 over Bryansk and seven over Belgorod": a count in this sentence lets a bare word figure stand
      const countedBefore = recent.length > 0 && (recent[recent.length - 1] as { s: number }).s === s;
      const claim = toClaim(text, tk, q, b, countedBefore);
      if (claim === null) {
        i = q.i1 - 1;
        continue;
      }
      const { c, concept, counted } = claim;
      if (counted && concept) {
        recent.push({ concept, value: c.value ?? c.high ?? 0, s });
        if (recent.length > 8) recent.shift();
      } else if (q.kind === 'count' && !concept) {
        const partitive = tk[q.i1]?.lower === 'of' || tk[q.i0 - 1]?.lower === 'which';
        const antecedent =
          conceptCue(tk, a, q.i0) ??
          askedConcept(tk, a, q.i0) ??
          antecedentFor(recent, partitive ? (c.value ?? c.high ?? 0) : 0, s);
        if (antecedent) c.concept = antecedent;
        else if (q.word && !clauseEnds(tk, q.i1) && !countedBefore) {
          i = q.i1 - 1;
          continue;
        }
      }
      c.speaker = attr.speakerAt(q.i0, s);
      ctx = ctx ?? frameContext(tk, a, b, pub, prevCtx, (k) => attr.inSpeaker(k));
      c.frame = frameOf(ctx, q.i0, claim.nounAt, q.i1);
      // "200 square kilometers (77 square miles)": one measure in two units
      if (
        prevQ &&
        prevQ.q.kind === 'measure' &&
        q.kind === 'measure' &&
        tk[q.i0 - 1]?.text === '(' &&
        prevQ.end === q.i0 - 1
      ) {
        c.sameAs = prevQ.id;
        c.qualifier = claims[claims.length - 1]?.qualifier ?? c.qualifier;
      }
      if (
        prevQ &&
        c.sameAs === null &&
        q.kind === 'measure' &&
        prevQ.q.kind === 'measure' &&
        c.qualifier !== '='
      ) {
        const prev = claims[claims.length - 1];
        if (prev && prev.id === prevQ.id && tk[prevQ.end]?.text === '(') prev.qualifier = c.qualifier;
      }
      claims.push(c);
      doneUpTo = q.i1;
      prevQ = { q, id: c.id, end: q.i1 };
      i = Math.max(i, q.i1 - 1);
    }
  }
  return completeFrames(claims, tk, pub);
}

/** Builds the claim for a quantity: its counted noun, span and the checks that rule a figure out. */
function toClaim(
  text: string,
  tk: Token[],
  q: Quantity,
  sentB: number,
  countedBefore: boolean,
): { c: PageClaim; concept: string | null; counted: boolean; nounAt: number } | null {
  let concept: string | null = q.unitText;
  const c0 = { qualifier: q.qualifier };
  let end = (tk[q.i1 - 1] as Token).end;
  let counted = false;
  let nounAt = q.i1 - 1;
  if (q.kind === 'count') {
    const single = q.value === 1 && q.low === null;
    const noun = countedNoun(tk, q.i1, sentB, single);
    if (noun.head && PRONOUN_NOUNS.has(noun.head.toLowerCase())) {
      // "57 Ukrainian ones": the noun counted before
      noun.head = null;
      noun.anaphoric = true;
    }
    if (
      noun.head &&
      !single &&
      q.low === null &&
      !looksPlural(tk[noun.at] as Token) &&
      isCapitalised(tk[noun.at])
    ) {
      // "Share 341 Tweet": a capitalised singular word after a count is not what it counts
      noun.head = null;
    }
    if (noun.head) {
      concept = noun.head;
      counted = true;
      nounAt = noun.at;
      const after = tk[noun.at + 1];
      if (after?.lower === 'or' && (c0.qualifier === '=' || c0.qualifier === '~')) {
        const w = tk[noun.at + 2]?.lower;
        if (w === 'more' || w === 'above') c0.qualifier = '>=';
        else if (w === 'fewer' || w === 'less') c0.qualifier = '<=';
        else if (w === 'so') c0.qualifier = '~';
      }
      if (noun.at >= q.i1 && noun.at - q.i1 < 8 && tk[q.i1]?.lower !== 'of') end = (tk[noun.at] as Token).end;
    } else {
      concept = null;
      let oneElided = false;
      if (q.word && q.value === 1) {
        const p = tk[q.i0 - 1]?.lower;
        if (p === undefined || !ONE_ELIDED_AFTER.has(p)) return null;
        oneElided = true;
      }
      if (
        q.word &&
        !oneElided &&
        !countedBefore &&
        !noun.anaphoric &&
        !elidedOk(tk, q.i1) &&
        !(q.value !== 1 && clauseEnds(tk, q.i1))
      )
        return null;
    }
    if (q.word && q.value !== null && q.value <= 10) {
      const p = tk[q.i0 - 1]?.lower;
      if (p !== undefined && DEFINITE_BEFORE_COUNT.has(p)) {
        if (!noun.anaphoric && tk[q.i1]?.lower !== 'of') return null;
      }
    }
    if (q.word && q.value === 1 && tk[q.i1]?.lower === 'of' && !noun.anaphoric) return null;
    // "two ways of counting", "three times more": not things in the world
    if (q.word && q.value !== null && q.value <= 10 && concept && ABSTRACT_NOUNS.has(concept.toLowerCase()))
      return null;
    if (q.word && q.value === 1 && concept && NOT_ONE_THING.has(concept)) return null;
  }
  // "2 hours ago", "5 min read": when, not how long; "45 years old", "aged 45": ages
  if (
    q.kind === 'duration' &&
    (tk[q.i1]?.lower === 'ago' || tk[q.i1]?.lower === 'read' || tk[q.i1]?.lower === 'old')
  )
    return null;
  if (
    q.kind === 'count' &&
    (tk[q.i0 - 1]?.lower === 'aged' || (tk[q.i0 - 1]?.lower === 'age' && tk[q.i0 - 2]?.lower === 'at'))
  )
    return null;
  const start = (tk[q.i0] as Token).start;
  const c: PageClaim = {
    id: `c${start}`,
    start,
    end,
    text: text.slice(start, end),
    value: q.value,
    low: q.low,
    high: q.high,
    qualifier: c0.qualifier,
    unit: q.unit,
    concept,
    speaker: null,
    vague: q.vague,
    sameAs: null,
    frame: emptyFrame(),
  };
  return { c, concept, counted, nounAt };
}

/** After an elided count ("six had been shot down", "72 were") a verb or "of" follows. */
function elidedOk(tk: Token[], j: number): boolean {
  const t = tk[j];
  if (!t || t.kind !== WORD) return false;
  return ELIDED_NEXT.has(t.lower);
}

/** A figure standing alone at the end of a clause ("the toll rose to seven."). */
function clauseEnds(tk: Token[], j: number): boolean {
  const t = tk[j];
  return !t || t.lineBefore || (t.kind === PUNCT && t.text !== '-' && t.text !== '–' && t.text !== '/');
}

/**
 * The noun an elided count refers to: the latest one counted in this sentence
 * or the two before; for a part ("15 of them") the latest at least as large,
 * since a part is never more than its whole ("340 people from four villages …
 * 15 of them" → people). Pass `value` 0 for plain elision ("500 a day").
 */
function antecedentFor(
  recent: Array<{ concept: string; value: number; s: number }>,
  value: number,
  s: number,
): string | null {
  let fallback: string | null = null;
  for (let k = recent.length - 1; k >= 0; k--) {
    const r = recent[k] as { concept: string; value: number; s: number };
    if (s - r.s > 2) break;
    if (r.value >= value) return r.concept;
    fallback ??= r.concept;
  }
  return fallback;
}

/**
 * A count with no noun answering a question its sentence asks: "asked how many migrants were
 * staying near the border, she said about 3,000" → migrants.
 */
function askedConcept(tk: Token[], a: number, i: number): string | null {
  for (let k = Math.max(a, i - 40); k < i - 2; k++) {
    if ((tk[k] as Token).lower !== 'how' || tk[k + 1]?.lower !== 'many') continue;
    const w = tk[k + 2] as Token;
    return w.kind === WORD && looksPlural(w) ? w.text : null;
  }
  return null;
}

/**
 * A count with no noun whose sentence names what it counts before it: "the
 * death toll rose to 42" → deaths, "the number of displaced people rose to
 * 2,000" → people.
 */
function conceptCue(tk: Token[], a: number, i: number): string | null {
  for (let k = i - 1; k >= a && k >= i - 12; k--) {
    const t = tk[k] as Token;
    if (t.kind === PUNCT && t.text !== '-') return null;
    if (t.lower === 'toll' || t.lower === 'tolls') return 'deaths';
    // "the official death count of 64", "a population of 144 million"
    if (t.lower === 'count' && tk[k - 1]?.lower === 'death') return 'deaths';
    if (k === i - 2 && tk[k + 1]?.lower === 'of' && COUNT_NOUNS[t.lower] !== undefined)
      return COUNT_NOUNS[t.lower] as string;
    // "strikes kill 9, injure 40": casualty verbs count people
    if (k === i - 1 && CASUALTY_VERBS.has(t.lower)) return 'people';
    if (t.lower === 'number' && tk[k + 1]?.lower === 'of') {
      for (let m = k + 2; m < i && m < k + 7; m++) {
        const w = tk[m] as Token;
        if (w.kind !== WORD) break;
        if (looksPlural(w) && !(tk[m + 1] && tk[m + 1]!.kind === WORD && looksPlural(tk[m + 1] as Token)))
          return w.text;
      }
      return null;
    }
  }
  return null;
}
