/**
 * Who asserts each figure of a Russian or Ukrainian text: "по данным X", "за словами X",
 * "X сообщил", "сообщил X", "сообщили в X", "как передаёт X", quotations with the dash
 * attribution ("…», — сказал он"), a headline's "– ОВА", a source line ("Джерело: X"), and
 * "Об этом сообщил X" for the sentences before it. A sentence that says nothing of its own
 * continues the report of its paragraph; "якобы"/"нібито" marks a figure as doubted.
 */
import type { Token } from '../../tokenize';
import * as tok from '../../tokenize';
import type { SlavicLexicon } from './lexicon';
import {
  isPersonRole,
  isRoleOrBody,
  nameBackward,
  nameForward,
  namesBody,
  nominative,
  SlavicSpeakers,
  spanText,
  type NameCase,
} from './names';
import { findSlavicQuotes, type SlavicQuote } from './quotes';
import { isAcronym, isCap, keyOf } from './words';

const { NUM, PUNCT, WORD } = tok;

/** Who asserts the figures of a text, once read. */
export interface SlavicAttribution {
  /** The speaker of a figure at token `i` of sentence `s`, or null (the outlet's voice). */
  speakerAt(i: number, s: number): string | null;
  /** Is token `i` part of a speaker's name? */
  inSpeaker(i: number): boolean;
  /** Does the outlet report the figure at token `i` of sentence `s` with doubt ("якобы", "нібито")? */
  doubted(i: number, s: number): boolean;
}

/** Where an attribution stands in its sentence and which figures it covers. */
type Scope = 'all' | 'after' | 'around';

/** One attribution in a sentence. */
interface Cue {
  at: number;
  speaker: string;
  scope: Scope;
}

/** What one sentence attributes. */
interface SentenceInfo {
  a: number;
  b: number;
  cues: Cue[];
  /** The speaker of the paragraph's report this sentence continues. */
  carried: string | null;
  /** A later sentence of the paragraph says who said this one ("Об этом сообщил X"). */
  retro: string | null;
  /** Tokens of doubt ("якобы") in the sentence. */
  doubts: number[];
}

const DASH = new Set(['—', '–', '-']);

