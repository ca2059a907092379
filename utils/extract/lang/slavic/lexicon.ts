/**
 * What the Russian and Ukrainian grammar reads from a language: its word lists. One
 * grammar (utils/extract/lang/slavic) serves both languages; each supplies this lexicon
 * (utils/extract/lang/ru.ts, uk.ts), so a rule is written once and its words twice.
 */
import type { Qualifier } from '../../../schema';
import { table } from '../../lexicon/table';

/** A language the Slavic grammar reads. */
export type SlavicLang = 'ru' | 'uk';

/** A unit written in words after a figure: word-start stems to match, the unit code and its kind. */
export interface UnitStem {
  /** Stems of the unit's words, in order ("квадратн", "километр"); each word must start with its stem. */
  stems: string[];
  unit: string;
  kind: 'measure' | 'percent' | 'money';
}

/** Every word list the grammar consults for one language (lower case; apostrophes as "'"). */
export interface SlavicLexicon {
  lang: SlavicLang;
  /** Cardinal number words in every case and gender → value (1–900). */
  numbers: Record<string, number>;
  /** Scale words and their abbreviations ("тысяч", "тыс", "млн") → factor. */
  scales: Record<string, number>;
  /** Collective numerals ("трое", "троє") → value: they count people. */
  collective: Record<string, number>;
  /** One and a half ("полтора", "півтора") and 150 ("полтораста") → value. */
  halves: Record<string, number>;
  /** Vague plural amounts ("десятки", "сотни") → the lower bound they imply. */
  vague: Record<string, number>;
  /**
   * "Десяток" in every case → 10: "полтора десятка", "два десятки", "около десятка" count tens,
   * roughly (a figure so given is approximate).
   */
  tens: Record<string, number>;
  /**
   * "Сотня" in every case and number → 100: "две сотни", "дві сотні" count hundreds, roughly;
   * "сотню", "около сотни", "близько сотні" are a round hundred, a vague amount.
   */
  hundreds: Record<string, number>;
  /** Qualifiers written before a figure (word sequences, longest first). */
  qualifiersBefore: Array<[string[], Qualifier]>;
  /** Qualifiers written right after a figure or its noun ("и более", "з гаком"). */
  qualifiersAfter: Array<[string[], Qualifier]>;
  /** "до": "up to" before a figure, unless a change or a "from" is read. */
  upTo: string;
  /** "от", "від": opens a range "от 40 до 50". */
  rangeFrom: Set<string>;
  /** "с", "з": opens a change "с 3,1% до 2,5%" (two figures, each exact). */
  changeFrom: Set<string>;
  /** Word starts of verbs and nouns of change ("вырос", "снизил", "зростання"): "до N" is then the new value. */
  changeStems: string[];
  /** Words joining the two ends of a spelled-out range ("или", "чи"). */
  rangeOr: Set<string>;
  /** Months in every case → 0–11. */
  months: Record<string, number>;
  /** Weekdays in the nominative and accusative → 0 (Sunday)–6. */
  weekdays: Record<string, number>;
  /** Units after a figure: percent, measures, currency names. */
  units: UnitStem[];
  /** Word starts of durations ("суток", "днів", "лет"): such a figure is a duration, not a claim. */
  durationStems: string[];
  /** Whole words that are durations (short forms: "год", "дня", "рік"). */
  durations: Set<string>;
  /** Words after a figure that make it a ratio ("в три раза"): not a claim. */
  ratioWords: Set<string>;
  /** Words before a number that label it ("№", "статья", "пункт"): not a claim. */
  labels: Set<string>;
  /** Prepositions, conjunctions, particles, pronouns: where a noun phrase ends. */
  stops: Set<string>;
  /** Nouns after "один" that make an idiom, not a count ("один раз", "одна из"). */
  notOneThing: Set<string>;
  /** "из них", "з них": the part of a whole counted before. */
  partitive: Set<string>;
  /** Known verb forms right after a figure (an elided count: "трое погибли"). */
  verbs: Set<string>;
  /** Nouns ending like a past-tense verb in "-ли" ("автомобили", "цели"). */
  notVerbs: Set<string>;
  /** Verbs of being wounded with their noun ("получили ранения"): the noun is what an elided count counts. */
  woundNouns: Set<string>;
  /** Who says a figure: reporting words, cues, roles and bodies. */
  speech: SlavicSpeech;
}

