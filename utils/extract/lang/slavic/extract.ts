/**
 * Claim extraction for Russian and Ukrainian: the same claims, in the same shape, as the
 * English extractor gives, read with the Slavic grammar and the language's lexicon.
 */
import { emptyFrame, type PageClaim } from '../../../schema';
import { currencyOfSymbol } from '../../../units';
import { dateOf } from '../../frame';
import { thingMeasure } from '../../frame-measure';
import type { Token } from '../../tokenize';
import * as tok from '../../tokenize';
import { RU } from '../ru';
import { UK } from '../uk';
import { attributeSlavic } from './attribution';
import { slavicFrameContext, slavicFrameOf, type SlavicFrameContext } from './frame';
import type { SlavicLang, SlavicLexicon } from './lexicon';
import { slavicNoun, woundAfter } from './noun';
import { mayStartSlavic } from './number';
import { personsArePersonnel } from './personnel';
import { qualifierAfter, readSlavicQuantity, type SlavicQuantity } from './quantity';
import { slavicSentenceStarts } from './sentences';
import { isCap, isVerbLike, keyOf, startsWithAny } from './words';

const { WORD, tokenize } = tok;

/** Apostrophes Ukrainian writes besides "'" (the tokenizer folds "’" itself). */
const APOSTROPHES = /[\u02bc`]/g;

/** The lexicon of a language. */
export function lexiconOf(lang: SlavicLang): SlavicLexicon {
  return lang === 'uk' ? UK : RU;
}

const isSymbol = (s: string): boolean => currencyOfSymbol(s) !== null;

/** A counted noun seen lately, for "из них" and elided counts. */
interface Counted {
  concept: string;
  lemma: string | null;
  sentence: number;
}

/** Options for Slavic extraction (those of extractClaims). */
export interface SlavicOptions {
  published?: string | null;
}

/**
 * Finds every numeric claim of a Russian or Ukrainian text: the figure, its qualifier and
 * unit, the noun it counts (as written, with its concept for matching), who asserts it and
 * what it is about.
 */
export function extractSlavic(text: string, lang: SlavicLang, options: SlavicOptions = {}): PageClaim[] {
  const lex = lexiconOf(lang);
  // "ʼ" and "`" as "'" before tokenizing (one code unit each: offsets stay), so each token's
  // lower case is already the lexicons' form; the claims' text is sliced from the page's own
  const tk = tokenize(text.replace(APOSTROPHES, "'"));
  const starts = slavicSentenceStarts(tk, lex);
  const attr = attributeSlavic(text, tk, starts, lex);
  const pub = dateOf(options.published ?? null);
  const claims: PageClaim[] = [];
  const recent: Counted[] = [];
  let prevCtx: SlavicFrameContext | null = null;
  for (let s = 0; s < starts.length; s++) {
    const a = starts[s] as number;
    const b = s + 1 < starts.length ? (starts[s + 1] as number) : tk.length;
    let ctx: SlavicFrameContext | null = null;
    for (let i = a; i < b; i++) {
      const t = tk[i] as Token;
      if (!mayStartSlavic(t, lex, isSymbol)) continue;
      const q = readSlavicQuantity(text, tk, i, a, b, lex);
      if (!q) continue;
      if ('skip' in q) {
        i = Math.max(i, q.skip - 1);
        continue;
      }
      if (attr.inSpeaker(q.i0)) {
        i = q.i1 - 1;
        continue;
      }
      const claim = toClaim(text, tk, q, b, lex, recent, s);
      if (claim === null) {
        i = q.i1 - 1;
        continue;
      }
      if (claim.lemma === 'people' && personsArePersonnel(tk, tokenAfter(tk, q.i1, claim.end), a, b))
        claim.lemma = 'personnel';
      claim.speaker = attr.speakerAt(q.i0, s);
      if (attr.doubted(q.i0, s)) claim.doubted = true;
      ctx ??= slavicFrameContext(tk, a, b, pub, prevCtx, lex);
      claim.frame = slavicFrameOf(ctx, q.i0, claim.end);
      claim.frame.action = thingMeasure(claim.frame.action, claim.lemma ?? null);
      claim.frame.measure = thingMeasure(claim.frame.measure, claim.lemma ?? null);
      claims.push(claim);
      i = Math.max(i, q.i1 - 1);
    }
    if (ctx) prevCtx = ctx;
    else if ((tk[b] as Token | undefined)?.lineBefore) prevCtx = null;
  }
  return claims;
}

