/** The speakers an article has named so far, for carry-over and back-references ("he", "the ministry"). */
import * as lex from '../lexicon';

import type { Token } from '../tokenize';
import * as tok from '../tokenize';
import { dropPossessive, type AttributionText } from './reader';

const {
  ARTICLES,
  DOCUMENTS,
  GENERIC_BODIES,
  FIRST_PERSON,
  MONTHS,
  NOT_PEOPLE,
  ORG_HEADS,
  PERSON_PRONOUNS,
  PERSON_ROLES,
  PLACE_NOUNS,
  PLURAL_PRONOUNS,
  REFERRING_OPENERS,
  ROLE_WORDS,
  SPEAKER_PRONOUNS,
} = lex;
const { isCapitalised } = tok;

/** A speaker named in the article: the name as written, its words (lower case), and whether a person. */
interface Speaker {
  name: string;
  words: string[];
  person: boolean;
}

/** How many speakers the memory keeps (the oldest half goes when it is full). */
const MAX_SPEAKERS = 64;

/**
 * The speakers named so far in an article, newest last: a name is remembered
 * when it is first resolved, and a later "he", "it", "the ministry", "the
 * report" or surname resolves to the full name the article gave before.
 */
export class SpeakerMemory {
  private readonly known: Speaker[] = [];
  /** The current sentence's subject (tokens [a, b)), for "it" or "he" later in the same sentence. */
  subject: [number, number] | null = null;

  /** Keeps the speakers of the text `x`. */
  constructor(private readonly x: AttributionText) {}

  /** Remembers a speaker's name (and another name for it, as "Peskov, the Kremlin's spokesman"). */
  remember(name: string, person: boolean, alias: string | null = null): void {
    const words = (alias ? `${name} ${alias}` : name)
      .toLowerCase()
      .replace(/[’']s\b/g, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    this.known.push({ name, words, person });
    if (this.known.length > MAX_SPEAKERS) this.known.splice(0, MAX_SPEAKERS / 2);
  }

  /**
   * Resolves the speaker named by tokens [a, b): "he", "the ministry",
   * "Peskov" to the speaker named earlier; a new name is remembered and
   * returned as written.
   */
  resolve(a: number, b: number, alias?: [number, number]): string | null {
    const { tk } = this.x;
    if (b <= a) return null;
    let a2 = a;
    while (a2 < b && (tk[a2] as Token).lower === 'the') a2++;
    if (a2 >= b) return null;
    const first = tk[a2] as Token;
    // "he", "she" → the last person; "it", "its figures", "their data" → the last body
    if (
      (b - a2 === 1 && SPEAKER_PRONOUNS.has(first.lower)) ||
      first.lower === 'its' ||
      first.lower === 'their'
    )
      return this.pronoun(first.lower, a);
    if (FIRST_PERSON.has(first.lower)) return null;
    // "the country", "the city": a place, not a claimant
    if (b - a2 === 1 && PLACE_NOUNS.has(first.lower)) return null;
    const name = dropPossessive(this.x.span(a2, b));
    const last = tk[b - 1] as Token;
    const caps = this.x.countCaps(a2, b);
    // short references: "the ministry", "the air force", "the Fund", "Peskov"
    const definite = a2 > a;
    if ((definite && caps <= 1) || (caps === 1 && b - a2 === 1)) {
      const head = dropPossessive(last.lower);
      for (let k = this.known.length - 1; k >= 0; k--) {
        const sp = this.known[k] as Speaker;
        if (sp.words.includes(head) && sp.words.length > 1) return sp.name;
      }
    }
    if (definite && caps === 0 && (DOCUMENTS.has(last.lower) || GENERIC_BODIES.has(last.lower))) {
      // "the report", "the statement", "the global lender": the body that spoke last
      for (let k = this.known.length - 1; k >= 0 && k >= this.known.length - 3; k--) {
        const sp = this.known[k] as Speaker;
        if (!sp.person) return sp.name;
      }
    }
    const person =
      isCapitalised(last) &&
      !ORG_HEADS.has(last.lower) &&
      caps >= 2 &&
      isCapitalised(tk[b - 2]) &&
      !ARTICLES.has((tk[b - 2] as Token).lower) &&
      !MONTHS[last.lower];
    const personHead = !isCapitalised(last) && PERSON_ROLES.has(last.lower);
    const personByRole =
      isCapitalised(last) &&
      !ORG_HEADS.has(last.lower) &&
      b - a2 >= 2 &&
      ROLE_WORDS.has((tk[b - 2] as Token).lower);
    this.remember(name, person || personByRole || personHead, alias ? this.x.span(alias[0], alias[1]) : null);
    return name;
  }

  /** "he", "she" → the last person; "it", "its", "they" → the sentence's own subject or the last body. */
  private pronoun(word: string, at: number): string | null {
    const { tk } = this.x;
    const wantPerson = PERSON_PRONOUNS.has(word);
    // "The central bank kept its rate at 21%, it said": the sentence's own subject comes first
    if (this.subject && this.subject[1] <= at) {
      const [sa, se] = this.subject;
      const last = tk[se - 1] as Token;
      const subjectIsPerson = isCapitalised(last) && isCapitalised(tk[se - 2]) && !ORG_HEADS.has(last.lower);
      const plural = /[^s]s$/.test(last.lower) && (!isCapitalised(last) || se - 1 === sa);
      const number = wantPerson || plural === PLURAL_PRONOUNS.has(word);
      if (subjectIsPerson === wantPerson && number && !REFERRING_OPENERS.has((tk[sa] as Token).lower)) {
        this.subject = null;
        return this.resolve(sa, se);
      }
    }
    for (let k = this.known.length - 1; k >= 0; k--) {
      const sp = this.known[k] as Speaker;
      if (sp.person === wantPerson) return sp.name;
    }
    if (wantPerson) {
      // "Peskov said … He added": a one-word name that is not a place or a body
      for (let k = this.known.length - 1; k >= 0; k--) {
        const sp = this.known[k] as Speaker;
        const w = sp.words[0] as string;
        if (
          sp.words.length === 1 &&
          !NOT_PEOPLE.has(w) &&
          sp.name !== sp.name.toUpperCase() &&
          !ORG_HEADS.has(w)
        )
          return sp.name;
      }
    }
    return null;
  }
}