/** Reads a text's attributions (tokens `tk`, sentences at `starts`). */
export function attributeSlavic(
  text: string,
  tk: Token[],
  starts: number[],
  lex: SlavicLexicon,
): SlavicAttribution {
  const n = tk.length;
  const speech = lex.speech;
  const { quotes, quoteOf } = findSlavicQuotes(tk);
  const memory = new SlavicSpeakers(lex);
  const speakerTokens = new Uint8Array(n);
  const mark = (a: number, b: number) => {
    for (let k = a; k < b && k < n; k++) speakerTokens[k] = 1;
  };
  const info: SentenceInfo[] = [];
  /** "по данным", "за словами": the phrases by their first word, longest first. */
  const accordingByFirst = new Map<string, string[][]>();
  for (const words of speech.according) {
    const list = accordingByFirst.get(words[0] as string) ?? [];
    list.push(words);
    accordingByFirst.set(words[0] as string, list);
  }
  /** The article's source named on a line of its own ("Джерело: Укренерго"). */
  let source: string | null = null;
  let paragraphSpeaker: string | null = null;

  /** Resolves the name [a, b) in case `c`; marks its tokens. */
  const named = (a: number, b: number, c: NameCase): string | null => {
    if (b <= a) return null;
    mark(a, b);
    const written = spanText(text, tk, a, b);
    const person = isPerson(tk, a, b, lex);
    return memory.resolve(written, nominative(text, tk, a, b, c, lex), person);
  };

  /** A pronoun at token k as a speaker ("он", "його"), or undefined when token k is none. */
  const pronoun = (k: number): string | null | undefined => {
    const t = tk[k];
    if (!t || t.kind !== WORD) return undefined;
    const w = keyOf(t);
    if (speech.personPronouns.has(w)) return memory.lastPerson();
    if (speech.groupPronouns.has(w)) return memory.lastBody() ?? memory.lastPerson();
    return undefined;
  };

  /** The token before k, skipping adverbs and particles ("также", "и то"). */
  const skipAdverbsBack = (k: number, floor: number): number => {
    let m = k - 1;
    while (m >= floor && tk[m]?.kind === WORD && speech.adverbs.has(keyOf(tk[m] as Token))) m--;
    return m;
  };

  /** The speaker named after a reporting word ending at `e`: a pronoun, "в X", or a name. */
  const after = (e: number, b: number): { speaker: string | null; end: number } => {
    let k = e;
    while (k < b && tk[k]?.kind === WORD && speech.adverbs.has(keyOf(tk[k] as Token))) k++;
    const p = pronoun(k);
    if (p !== undefined) return { speaker: p, end: k + 1 };
    const t = tk[k];
    if (t && t.kind === WORD && speech.inside.has(keyOf(t))) {
      const f = nameForward(tk, k + 1, b, lex);
      return f > k + 1 ? { speaker: named(k + 1, f, 'prep'), end: f } : { speaker: null, end: k };
    }
    const f = nameForward(tk, k, b, lex);
    return f > k ? { speaker: named(k, f, 'nom'), end: f } : { speaker: null, end: k };
  };

  /** "по данным X", "за словами X": the speaker in the genitive after the phrase ending at `e`. */
  const genitiveAfter = (e: number, b: number): string | null => {
    const t = tk[e];
    if (t && t.kind === WORD && (speech.personPronouns.has(keyOf(t)) || speech.groupPronouns.has(keyOf(t))))
      return pronoun(e) ?? null;
    let k = e;
    // "своего давнего собеседника, сенатора Совфеда …": the name in the apposition
    while (k < b && tk[k]?.kind === WORD && /^(сво|свій|своє|своя)/.test(keyOf(tk[k] as Token))) k++;
    let f = nameForward(tk, k, b, lex);
    if (f <= k) {
      // "по данным пресс-службы", "за даними аналітиків": a body in lower case
      return null;
    }
    if (tk[f]?.text === ',') {
      const g = nameForward(tk, f + 1, b, lex);
      if (g > f + 1 && countCaps(tk, f + 1, g) > 0 && !isCap(tk[k])) {
        mark(k, f);
        k = f + 1;
        f = g;
      }
    }
    return named(k, f, tk[e - 1] && keyOf(tk[e - 1] as Token) === 'на' ? 'gen' : 'gen');
  };

  /** Reads the attributions of sentence [a, b). */
  const readCues = (a: number, b: number, si: SentenceInfo): void => {
    const cues = si.cues;
    for (let i = a; i < b; i++) {
      const t = tk[i] as Token;
      if (t.kind !== WORD || quoteOf[i] !== -1) continue;
      const w = keyOf(t);
      if (speech.doubt.has(w)) si.doubts.push(i);
      // "по его словам", "за його словами"
      if (
        (w === 'по' || w === 'за') &&
        tk[i + 2]?.kind === WORD &&
        /^(словам|словами|данным|даними|оценкам|оцінками|мнению|думку)$/.test(keyOf(tk[i + 2] as Token))
      ) {
        const p = pronoun(i + 1);
        if (p !== undefined) {
          if (p) cues.push({ at: i, speaker: p, scope: 'all' });
          i += 2;
          continue;
        }
      }
      const seq = accordingByFirst
        .get(w)
        ?.find((words) =>
          words.every((x, k) => k === 0 || (tk[i + k]?.kind === WORD && keyOf(tk[i + k] as Token) === x)),
        );
      if (seq) {
        const e = i + seq.length;
        const speaker = genitiveAfter(e, b);
        if (speaker) cues.push({ at: i, speaker, scope: 'all' });
        i = e - 1;
        continue;
      }
      if (speech.as.has(w) && tk[i + 1]?.kind === WORD && speech.verbs.has(keyOf(tk[i + 1] as Token))) {
        // "как сообщает ТАСС", "як повідомили в Генштабі", "як зазначають експерти центру"
        const r = after(i + 2, b);
        if (r.speaker) cues.push({ at: i, speaker: r.speaker, scope: 'all' });
        i = Math.max(i + 1, r.end - 1);
        continue;
      }
      if (speech.impersonal.has(w)) {
        const speaker = source ?? paragraphSpeaker;
        if (speaker) cues.push({ at: i, speaker, scope: 'all' });
        continue;
      }
      const statement =
        speech.statementVerbs.has(w) &&
        (speech.statementNouns.has(keyOf(tk[i - 1] ?? t)) ||
          speech.statementNouns.has(keyOf(tk[i + 1] ?? t)));
      if (speech.figureVerbs.has(w) && figureNounAfter(i, b)) {
        // "Минфин дает оценку 3-4%", "повышает свою оценку … Росстат": the forecast's owner
        const r = reportAt(i, a, b, false) ?? subjectAhead(i, b);
        if (r) cues.push(r.cue);
        continue;
      }
      if (!speech.verbs.has(w) && !statement) continue;
      const r = reportAt(i, a, b, statement);
      if (r) {
        cues.push(r.cue);
        // "Об этом сообщил X", "С таким заявлением выступил X": X said what the paragraph said before
        if (r.backReference) retro(si, r.cue.speaker);
        i = Math.max(i, r.end - 1);
      }
    }
    headlineCues(a, b, cues);
  };

  /** A reporting verb at token i: its subject before it, a body it speaks from, or its subject after it. */
  const reportAt = (
    i: number,
    a: number,
    b: number,
    statement: boolean,
  ): { cue: Cue; end: number; backReference: boolean } | null => {
    const before = skipAdverbsBack(i, a);
    const backReference = hasBackReference(i, a, b);
    const closing = (k: number) =>
      k >= a &&
      (tk[k]?.text === ',' ||
        DASH.has(tk[k]?.text ?? '') ||
        tk[k]?.text === '»' ||
        tk[k]?.text === '"' ||
        tk[k]?.text === '“' ||
        tk[k]?.text === '”');
    const p = before >= a ? pronoun(before) : undefined;
    if (p !== undefined) {
      if (!p) return null;
      return {
        cue: { at: i, speaker: p, scope: closing(before - 1) ? 'around' : 'after' },
        end: i + 1,
        backReference,
      };
    }
    const s = statement && speech.statementNouns.has(keyOf(tk[i - 1] as Token)) ? i - 1 : i;
    const subjectEnd = s === i ? before + 1 : s;
    const subj = s === i ? nameBackward(tk, subjectEnd, a, lex) : subjectEnd;
    if (subj < subjectEnd && !statement) {
      const prep = tk[subj - 1];
      // "В Минобороны сообщили", "В Укренерго очікують": a body speaking in the plural
      const inside =
        prep !== undefined && prep.kind === WORD && speech.inside.has(keyOf(prep)) && subj - 1 >= a;
      const speaker = named(subj, subjectEnd, inside ? 'prep' : 'nom');
      if (!speaker) return null;
      const at = inside ? subj - 1 : subj;
      return {
        cue: { at: i, speaker, scope: closing(at - 1) ? 'around' : 'after' },
        end: i + 1,
        backReference,
      };
    }
    if (!statement && before >= a && tk[before]?.text === ',' && tk[a]?.kind === WORD) {
      // "Коммерсант, ссылаясь на …, пишет": the sentence's subject before an inserted clause
      const f = nameForward(tk, a, b, lex);
      if (f > a && f < before && tk[f]?.text === ',' && countCaps(tk, a, f) > 0 && isVerbFree(a, f)) {
        const speaker = named(a, f, 'nom');
        if (speaker) return { cue: { at: i, speaker, scope: 'after' }, end: i + 1, backReference };
      }
    }
    // the subject after the verb: "сообщил глава региона …", "— сказал он", "сообщили в Минобороны"
    const start =
      statement && speech.statementNouns.has(keyOf(tk[i + 1] ?? (tk[i] as Token))) ? i + 2 : i + 1;
    const r = after(start, b);
    if (!r.speaker) return null;
    return {
      cue: { at: i, speaker: r.speaker, scope: closing(before) || closing(i - 1) ? 'around' : 'all' },
      end: r.end,
      backReference,
    };
  };

  /** Is a figure noun ("прогноз", "оцінку") within three words after token i? */
  const figureNounAfter = (i: number, b: number): boolean => {
    for (let k = i + 1; k < b && k <= i + 3; k++) {
      const t = tk[k] as Token;
      if (t.kind === WORD && speech.figureNouns.some((f) => keyOf(t).startsWith(f))) return true;
    }
    return false;
  };

  /** The clause's subject after its verb at i ("повышает свою оценку инфляции Росстат"). */
  const subjectAhead = (i: number, b: number): { cue: Cue; end: number } | null => {
    for (let k = i + 1; k < b; k++) {
      const t = tk[k] as Token;
      if (t.kind === PUNCT && t.text !== '-') return null;
      if (!isCap(t) || quoteOf[k] !== -1) continue;
      const prev = tk[k - 1] as Token;
      if (prev.kind === WORD && lex.stops.has(keyOf(prev))) continue;
      const f = nameForward(tk, k, b, lex);
      const speaker = f > k ? named(k, f, 'nom') : null;
      return speaker ? { cue: { at: i, speaker, scope: 'all' }, end: f } : null;
    }
    return null;
  };

  /** Are tokens [a, f) free of reporting verbs? */
  const isVerbFree = (a: number, f: number): boolean => {
    for (let k = a; k < f; k++) if (speech.verbs.has(keyOf(tk[k] as Token))) return false;
    return true;
  };

  /** Does the report at token i point back to what was said before ("об этом", "про це", "такое заявление")? */
  const hasBackReference = (i: number, a: number, b: number): boolean => {
    for (let k = Math.max(a, i - 3); k < Math.min(b, i + 3); k++) {
      const t = tk[k] as Token;
      if (t.kind === WORD && speech.backReferences.has(keyOf(t))) return true;
    }
    return false;
  };

  /** Gives `speaker` to the earlier sentences of this paragraph that have none. */
  const retro = (si: SentenceInfo, speaker: string): void => {
    for (let k = info.length - 1; k >= 0; k--) {
      const prev = info[k] as SentenceInfo;
      if (prev.cues.length === 0 && prev.retro === null) prev.retro = speaker;
      if ((tk[prev.a] as Token).lineBefore || prev.a === 0 || prev.cues.length > 0) break;
    }
    void si;
  };

  /**
   * A headline's or lead's source: "…, двоє загиблих – ОВА" (a short name after a dash at the
   * end of a line), "Минобороны: …" (a name and a colon opening the line).
   */
  const headlineCues = (a: number, b: number, cues: Cue[]): void => {
    if (cues.length > 0) return;
    let end = b;
    while (end > a && (tk[end - 1] as Token).kind === PUNCT && (tk[end - 1] as Token).text === '.') end--;
    for (let k = end - 2; k >= a && k >= end - 6; k--) {
      const t = tk[k] as Token;
      if (!DASH.has(t.text) || !t.spaceBefore) continue;
      const f = nameForward(tk, k + 1, end, lex);
      if (
        f === end &&
        f > k + 1 &&
        quoteOf[k] === -1 &&
        !(tk[k - 1] && (tk[k - 1]?.text === '»' || tk[k - 1]?.text === '"' || tk[k - 1]?.text === ','))
      ) {
        const speaker = named(k + 1, f, 'nom');
        if (speaker) cues.push({ at: k, speaker, scope: 'all' });
      }
      return;
    }
    let colon = -1;
    for (let k = a + 1; k < Math.min(b, a + 6); k++) {
      if ((tk[k] as Token).text === ':') {
        colon = k;
        break;
      }
    }
    if (colon > a) {
      const first = keyOf(tk[a] as Token);
      if (speech.sourceLabels.has(first) || speech.notSpeakers.has(first)) return;
      const f = nameForward(tk, a, colon, lex);
      if (f === colon && (countCaps(tk, a, f) > 0 || isRoleOrBody(first, lex))) {
        const speaker = named(a, f, 'nom');
        if (speaker) cues.push({ at: colon, speaker, scope: 'all' });
      }
    }
  };

  /** A person named as a sentence's subject ("Мер Полтави Петро Коваль …") can be "мер" or "він" later. */
  const rememberSubject = (a: number, b: number): void => {
    const f = nameForward(tk, a, b, lex);
    if (f > a + 1 && isPerson(tk, a, f, lex) && isCap(tk[f - 1])) {
      memory.resolve(spanText(text, tk, a, f), nominative(text, tk, a, f, 'nom', lex), true);
    }
  };

  // pass over sentences in order, so that pronouns and back-references resolve to what came before
  for (let s = 0; s < starts.length; s++) {
    const a = starts[s] as number;
    const b = s + 1 < starts.length ? (starts[s + 1] as number) : n;
    const t0 = tk[a] as Token;
    const paragraph = t0.lineBefore || a === 0;
    if (paragraph) paragraphSpeaker = null;
    const si: SentenceInfo = { a, b, cues: [], carried: null, retro: null, doubts: [] };
    // "Джерело: Укренерго в телеграмі": the article's source
    if (paragraph && t0.kind === WORD && speech.sourceLabels.has(keyOf(t0)) && tk[a + 1]?.text === ':') {
      const f = nameForward(tk, a + 2, b, lex);
      if (f > a + 2) source = named(a + 2, f, 'nom');
      info.push(si);
      continue;
    }
    rememberSubject(a, b);
    readCues(a, b, si);
    if (si.cues.length > 0) paragraphSpeaker = (si.cues[si.cues.length - 1] as Cue).speaker;
    else if (!(t0.kind === WORD && speech.background.has(keyOf(t0)))) si.carried = paragraphSpeaker;
    info.push(si);
  }

  assignQuotes(quotes, info, tk, starts);

  /** The sentence a quotation opens in (binary search over the sentence starts). */
  const sentenceOfQuote = (q: SlavicQuote): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= q.open) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  return {
    inSpeaker: (i) => speakerTokens[i] === 1,
    speakerAt(i: number, s: number): string | null {
      const qi = quoteOf[i] as number;
      if (qi >= 0) {
        const q = quotes[qi] as SlavicQuote;
        if (q.speaker) return q.speaker;
        const at = info[sentenceOfQuote(q)];
        return at?.carried ?? at?.retro ?? source;
      }
      const si = info[s];
      if (!si) return null;
      let best: string | null = null;
      let bestD = Infinity;
      for (const c of si.cues) {
        const d = c.scope === 'after' ? (i > c.at ? i - c.at : Infinity) : Math.abs(i - c.at);
        if (d < bestD) {
          bestD = d;
          best = c.speaker;
        }
      }
      return best ?? si.carried ?? si.retro;
    },
    doubted(i: number, s: number): boolean {
      const si = info[s];
      if (!si) return false;
      return si.doubts.some((d) => d < i && !clauseBreak(tk, d, i));
    },
  };
}