/** The first token from `from` on that starts at or after `offset` (the word after a claim). */
function tokenAfter(tk: Token[], from: number, offset: number): number {
  let k = from;
  while (k < tk.length && (tk[k] as Token).start < offset) k++;
  return k;
}

/** Builds the claim of a quantity: its counted noun, span and concept; null when it is no claim. */
function toClaim(
  text: string,
  tk: Token[],
  q: SlavicQuantity,
  sentEnd: number,
  lex: SlavicLexicon,
  recent: Counted[],
  s: number,
): PageClaim | null {
  let concept: string | null = q.unitText;
  let lemma: string | null = null;
  let end = (tk[q.i1 - 1] as Token).end;
  let qualifier = q.qualifier;
  if (q.kind === 'count' || q.kind === 'percent') {
    const noun = slavicNoun(tk, q.i1, sentEnd, lex);
    const headWord = noun.head?.toLowerCase() ?? '';
    // "за п'ять останніх тижнів", "за последние два года": a duration, no claim here
    if (
      noun.head &&
      q.kind === 'count' &&
      (lex.durations.has(headWord) || startsWithAny(headWord, lex.durationStems))
    )
      return null;
    if (noun.head) {
      if (q.kind === 'count') {
        concept = noun.head;
        lemma = noun.lemma;
      }
      if (noun.at - q.i1 < 6) end = (tk[noun.at] as Token).end;
      // "100 человек и более"
      const after = qualifierAfter(tk, noun.at + 1, lex);
      if (after && (qualifier === '=' || qualifier === '~')) qualifier = after.q;
      if (q.word && q.value === 1 && lex.notOneThing.has(noun.head.toLowerCase())) return null;
      if (q.kind === 'count') remember(recent, { concept: noun.head, lemma, sentence: s });
    } else if (q.kind === 'count') {
      const prior = noun.anaphoric || q.collective ? latest(recent, s) : null;
      const wound = woundAfter(tk, q.i1, sentEnd, lex);
      if (wound >= 0) {
        concept = (tk[wound] as Token).text;
        lemma = 'injured';
      } else if (noun.anaphoric && prior) {
        concept = prior.concept;
        lemma = prior.lemma;
      } else if (!q.word && sameSentence(recent, s) && elided(tk, q.i1, lex)) {
        // "збито 75 безпілотників, ще 63 втрачені": the noun counted just before, left out
        const r = recent[recent.length - 1] as Counted;
        concept = r.concept;
        lemma = r.lemma;
      } else if (q.collective) {
        concept = null;
        lemma = 'people';
      } else {
        concept = null;
        // a number word with nothing it counts ("один из", "два года назад") is no claim
        if (q.word && !q.vague) return null;
      }
      if (q.word && q.value === 1 && !noun.anaphoric) {
        const next = tk[q.i1];
        if (!next || next.kind !== WORD || lex.notOneThing.has(keyOf(next))) return null;
      }
    }
  }
  const start = (tk[q.i0] as Token).start;
  return {
    id: `c${start}`,
    start,
    end,
    text: text.slice(start, end),
    value: q.value,
    low: q.low,
    high: q.high,
    qualifier,
    unit: q.unit,
    concept,
    ...(lemma !== null ? { lemma } : {}),
    speaker: null,
    vague: q.vague,
    sameAs: null,
    frame: emptyFrame(),
  };
}

function remember(recent: Counted[], c: Counted): void {
  recent.push(c);
  if (recent.length > 8) recent.shift();
}

/** The noun counted last in this sentence or the one before. */
function latest(recent: readonly Counted[], s: number): Counted | null {
  const r = recent[recent.length - 1];
  return r && s - r.sentence <= 1 ? r : null;
}

/** Was a noun counted earlier in sentence `s`? */
function sameSentence(recent: readonly Counted[], s: number): boolean {
  return recent[recent.length - 1]?.sentence === s;
}

/** Does a verb, participle or adverb follow the figure at token j (its noun left out: "ще 63 втрачені")? */
function elided(tk: Token[], j: number, lex: SlavicLexicon): boolean {
  const t = tk[j];
  if (!t || t.kind !== WORD || isCap(t)) return false;
  const w = keyOf(t);
  return isVerbLike(w, lex) || /(?:[ыи]е|ені|ані|ті|ны|ты)$/.test(w);
}
