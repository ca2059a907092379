/** Noun phrases that name a speaker, read backward from a verb or forward from a cue. */
import * as lex from '../lexicon';

import type { Token } from '../tokenize';
import * as tok from '../tokenize';
import { isPlain, isRole, nameish, type AttributionText } from './reader';

const {
  ARTICLES,
  MONTHS,
  NAME_ADJECTIVES,
  NAME_OPENERS,
  NAME_TITLES,
  NP_STOP,
  ROLE_WORDS,
  SPEAKER_PRONOUNS,
  SUBORDINATORS,
  WEEKDAYS,
} = lex;
const { PUNCT, WORD, isCapitalised } = tok;
const WEEKDAY_NAMES = new Set(WEEKDAYS);

/** An adverb in -ly ("generally", "reportedly"): a noun phrase never runs across one. */
function isAdverb(l: string): boolean {
  return l.length > 4 && l.endsWith('ly');
}

/** Collects the noun phrase that ends at token `e` (exclusive), going backward. */
export function npBackward(x: AttributionText, e: number, floor: number): number {
  const { tk } = x;
  let k = e - 1;
  let a = e;
  while (k >= floor) {
    const t = tk[k] as Token;
    if (x.inQuote(k)) break;
    if (t.kind === WORD) {
      const l = t.lower;
      const poss = l.endsWith("'s");
      // a capitalised function word opening the sentence ("While Kyiv put …") is not part of a name
      if (isCapitalised(t) && k === floor && SUBORDINATORS.has(l)) break;
      if (isCapitalised(t) || isRole(l) || poss || NAME_ADJECTIVES.has(l)) {
        if (isCapitalised(t) && (WEEKDAY_NAMES.has(l) || (MONTHS[l] !== undefined && l.length > 3))) break;
        a = k;
        k--;
        continue;
      }
      if ((l === 'of' || l === 'and' || l === 'for' || l === 'in' || l === 'on') && a < e && k - 1 >= floor) {
        // "Ministry of Health", "ministry of defence", "mission in Ukraine", "Russia and Ukraine"
        const left = tk[k - 1] as Token;
        const right = tk[a] as Token;
        const ok =
          l === 'and'
            ? isCapitalised(left) && isCapitalised(right)
            : nameish(left) && nameish(right) && (l !== 'in' || ROLE_WORDS.has(left.lower));
        if (ok) {
          a = k;
          k--;
          continue;
        }
      }
      if (l === 'the' && a < e && isCapitalised(tk[a] as Token) && k - 2 >= floor) {
        // "the Institute for the Study of War": "for the" inside a name
        const p = tk[k - 1] as Token;
        if ((p.lower === 'for' || p.lower === 'of') && isCapitalised(tk[k - 2] as Token)) {
          a = k - 1;
          k -= 2;
          continue;
        }
      }
      if (l === 'the' || l === 'a' || l === 'an') {
        if (a < e) a = k;
        break;
      }
      if (!NP_STOP.has(l) && (a < e || (!l.endsWith('ed') && !l.endsWith('ing')))) {
        // "the port authority": plain nouns between a determiner and the head
        let m = k;
        while (
          m >= floor &&
          m > k - 4 &&
          (tk[m] as Token).kind === WORD &&
          !isCapitalised(tk[m] as Token) &&
          !NP_STOP.has((tk[m] as Token).lower) &&
          !isAdverb((tk[m] as Token).lower)
        )
          m--;
        const d = tk[m];
        if (d && m >= floor && isCapitalised(d) && !(m === floor)) {
          // "the UN human rights monitoring mission": a capitalised modifier before plain nouns
          a = m;
          k = m - 1;
          continue;
        }
        if (m < floor || (d && (d.kind === PUNCT || (NP_STOP.has(d.lower) && !ARTICLES.has(d.lower))))) {
          // "…,” district chief Marta Kolar said": plain nouns from a clause boundary
          a = m + 1;
          break;
        }
        if (
          m >= floor &&
          d &&
          (d.lower === 'the' || d.lower === 'a' || d.lower === 'an' || d.lower.endsWith("'s"))
        ) {
          a = d.lower.endsWith("'s") ? m + 1 : m;
          if (d.lower.endsWith("'s")) {
            k = m;
            continue;
          }
        }
        break;
      }
      if (SPEAKER_PRONOUNS.has(l) && a === e) {
        a = k;
      }
      break;
    }
    if (
      t.text === '.' &&
      !t.spaceBefore &&
      k - 1 >= floor &&
      NAME_TITLES.has((tk[k - 1] as Token).lower) &&
      a === k + 1
    ) {
      // "Col. Yuriy Ihnat"
      a = k - 1;
      k -= 2;
      continue;
    }
    if (
      (t.text === '-' || t.text === '–') &&
      !t.spaceBefore &&
      k - 1 >= floor &&
      !(tk[k + 1] as Token | undefined)?.spaceBefore &&
      a === k + 1
    ) {
      a = k;
      k--;
      continue;
    }
    if (
      t.text === ')' &&
      a === k + 1 &&
      (tk[k - 2] as Token | undefined)?.text === '(' &&
      isCapitalised(tk[k - 1])
    ) {
      // "the United Nations' humanitarian office (OCHA) said"
      a = k - 2;
      k -= 3;
      continue;
    }
    if (
      (t.text === "'" || t.text === '’') &&
      !t.spaceBefore &&
      a === k + 1 &&
      (tk[k - 1] as Token | undefined)?.lower.endsWith('s')
    ) {
      // a plural possessive: "the United Nations' office"
      a = k;
      k--;
      continue;
    }
    if (t.text === ')' && a === k + 1) break;
    break;
  }
  return a;
}

