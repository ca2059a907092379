/**
 * Attribution: who asserts each figure. Reads a text's quotations and
 * reporting clauses sentence by sentence, in order, so that references ("he",
 * "the ministry") resolve to the speakers named before them.
 */
import type { Token } from '../tokenize';
import { npBackward } from './noun-phrase';
import { rememberMentions } from './mentions';
import { findQuotes, type Quote } from './quotes';
import { AttributionText } from './reader';
import { clauseEnd, type Cue } from './content';
import { readReports, type SentenceReports } from './reporting';
import { SpeakerMemory } from './speaker-memory';
import { ownsFigures, rememberPersonSubject, sentenceSubject, type SentenceSubject } from './subject';
import * as lex from '../lexicon';
import * as tok from '../tokenize';
import { W_NUMBER_START } from '../wordClass';

const { NUM, WORD } = tok;
const { FIGURE_NOUNS } = lex;

/** Who asserts the figure at a token, after the whole text has been read. */
export interface Attribution {
  /** The speaker of a figure starting at token `i` in sentence `s`, or null (the outlet's voice). */
  speakerAt(i: number, s: number): string | null;
  /** Is token `i` part of a speaker's name ("two industry sources told")? Such a number is not a claim. */
  inSpeaker(i: number): boolean;
}

/** What one sentence attributes. */
interface SentenceInfo extends SentenceReports {
  /** The speaker carried over from the sentence before, whose report this one continues. */
  carried: string | null;
}

/** How far (in tokens) a quotation may open after the last one and still continue its speaker. */
const QUOTE_CONTINUES = 60;