/** How many capitalised words tokens [a, b) hold. */
function countCaps(tk: Token[], a: number, b: number): number {
  let c = 0;
  for (let k = a; k < b; k++) if (isCap(tk[k])) c++;
  return c;
}

/** Is the name [a, b) a person's: two capitalised words that are no body, or a person's role? */
function isPerson(tk: Token[], a: number, b: number, lex: SlavicLexicon): boolean {
  const last = tk[b - 1] as Token;
  // "главнокомандующий ВСУ", "глава МИД": a person's role before the body they head
  if (isPersonRole(keyOf(tk[a] as Token), lex) && !isCap(tk[a])) return true;
  if (isAcronym(last) || namesBody(tk, b - 1, b, lex)) return false;
  if (b - a === 1) return isPersonRole(keyOf(last), lex);
  const prev = tk[b - 2] as Token;
  if (isCap(last) && isCap(prev) && !isAcronym(prev) && !namesBody(tk, b - 2, b - 1, lex)) return true;
  for (let k = a; k < b; k++) if (isPersonRole(keyOf(tk[k] as Token), lex)) return isCap(last) || k === b - 1;
  return false;
}

/** Is there a clause boundary between tokens d and i (a full stop or a semicolon)? */
function clauseBreak(tk: Token[], d: number, i: number): boolean {
  for (let k = d + 1; k < i; k++) {
    const t = tk[k] as Token;
    if (t.kind === PUNCT && (t.text === '.' || t.text === ';')) return true;
  }
  return false;
}

