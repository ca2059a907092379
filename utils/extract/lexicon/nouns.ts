/** English words of noun phrases: where a counted noun ends, what looks plural. */
import { set, table } from './table';

/** Words that end a noun phrase after a number (prepositions, determiners, verbs, adverbs…). */
export const NP_STOP = set(
  'shot lost won kept sent fell rose went came left took got made saw became remain remains stood sank ran flew fled hit hits struck are were was is be of in on at for from by with to into last next onto over under near across after before during since per than as about against toward towards through including include includes via between among amid without within while and or but nor so yet the a an this that these those its their his her our my your them they it he she we who whom whose which where when what why how is are was were be been being have has had will would could should may might must can cannot do does did not no also already still now then just only even each every all both more less most least other another such there here overnight yesterday today tonight tomorrow later earlier again ago said says say told tells claimed reported added announced according if whether because although though until till unless out up down off away back on around',
);

/** Plural nouns that do not end in "s", and nominal adjectives that count people. */
export const PLURALS = set(
  'people personnel men women children police troops staff military cattle livestock infantry dead injured wounded killed missing fatalities crew aircraft militia clergy youth offspring sheep fish deer equipment ammunition artillery',
);

/** Nouns that look plural but are singular ("news", "series") or measure words we treat separately. */
export const NOT_PLURAL = set(
  'news series species crisis thesis basis analysis status bus gas bonus virus campus corpus this his its us yes plus process access address business less class press glass mass loss boss chess',
);

/** Abstract nouns a small number-word never counts as things in the world ("two ways of counting"). */
export const ABSTRACT_NOUNS = set(
  'way ways thing things reason reasons kind kinds type types sort sorts word words question questions option options aspect aspects idea ideas',
);

/** Nouns after "one" that make an idiom, not a count ("one day", "one way", "one more"). */
export const NOT_ONE_THING = set(
  'day side point way thing time another more hand year week month morning night evening',
);

/** Words after an elided count that let it stand ("six had been shot down", "72 were"). */
export const ELIDED_NEXT = set(
  'of were was had have has are is more others remain remained died survived will would could',
);

/** Verbs right before a bare count that make it count people ("kill 9", "injure 40"). */
export const CASUALTY_VERBS = set(
  'kill kills killed killing injure injures injured injuring wound wounds wounding',
);

/** Words before a small number-word that make it refer back ("the two", "both", "their three"). */
export const DEFINITE_BEFORE_COUNT = set('the these those both all their its');

/** Words before "one" that let it stand with its noun elided ("another one", "only one"). */
export const ONE_ELIDED_AFTER = set('another only just and while');

/** "35 of those", "15 of them": the part of something counted before. */
export const PARTITIVE_PRONOUNS = set('those them these which whom');

/** "72 of the loitering munitions": "of" and a determiner before the noun. */
export const PARTITIVE_DETERMINERS = set('the their its our his her all');

/** "seven more systems", "5 other people": words between a count and its noun. */
export const ADDITIVE = set('more other others additional extra further new');

/** Nominal adjectives that are not a counted noun's head when a noun follows ("wounded Ukraine captives"). */
export const NOT_HEAD_AHEAD = set('dead killed missing injured wounded');

/** Words that stand for the noun counted before ("57 Ukrainian ones", "and others"). */
export const PRONOUN_NOUNS = set('one ones others');

/** Nouns that say what a figure after "of" counts ("a population of 144 million", "a crowd of 2,000") → concept. */
export const COUNT_NOUNS: Record<string, string> = table({
  population: 'population',
  crowd: 'people',
  workforce: 'workers',
  turnout: 'voters',
  audience: 'people',
  membership: 'members',
});