/** Reads the quotations and reporting clauses of a text (tokens `tk`, sentences at `starts`) and resolves their speakers. */
export function attribute(text: string, tk: Token[], starts: number[]): Attribution {
  const n = tk.length;
  const quoted = findQuotes(tk);
  const { quotes, quoteOf } = quoted;
  const x = new AttributionText(text, tk, quoted);
  const memory = new SpeakerMemory(x);
  const speakerTokens = new Uint8Array(n);
  const mark = (a: number, b: number) => {
    for (let k = a; k < b && k < n; k++) speakerTokens[k] = 1;
  };
  // tokens in the outlet's own voice inside an attribution (", said Lis, who has four children")
  const quietTokens = new Uint8Array(n);
  const quiet = (a: number, b: number) => {
    for (let k = a; k < b && k < n; k++) quietTokens[k] = 1;
  };
  const sentenceOf = new Int32Array(n);
  for (let s = 0; s < starts.length; s++) {
    const b = s + 1 < starts.length ? (starts[s + 1] as number) : n;
    for (let i = starts[s] as number; i < b; i++) sentenceOf[i] = s;
  }
  const bounds = (s: number): [number, number] => [
    starts[s] as number,
    s + 1 < starts.length ? (starts[s + 1] as number) : n,
  ];

  const info: SentenceInfo[] = [];
  let lastSpokenQuote: Quote | null = null;
  /** The speaker of a transcript's block ("WALLACE: …"), for its sentences. */
  let blockSpeaker: string | null = null;
  /** The speaker whose report the last sentence opened ("According to X, …", "X said …"), for one that continues it. */
  let opening: string | null = null;

  /** The speaker of a quotation closing in sentence s (whose attributions are `si`). */
  function quoteSpeaker(q: Quote, si: SentenceInfo, s: number): string | null {
    // after the closing mark, in its sentence: "…,” he said."
    for (const v of si.cues) if (v.kind === 'verb' && v.at > q.close && !v.participle) return v.speaker;
    // before the opening mark, in its sentence: "Zelensky said: “…”", "Quote from X: “…”"
    const so = sentenceOf[q.open] as number;
    const [a] = bounds(so);
    const before = so === s ? si : info[so];
    if (before) {
      for (let k = before.cues.length - 1; k >= 0; k--) {
        const v = before.cues[k] as Cue;
        if (v.kind === 'verb' && v.at < q.open) return v.speaker;
      }
    }
    const p = tk[q.open - 1];
    if (p && p.text === ':' && q.open === a && (tk[q.open] as Token).lineBefore) {
      // "The Gazette reports:" closing one paragraph, the quotation opening the next
      const introduced = info[sentenceOf[q.open - 1] as number];
      const cue = introduced?.cues.findLast((v) => v.kind === 'verb' && v.at < q.open - 1);
      return cue ? cue.speaker : null;
    }
    if (p && p.text === ':' && q.open - 1 > a) {
      // "X's statement on Monday: “…”": a colon introduces a quotation of its own, never a continuation
      const na = npBackward(x, q.open - 1, a);
      return na < q.open - 1 ? memory.resolve(na, q.open - 1) : null;
    }
    // a quotation opening a block right after another speaker's quotation continues it
    const prev = lastSpokenQuote;
    if (
      prev &&
      q.open - prev.close < QUOTE_CONTINUES &&
      ((tk[q.open] as Token).lineBefore || !blockBreakBetween(tk, prev.close, q.open))
    )
      return prev.speaker;
    return null;
  }

  // pass over sentences in order, so that references resolve to what came before
  for (let s = 0; s < starts.length; s++) {
    const [a, b] = bounds(s);
    const subject = sentenceSubject(x, a, b);
    rememberPersonSubject(x, memory, subject);
    const hasSubject = subject.end > subject.start;
    memory.subject = hasSubject && subject.start >= 0 ? [subject.start, subject.end] : null;
    const reports = readReports(x, memory, a, b, subject, mark, quiet);
    rememberMentions(x, memory, a, b);
    const si: SentenceInfo = { cues: reports.cues, carried: null };
    const block = (tk[a] as Token).lineBefore || a === 0;
    if (block) blockSpeaker = transcriptSpeaker(x, memory, a, b, mark);
    // in a transcript's turn, "we counted", "I think" are the turn's speaker's
    if (blockSpeaker) for (const c of si.cues) c.speaker ??= blockSpeaker;
    const attributed = si.cues.some((v) => v.speaker !== null);
    if (blockSpeaker && !attributed) si.cues.push(ownerCue(blockSpeaker, a, b));
    else if (!block && !attributed && continues(x, a, subject)) si.carried = opening;
    opening = block || attributed ? openingSpeaker(x, si) : opening;
    // "X lowered its forecast to 1%": the subject owns the figures from "its forecast" on
    // ("It raised its forecast to 4%": "it" for the body named before)
    const pronounAt = subject.start >= 0 ? subject.start : a;
    const bodyPronoun = !hasSubject && BODY_PRONOUNS.has(tk[pronounAt]?.lower ?? '');
    const owned = si.cues.length === 0 && (hasSubject || bodyPronoun) ? ownsFigures(x, a, b) : -1;
    if (owned >= 0) {
      const speaker = hasSubject
        ? memory.resolve(subject.start, subject.end)
        : memory.resolve(pronounAt, pronounAt + 1);
      if (speaker) si.cues.push(ownerCue(speaker, owned, clauseEnd(x, owned, b)));
    }
    info.push(si);
    // quotations closing in this sentence: their speaker
    for (let i = a; i < b; i++) {
      const qi = quoteOf[i] as number;
      if (qi < 0) continue;
      const q = quotes[qi];
      if (!q || q.close !== i) continue;
      q.speaker = quoteSpeaker(q, si, s);
      if (q.speaker !== null) lastSpokenQuote = q;
    }
  }

  // a quotation that runs on over several paragraphs keeps the speaker named at its end,
  // as does a paragraph that is all quotation right before the speaker's next one
  for (let k = quotes.length - 2; k >= 0; k--) {
    const cur = quotes[k] as Quote;
    const next = quotes[k + 1] as Quote;
    if (
      cur.speaker === null &&
      next.open === cur.close + 1 &&
      next.speaker !== null &&
      (cur.unclosed || wholeParagraph(tk, cur))
    )
      cur.speaker = next.speaker;
  }

  return {
    inSpeaker(i: number): boolean {
      return speakerTokens[i] === 1;
    },
    speakerAt(i: number, s: number): string | null {
      const qi = quoteOf[i] as number;
      if (qi >= 0) return quotes[qi]?.speaker ?? null;
      if (quietTokens[i] === 1) return null;
      const si = info[s];
      return si ? sourceOf(si, i) : null;
    },
  };
}

/**
 * The source of a figure at token i: the cue whose content holds it, the
 * innermost when contents nest ("X said Y claimed 40"), the nearest cue on a
 * tie; else the report the sentence continues, or the subject that owns the
 * sentence's figures; else null (the outlet's voice).
 */