/**
 * The speaker of each quotation: a report after its closing mark in the sentence where it
 * closes ("…», — сказал он"), else one before its opening mark ("заявил: «…»"), else the
 * quotation before it in the paragraph.
 */
function assignQuotes(quotes: SlavicQuote[], info: SentenceInfo[], tk: Token[], starts: number[]): void {
  let s = 0;
  let previous: SlavicQuote | null = null;
  for (const q of quotes) {
    while (s + 1 < starts.length && (starts[s + 1] as number) <= q.close) s++;
    const si = info[s];
    const after = si?.cues.filter((c) => c.at > q.close).sort((x, y) => x.at - y.at)[0];
    let speaker = after?.speaker ?? null;
    if (!speaker) {
      let o = s;
      while (o > 0 && (starts[o] as number) > q.open) o--;
      const open = info[o];
      const before = open?.cues.filter((c) => c.at < q.open).sort((x, y) => y.at - x.at)[0];
      speaker = before?.speaker ?? null;
    }
    if (
      !speaker &&
      previous &&
      previous.speaker &&
      q.open - previous.close < 80 &&
      !numberBetween(tk, previous.close, q.open)
    )
      speaker = previous.speaker;
    q.speaker = speaker;
    previous = q;
  }
}

/** Is there a figure between tokens a and b (another report of the outlet's own)? */
function numberBetween(tk: Token[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if ((tk[k] as Token).kind === NUM) return true;
  return false;
}
