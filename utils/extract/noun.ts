import * as lex from './lexicon';

import type { Token } from './tokenize';
import * as tok from './tokenize';

// local bindings: hot loops read them without going through module accessors
const {
  ADDITIVE,
  NOT_HEAD_AHEAD,
  NOT_PLURAL,
  NP_STOP,
  PARTITIVE_DETERMINERS,
  PARTITIVE_PRONOUNS,
  PLURALS,
  SMALL,
} = lex;
const { NUM, WORD, isCapitalised } = tok;

/** The head of the noun phrase a figure counts, and the token where it ends. */
export interface CountedNoun {
  /** Head noun as written ("drones"), or null when the noun is elided. */
  head: string | null;
  /** Token index of the head (or -1). */
  at: number;
  /** "35 of those": the noun is the one counted just before. */
  anaphoric: boolean;
}

/** Does a word look like a plural noun ("drones", "POWs", "people")? */
export function looksPlural(t: Token): boolean {
  const l = t.lower;
  if (PLURALS.has(l)) return true;
  if (l.length < 3 || NOT_PLURAL.has(l)) return false;
  // by character codes (this runs for most words near a figure): "-s" but not "'s", "-ss", "-us", "-is";
  // else "-men", "-ren"
  const n = l.length;
  const p = l.charCodeAt(n - 2);
  if (l.charCodeAt(n - 1) === 115) return p !== 39 && p !== 115 && p !== 117 && p !== 105;
  return (
    l.charCodeAt(n - 1) === 110 && p === 101 && (l.charCodeAt(n - 3) === 109 || l.charCodeAt(n - 3) === 114)
  );
}

const ADVERB_OK = (l: string) => l.endsWith('ly') && l.length > 4;

/** Reads one word of a noun phrase, joining glued hyphen compounds ("anti-aircraft", "S-300"). Returns the index after it. */
function wordEnd(tk: Token[], j: number): number {
  let k = j + 1;
  for (;;) {
    const h = tk[k];
    if (!h || h.spaceBefore) break;
    if (h.kind === NUM || h.kind === WORD) {
      k++;
      continue;
    }
    const w = tk[k + 1];
    if ((h.text === '-' || h.text === '–') && w && !w.spaceBefore && (w.kind === WORD || w.kind === NUM)) {
      k += 2;
      continue;
    }
    break;
  }
  return k;
}

/**
 * Finds what the figure ending at token j counts: skips modifiers ("attack and
 * decoy", "seriously wounded", "S-300 anti-aircraft") to the head noun; stops
 * at prepositions, verbs, punctuation. "35 of those" and "72 of the loitering
 * munitions" look through "of".
 */
export function countedNoun(tk: Token[], j: number, end: number, single: boolean): CountedNoun {
  let k = j;
  const first = tk[k];
  if (first && first.lower === 'of' && k + 1 < end) {
    let m = k + 1;
    const det = tk[m] as Token;
    if (PARTITIVE_PRONOUNS.has(det.lower)) {
      const after = readHead(tk, m + 1, end, single);
      const pl = after.head !== null && looksPlural(tk[after.at] as Token);
      if (after.head && pl && det.lower !== 'them' && det.lower !== 'whom' && det.lower !== 'which')
        return after;
      return { head: null, at: -1, anaphoric: true };
    }
    if (det.kind === NUM) {
      // "65 of 112 drones"
      const r = readHead(tk, m + 1, end, single);
      return r.head ? r : { head: null, at: -1, anaphoric: true };
    }
    if (PARTITIVE_DETERMINERS.has(det.lower)) {
      m++;
      if (tk[m]?.lower === 'own') m++;
      const r = readHead(tk, m, end, single);
      if (r.head) return r;
      return { head: null, at: -1, anaphoric: true };
    }
    return { head: null, at: -1, anaphoric: false };
  }
  // "seven more systems", "5 other people", "3 additional battalions"
  while (k < end && ADDITIVE.has((tk[k] as Token).lower) && tk[k + 1]?.kind === WORD) {
    if ((tk[k] as Token).lower === 'others') break;
    k++;
  }
  // 4,645 "excess deaths": the counted noun in quotation marks
  const mark = tk[k];
  if (
    mark &&
    (mark.text === '"' || mark.text === '“') &&
    tk[k + 1]?.kind === WORD &&
    !tk[k + 1]?.spaceBefore
  ) {
    const quoted = readHead(tk, k + 1, end, single);
    if (quoted.head) return quoted;
  }
  return readHead(tk, k, end, single);
}

function readHead(tk: Token[], j: number, end: number, single: boolean): CountedNoun {
  let lastA = -1;
  let lastE = -1;
  let count = 0;
  let k = j;
  while (k < end && count < 7) {
    const t = tk[k] as Token;
    if (t.kind !== WORD) break;
    const l = t.lower;
    if (l === 'and' || l === '&') {
      // "attack and decoy drones": a modifier list continues only into another word
      const nx = tk[k + 1];
      if (count === 0 || !nx || nx.kind !== WORD || NP_STOP.has(nx.lower) || SMALL[nx.lower] !== undefined)
        break;
      k++;
      continue;
    }
    if (NP_STOP.has(l) || (SMALL[l] !== undefined && count > 0)) break;
    const e = wordEnd(tk, k);
    const last = tk[e - 1] as Token;
    if (!single && last.kind === WORD && looksPlural(last)) {
      if (!pluralAhead(tk, e, end, NOT_HEAD_AHEAD.has(last.lower)))
        return { head: text(tk, k, e), at: e - 1, anaphoric: false };
    }
    lastA = k;
    lastE = e;
    count++;
    k = e;
  }
  if (lastA < 0) return { head: null, at: -1, anaphoric: false };
  const lt = tk[lastA] as Token;
  if (lt.lower.endsWith('ed') || lt.lower.endsWith('ing') || ADVERB_OK(lt.lower) || lt.lower.endsWith("'s")) {
    return { head: null, at: -1, anaphoric: false };
  }
  return { head: text(tk, lastA, lastE), at: lastE - 1, anaphoric: false };
}

/** Another plural noun within the next two words ("wounded Ukraine captives", "anti-aircraft surface-to-surface missiles")? */
function pluralAhead(tk: Token[], j: number, end: number, adjective: boolean): boolean {
  let k = j;
  for (let n = 0; n < 2 && k < end; n++) {
    const t = tk[k] as Token;
    // after a real noun a capitalised word starts something else ("1,060 casualties Russian forces suffered")
    if (!adjective && isCapitalised(t)) return false;
    if (
      t.kind !== WORD ||
      NP_STOP.has(t.lower) ||
      ADVERB_OK(t.lower) ||
      t.lower.endsWith('ed') ||
      SMALL[t.lower] !== undefined
    )
      return false;
    const e = wordEnd(tk, k);
    const last = tk[e - 1] as Token;
    if (last.kind === WORD && looksPlural(last) && !NOT_HEAD_AHEAD.has(last.lower)) return true;
    k = e;
  }
  return false;
}

function text(tk: Token[], a: number, b: number): string {
  let s = '';
  for (let k = a; k < b; k++) s += (tk[k] as Token).text;
  return s;
}