/** Collects a name going forward from `a` ("said Kremlin spokesman Dmitry Peskov"). */
export function npForward(x: AttributionText, a: number, limit: number, plainTail = true): number {
  const { tk } = x;
  let k = a;
  while (k < limit) {
    const t = tk[k] as Token;
    if (
      t.kind === WORD &&
      (isCapitalised(t) ||
        isRole(t.lower) ||
        NAME_ADJECTIVES.has(t.lower) ||
        (k === a && NAME_OPENERS.has(t.lower)))
    ) {
      if (WEEKDAY_NAMES.has(t.lower)) break;
      k++;
      continue;
    }
    if (t.text === '.' && !t.spaceBefore && k > a && NAME_TITLES.has((tk[k - 1] as Token).lower)) {
      k++;
      continue;
    }
    if (t.kind === WORD && !NP_STOP.has(t.lower) && !isCapitalised(t)) {
      // "harbour master Ana Lis", "the harbour office": plain nouns before a role or a name
      let m = k;
      let role = -1;
      while (m < limit && m < k + 3 && isPlain(tk[m] as Token)) {
        if (isRole((tk[m] as Token).lower)) role = m;
        m++;
      }
      const h = tk[m];
      if (m > k && h && m < limit && (isCapitalised(h) || isRole(h.lower))) {
        k = m;
        continue;
      }
      if (role >= 0) {
        // "A Ukrainian drone operator who …": up to the role word
        k = role + 1;
        continue;
      }
      if (k > a && isRole(t.lower)) {
        k++;
        continue;
      }
      if (
        plainTail &&
        m > k &&
        (tk[a] as Token).lower === 'the' &&
        (m >= limit || !isPlain(tk[m] as Token))
      ) {
        k = m;
        break;
      }
    }
    if (
      t.kind === WORD &&
      (t.lower === 'of' || t.lower === 'for') &&
      k > a &&
      isCapitalised(tk[k - 1] as Token)
    ) {
      // "Ministry of Health", "Institute for the Study of War"
      const nx = tk[k + 1];
      if (nx && isCapitalised(nx)) {
        k++;
        continue;
      }
      if (nx?.lower === 'the' && tk[k + 2] && isCapitalised(tk[k + 2] as Token)) {
        k += 2;
        continue;
      }
    }
    if (
      (t.text === '-' || t.text === '–') &&
      !t.spaceBefore &&
      k > a &&
      !(tk[k + 1] as Token | undefined)?.spaceBefore
    ) {
      k++;
      continue;
    }
    if (
      t.text === '(' &&
      k > a &&
      isCapitalised(tk[k + 1] as Token) &&
      (tk[k + 2] as Token | undefined)?.text === ')'
    ) {
      k += 3;
      continue;
    }
    break;
  }
  return k;
}