/** The words of attribution: reporting verbs, "по данным X", pronouns, roles, bodies, doubt. */
export interface SlavicSpeech {
  /** Finite reporting verbs ("сообщил", "заявили", "повідомляє", "зазначив"). */
  verbs: Set<string>;
  /** Impersonal reports with no speaker of their own ("сообщается", "повідомляється"). */
  impersonal: Set<string>;
  /** Phrases before a speaker in the genitive ("по данным", "за словами", "ссылаясь на"), longest first. */
  according: string[][];
  /** "как", "як": "как сообщает ТАСС" names the speaker after the verb. */
  as: Set<string>;
  /** Prepositions of a body speaking in the plural ("сообщили в Минобороны", "в Укренерго очікують"). */
  inside: Set<string>;
  /** Verbs by which a body gives or changes a figure of its own ("дает прогноз", "знизив оцінку"). */
  figureVerbs: Set<string>;
  /** Word starts of the figures a body owns ("прогноз", "оценк", "оцінк"). */
  figureNouns: string[];
  /** Nouns of a statement made ("заявление", "заяву") before "сделал", "зробив". */
  statementNouns: Set<string>;
  /** Verbs of making a statement ("сделал", "зробив"). */
  statementVerbs: Set<string>;
  /** Words that point back to what was said before ("об этом", "про це", "такое"). */
  backReferences: Set<string>;
  /** Person pronouns (he, she; any case) → true. */
  personPronouns: Set<string>;
  /** Pronouns of a body or a group ("они", "вони", "оно") → true. */
  groupPronouns: Set<string>;
  /** Word starts of roles that name a person ("министр", "губернатор", "речник"). */
  personRoles: string[];
  /** Word starts of bodies and groups that speak ("министерств", "штаб", "аналитик", "влад"). */
  bodies: string[];
  /** Words that mark a figure as doubted by the outlet ("якобы", "нібито"). */
  doubt: Set<string>;
  /** Words opening a sentence of background that does not continue the report ("напомним", "нагадаємо"). */
  background: Set<string>;
  /** Labels naming the article's source on a line of their own ("источник", "джерело"). */
  sourceLabels: Set<string>;
  /** Labels before a colon that name no speaker ("подробности", "деталі", "фото"). */
  notSpeakers: Set<string>;
  /** Adverbs and particles between a subject and its verb ("также", "уже", "и то", "теж"). */
  adverbs: Set<string>;
  /** Plural bodies whose nominative the endings cannot give ("сил" → "силы"): oblique form → nominative. */
  plurals: Record<string, string>;
}

/** A table of the space-separated `words`, each mapped to `value`. */
export function wordsTo<T>(into: Record<string, T>, words: string, value: T): void {
  for (const w of words.split(' ')) if (w) into[w] = value;
}

/** An empty word table (no prototype: article text is looked up in it). */
export const newTable = <T>(): Record<string, T> => table<T>();

/** Qualifier phrases as [words, qualifier], sorted longest first. */
export function phrases(entries: Array<[string, Qualifier]>): Array<[string[], Qualifier]> {
  return entries
    .map(([w, q]) => [w.split(' '), q] as [string[], Qualifier])
    .sort((a, b) => b[0].length - a[0].length);
}

/** Past-tense forms of verb stems ("сообщи" → сообщил, сообщила, сообщило, сообщили; Ukrainian "-в" for the masculine). */
export function pastForms(stems: string, masculine: 'л' | 'в'): string[] {
  return stems.split(' ').flatMap((st) => [st + masculine, `${st}ла`, `${st}ло`, `${st}ли`]);
}

/** Word sequences from "a b|c d" → [["a", "b"], ["c", "d"]], longest first. */
export function sequences(s: string): string[][] {
  return s
    .split('|')
    .map((p) => p.split(' '))
    .sort((a, b) => b.length - a.length);
}

/** A table of "a→b c→d" pairs. */
export function pairs(s: string): Record<string, string> {
  const out = newTable<string>();
  for (const p of s.split(' ')) {
    const [from, to] = p.split('→') as [string, string];
    out[from] = to;
  }
  return out;
}
