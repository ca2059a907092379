/**
 * People an article names in passing ("Former President Bill Clinton
 * criticized …", "his wife Hillary Clinton"): remembered so that a later "the
 * former president", "Clinton" or "she" resolves to them.
 */
import * as lex from '../lexicon';

import type { Token } from '../tokenize';
import * as tok from '../tokenize';
import { dropPossessive, isRole, type AttributionText } from './reader';
import type { SpeakerMemory } from './speaker-memory';

const { FEMALE_NAMES, MALE_NAMES, MONTHS, NAME_ADJECTIVES, NAME_TITLES, ORG_HEADS, PERSON_ROLES } = lex;
const { isCapitalised } = tok;

/** How many words of title and role may stand before a name ("Former Secretary of State"). */
const MAX_PREFIX = 5;
/** How many capitalised words a person's name may have from its given name or title on. */
const MAX_NAME = 3;

/** Is sentence [a, b) written in title case (a headline: "Clinton Goes After Trump")? Its capitals name no one. */
function titleCase(tk: Token[], a: number, b: number): boolean {
  let words = 0;
  let caps = 0;
  for (let k = a; k < b; k++) {
    const t = tk[k] as Token;
    if (t.kind !== tok.WORD) continue;
    words++;
    if (isCapitalised(t)) caps++;
  }
  return words >= 4 && caps >= words * 0.7;
}

/** Does a person's name start at token i: a given name or a title, followed by a capitalised word? */
function personStart(tk: Token[], i: number): boolean {
  const w = tk[i] as Token;
  if (!isCapitalised(w)) return false;
  const l = w.lower;
  if (FEMALE_NAMES.has(l) || MALE_NAMES.has(l)) return isCapitalised(tk[i + 1]);
  // "Sen. Elizabeth Warren", "Mr. Clarke", "President Obama"
  if (NAME_TITLES.has(l) && tk[i + 1]?.text === '.') return isCapitalised(tk[i + 2]);
  return PERSON_ROLES.has(l) && isCapitalised(tk[i + 1]);
}

/** Is token t part of a person's title or role ("former", "President", "press secretary", "Sen.")? */
function titleWord(t: Token): boolean {
  const l = t.lower;
  return isRole(l) || NAME_ADJECTIVES.has(l) || NAME_TITLES.has(l) || t.text === '.';
}

/** Remembers the people named in sentence [a, b) with a given name or a title (see the module's comment). */
export function rememberMentions(x: AttributionText, memory: SpeakerMemory, a: number, b: number): void {
  const { tk } = x;
  if (titleCase(tk, a, b)) return;
  for (let i = a; i < b; i++) {
    if (!personStart(tk, i)) continue;
    // the name runs over capitalised words (and a title's period)
    let end = i + 1;
    let words = 1;
    while (end < b && (isCapitalised(tk[end]) || tk[end]?.text === '.')) {
      if ((tk[end] as Token).text !== '.' && ++words > MAX_NAME) break;
      end++;
    }
    while (end > i + 1 && (tk[end - 1] as Token).text === '.') end--;
    const last = tk[end - 1] as Token;
    const head = dropPossessive(last.lower);
    if (ORG_HEADS.has(head) || MONTHS[head] !== undefined || !isCapitalised(last)) {
      i = end - 1;
      continue;
    }
    // the titles and roles before it ("Former President", "press secretary")
    let start = i;
    while (start > a && i - start < MAX_PREFIX && titleWord(tk[start - 1] as Token)) start--;
    while (start < i && (tk[start] as Token).text === '.') start++;
    memory.mention(dropPossessive(x.span(start, end)));
    i = end - 1;
  }
}