function sourceOf(si: SentenceInfo, i: number): string | null {
  let best: Cue | null = null;
  let bestSize = Infinity;
  let bestD = Infinity;
  for (const c of si.cues) {
    if (i < c.from || i >= c.to) continue;
    const size = c.to - c.from;
    const d = Math.abs(c.at - i);
    if (size < bestSize || (size === bestSize && d < bestD)) {
      best = c;
      bestSize = size;
      bestD = d;
    }
  }
  if (best) return best.speaker;
  return si.carried;
}

/** A cue by which a speaker owns tokens [from, to) (a transcript's turn, "its forecast"). */
function ownerCue(speaker: string, from: number, to: number): Cue {
  return { at: from, speaker, kind: 'owner', from, to, participle: false, closing: false };
}

/** Is quotation q a paragraph of its own (it opens the block and closes it)? */
function wholeParagraph(tk: Token[], q: Quote): boolean {
  return (q.open === 0 || (tk[q.open] as Token).lineBefore) && (tk[q.close + 1]?.lineBefore ?? true);
}

/** Is there a line break in tokens (a, b]? */
function blockBreakBetween(tk: Token[], a: number, b: number): boolean {
  for (let k = a + 1; k <= b; k++) if ((tk[k] as Token).lineBefore) return true;
  return false;
}

/** Upper-case words that open a block with a colon without naming a speaker ("UPDATE:", "NOTE:"). */
const NOT_TRANSCRIPT = new Set([
  'update',
  'note',
  'editor',
  'correction',
  'photo',
  'video',
  'watch',
  'read',
  'breaking',
  'live',
]);

/**
 * A transcript's turn: a block opening with a speaker's name in capitals and
 * a colon ("WALLACE: But, Governor …"). Returns the speaker, or null.
 */
function transcriptSpeaker(
  x: AttributionText,
  memory: SpeakerMemory,
  a: number,
  b: number,
  mark: (a: number, b: number) => void,
): string | null {
  const { tk } = x;
  let k = a;
  while (k < b && k < a + 3) {
    const w = tk[k] as Token;
    if (w.kind !== WORD || w.text !== w.text.toUpperCase() || w.text.length < 2) break;
    k++;
  }
  if (k === a || tk[k]?.text !== ':' || NOT_TRANSCRIPT.has((tk[a] as Token).lower)) return null;
  mark(a, k);
  return memory.resolve(a, k);
}

/**
 * The speaker a sentence's report opens with ("According to X, …", "X said
 * …") when figures follow it in the sentence (a report of figures, which the
 * next sentence may go on with), or null.
 */
function openingSpeaker(x: AttributionText, si: SentenceInfo): string | null {
  const cue = si.cues.find((v) => v.speaker !== null && !v.closing && !v.participle);
  if (!cue) return null;
  for (let k = cue.from; k < cue.to; k++) if ((x.tk[k] as Token).kind === NUM) return cue.speaker;
  return null;
}

/**
 * Does sentence [a, …) continue the report of the sentence before ("According
 * to the ministry, seven drones flew. Six were downed…")? It opens with a
 * figure, "another", "of those" or "the rest", with no subject of its own.
 */
function continues(x: AttributionText, a: number, subject: SentenceSubject): boolean {
  const { tk } = x;
  const t = tk[a] as Token;
  // "Six were downed": the figure itself stands where a subject would
  if (t.kind === NUM || (t.wordClass & W_NUMBER_START) !== 0) return true;
  // "The forecast for this year was lowered …": the figure the report just gave
  if (subject.end > subject.start && subject.start === a && t.lower === 'the') {
    const head = tk[subject.end - 1] as Token;
    if (subject.end - subject.start === 2 && FIGURE_NOUNS.has(head.lower)) return true;
  }
  return subject.end <= subject.start && CONTINUATION_OPENERS.has(t.lower);
}

/** Pronouns standing for a body named before, as a sentence's subject ("It raised its forecast…"). */
const BODY_PRONOUNS = new Set(['it', 'they']);

/** Words that open a sentence continuing the count of the one before ("Another 5…", "Of those, 3…"). */
const CONTINUATION_OPENERS = new Set(['another', 'of', 'the', 'most', 'some', 'all', 'none', 'only']);
