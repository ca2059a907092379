/**
 * Word classes the hot loops test on every word, as bits: each distinct word is
 * classified once (the tokenizer keeps its strings between tokens and calls),
 * and a loop then tests a bit of `Token.wordClass` instead of looking the word up in a set.
 */
import { codes as currencyCodes } from 'currency-codes';
import * as lex from './lexicon';

const {
  ACTIONS,
  CURRENCY_ABBREVIATIONS,
  CURRENCY_WORDS_BEFORE,
  DOLLAR_COUNTRIES,
  MONTHS,
  REPORT,
  SMALL,
  VAGUE,
  WEEKDAYS,
} = lex;

/** Words that can start a figure: number words, vague amounts, "a dozen", "half a million", currency codes. */
export const NUMBER_START = new Set([
  ...Object.keys(SMALL),
  ...Object.keys(VAGUE),
  ...currencyCodes().map((c) => c.toLowerCase()),
  ...Object.keys(CURRENCY_ABBREVIATIONS).map((c) => c.toLowerCase()),
  ...Object.keys(DOLLAR_COUNTRIES),
  ...CURRENCY_WORDS_BEFORE,
  ...currencyCodes().map((c) => `m${c.toLowerCase()}`),
  'quarter',
  'a',
  'an',
  'tens',
  'half',
  'rs',
  'us',
  'u',
]);

/** Words that can start a time phrase (besides a day number). */
export const TIME_START = new Set([
  'overnight',
  'last',
  'night',
  'yesterday',
  'today',
  'in',
  'since',
  ...WEEKDAYS,
  ...Object.keys(MONTHS),
]);

/** Reporting verbs that mark a time phrase as the time of a statement ("said Wednesday"). */
export const REPORTING = new Set(
  'said says told tells wrote writes added adds announced reported stated claimed noted confirmed accused'.split(
    ' ',
  ),
);

/** Verbs that carry a frame's action (the keys of ACTIONS). */
export const ACTION_WORDS = new Set(Object.keys(ACTIONS));

/** Words that open an attribution without being reporting verbs ("according to", "quoted", "spoke of"). */
export const ATTRIBUTION_CUES = new Set(['according', 'quoted', 'cited', 'spoke', 'spoken']);

/** Prepositions before a place ("over Kursk", "in the Belgorod region"). */
export const PLACE_PREPOSITIONS = new Set(['over', 'in', 'near', 'across', 'on', 'of', 'at']);

/** Bit of `Token.wordClass`: the word is in NUMBER_START. */
export const W_NUMBER_START = 1;
/** Bit of `Token.wordClass`: the word is in TIME_START. */
export const W_TIME_START = 2;
/** Bit of `Token.wordClass`: the word is in REPORTING. */
export const W_REPORTING = 4;
/** Bit of `Token.wordClass`: the word is in ACTION_WORDS. */
export const W_ACTION = 8;
/** Bit of `Token.wordClass`: the word is a reporting verb in any form (lexicon REPORT). */
export const W_REPORT = 16;

/** Bit of `Token.wordClass`: the word is in ATTRIBUTION_CUES. */
export const W_ATTRIBUTION_CUE = 32;
/** Bit of `Token.wordClass`: the word is in PLACE_PREPOSITIONS. */
export const W_PLACE_PREPOSITION = 64;

/** The class bits of a lower-case word. */
export function wordClass(l: string): number {
  return (
    (NUMBER_START.has(l) ? W_NUMBER_START : 0) |
    (TIME_START.has(l) ? W_TIME_START : 0) |
    (REPORTING.has(l) ? W_REPORTING : 0) |
    (ACTION_WORDS.has(l) ? W_ACTION : 0) |
    (REPORT.has(l) ? W_REPORT : 0) |
    (ATTRIBUTION_CUES.has(l) ? W_ATTRIBUTION_CUE : 0) |
    (PLACE_PREPOSITIONS.has(l) ? W_PLACE_PREPOSITION : 0)
  );
}
