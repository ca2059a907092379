/** The speakers an article has named so far, for carry-over and back-references ("he", "the ministry"). */
import * as lex from '../lexicon';

import type { Token } from '../tokenize';
import * as tok from '../tokenize';
import { dropPossessive, type AttributionText } from './reader';
import { titleCased } from './subject';

const {
  ARTICLES,
  DOCUMENTS,
  FEMALE_NAMES,
  FEMALE_WORDS,
  GENERIC_BODIES,
  MALE_NAMES,
  MALE_WORDS,
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

/** A person's gender as the text shows it (a title, a role noun, a given name), or null when it does not. */
export type Gender = 'female' | 'male' | null;

/** A speaker named in the article: the name as written, its words (lower case), whether a person, and of which gender. */
interface Speaker {
  name: string;
  words: string[];
  person: boolean;
  gender: Gender;
  /** Named in passing, not yet as anyone's speaker ("Former President Bill Clinton criticized …"). */
  mentioned: boolean;
}

/** How many speakers the memory keeps (the oldest half goes when it is full). */
const MAX_SPEAKERS = 96;

/** The words of a name (lower case, possessives dropped). */
function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The gender a person's name shows, read from its end ("Clinton campaign
 * spokesman Brian Fallon" is Brian's): a given name, a title ("Mrs.") or a
 * gendered role noun ("spokeswoman"); null when none does.
 */
export function genderOf(words: readonly string[]): Gender {
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k] as string;
    if (FEMALE_NAMES.has(w) || FEMALE_WORDS.has(w)) return 'female';
    if (MALE_NAMES.has(w) || MALE_WORDS.has(w)) return 'male';
  }
  return null;
}

/** The gender a personal pronoun asks for ("she" → female), or null ("they"). */
function pronounGender(word: string): Gender {
  if (word === 'she' || word === 'her' || word === 'hers' || word === 'herself') return 'female';
  if (word === 'he' || word === 'him' || word === 'his' || word === 'himself') return 'male';
  return null;
}

/** Is a speaker a one-word name that may be a person's ("Peskov"), not a place, a body or an acronym? */
function surnameLike(sp: Speaker): boolean {
  const w = sp.words[0] as string;
  return (
    sp.words.length === 1 && !NOT_PEOPLE.has(w) && sp.name !== sp.name.toUpperCase() && !ORG_HEADS.has(w)
  );
}

/** Can a person of gender `have` be what a pronoun asking for `want` stands for? (An unknown gender fits either.) */
function fits(have: Gender, want: Gender): boolean {
  return want === null || have === null || have === want;
}

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
  remember(name: string, person: boolean, alias: string | null = null, mentioned = false): void {
    const own = nameWords(name);
    const words = alias ? [...own, ...nameWords(alias)] : own;
    const gender = person ? (genderOf(own) ?? (alias ? genderOf(nameWords(alias)) : null)) : null;
    this.known.push({ name, words, person, gender, mentioned });
    if (this.known.length > MAX_SPEAKERS) this.known.splice(0, MAX_SPEAKERS / 2);
  }

  /**
   * Remembers a person the article names in passing ("Former President Bill
   * Clinton criticized …"), so that "the former president" or "Clinton" said
   * later resolves to them.
   */
  mention(name: string): void {
    for (let k = this.known.length - 1; k >= 0 && k >= this.known.length - 8; k--)
      if ((this.known[k] as Speaker).name === name) return;
    this.remember(name, true, null, true);
  }

  /**
   * The newest remembered name that a short reference fits ("the former
   * president", "the ministry", "Peskov"): one holding all its words, else
   * one holding its head; a speaker before a person only mentioned, who
   * becomes a speaker once referred to.
   */
  private findReference(head: string, words: readonly string[]): string | null {
    for (const all of [true, false]) {
      for (const mentioned of [false, true]) {
        for (let k = this.known.length - 1; k >= 0; k--) {
          const sp = this.known[k] as Speaker;
          if (sp.mentioned !== mentioned || sp.words.length < 2 || !sp.words.includes(head)) continue;
          if (all && !words.every((w) => sp.words.includes(w))) continue;
          if (mentioned) sp.mentioned = false;
          return sp.name;
        }
      }
    }
    return null;
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
      const found = this.findReference(dropPossessive(last.lower), nameWords(name));
      if (found) return found;
    }
    if (definite && caps === 0 && (DOCUMENTS.has(last.lower) || GENERIC_BODIES.has(last.lower))) {
      // "the report", "the statement", "the global lender": the body that spoke last
      for (let k = this.known.length - 1; k >= 0 && k >= this.known.length - 3; k--) {
        const sp = this.known[k] as Speaker;
        if (!sp.person && !sp.mentioned) return sp.name;
      }
    }
    const person =
      isCapitalised(last) &&
      !ORG_HEADS.has(last.lower) &&
      caps >= 2 &&
      isCapitalised(tk[b - 2]) &&
      !ARTICLES.has((tk[b - 2] as Token).lower) &&
      !MONTHS[last.lower] &&
      !titleCased(tk, a2 + 1, b);
    const personHead = !isCapitalised(last) && PERSON_ROLES.has(last.lower);
    const personByRole =
      isCapitalised(last) &&
      !ORG_HEADS.has(last.lower) &&
      b - a2 >= 2 &&
      ROLE_WORDS.has((tk[b - 2] as Token).lower);
    this.remember(name, person || personByRole || personHead, alias ? this.x.span(alias[0], alias[1]) : null);
    return name;
  }

  /**
   * "he", "she" → the last person of that gender (or of none the text shows);
   * "it", "its", "they" → the sentence's own subject or the last body.
   */
  private pronoun(word: string, at: number): string | null {
    const { tk } = this.x;
    const wantPerson = PERSON_PRONOUNS.has(word);
    const want = pronounGender(word);
    // "The central bank kept its rate at 21%, it said": the sentence's own subject comes first
    if (this.subject && this.subject[1] <= at) {
      const [sa, se] = this.subject;
      const last = tk[se - 1] as Token;
      const subjectIsPerson =
        isCapitalised(last) &&
        isCapitalised(tk[se - 2]) &&
        !ORG_HEADS.has(last.lower) &&
        fits(genderOf(nameWords(this.x.span(sa, se))), want);
      const plural = /[^s]s$/.test(last.lower) && (!isCapitalised(last) || se - 1 === sa);
      const number = wantPerson || plural === PLURAL_PRONOUNS.has(word);
      if (subjectIsPerson === wantPerson && number && !REFERRING_OPENERS.has((tk[sa] as Token).lower)) {
        this.subject = null;
        return this.resolve(sa, se);
      }
    }
    // the newest speaker who fits: a person, or a one-word name that may be one ("Peskov said … He added")
    for (let k = this.known.length - 1; k >= 0; k--) {
      const sp = this.known[k] as Speaker;
      if (sp.mentioned || !fits(sp.gender, want)) continue;
      if (sp.person === wantPerson || (wantPerson && surnameLike(sp))) return sp.name;
    }
    if (want !== null) {
      // no speaker fits: a person named in passing whose gender the text shows ("his wife Ana Lis")
      for (let k = this.known.length - 1; k >= 0; k--) {
        const sp = this.known[k] as Speaker;
        if (sp.mentioned && sp.gender === want) {
          sp.mentioned = false;
          return sp.name;
        }
      }
    }
    return null;
  }
}
