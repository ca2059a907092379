/** English words of noun phrases: where a counted noun ends, what looks plural. */
import { set } from './table';

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
