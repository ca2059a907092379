/** English number words, months, qualifiers and labels: what makes a figure and what rules one out. */
import { set, table } from './table';

/** Cardinal number words and their values. */
export const SMALL: Record<string, number> = table();
'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
  .split(' ')
  .forEach((w, i) => (SMALL[w] = i));
'twenty thirty forty fifty sixty seventy eighty ninety'
  .split(' ')
  .forEach((w, i) => (SMALL[w] = 20 + 10 * i));

/** Scale words: "1.5 million", "2bn", "five thousand". */
export const SCALE: Record<string, number> = table({
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
  mn: 1e6,
  mln: 1e6,
  tn: 1e12,
  trn: 1e12,
  mil: 1e6,
  bln: 1e9,
  tln: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
});

/** Vague plural amounts ("dozens of", "hundreds of"): the lower bound they imply. */
export const VAGUE: Record<string, number> = table({
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
});

/** Months (full and abbreviated), for telling dates from counts. */
export const MONTHS: Record<string, number> = table();
'january february march april may june july august september october november december'
  .split(' ')
  .forEach((m, i) => {
    MONTHS[m] = i;
    MONTHS[m.slice(0, 3)] = i;
  });
MONTHS.sept = 8;

/** Weekdays, Sunday first (as Date.getUTCDay). */
export const WEEKDAYS = 'sunday monday tuesday wednesday thursday friday saturday'.split(' ');

/** A qualifier written before the figure, as word sequences → qualifier. Longest first. */
export const QUAL_BEFORE: Array<[string[], '~' | '>' | '>=' | '<' | '<=' | '=']> = (
  [
    ['no fewer than', '>='],
    ['no less than', '>='],
    ['no more than', '<='],
    ['as many as', '<='],
    ['as much as', '<='],
    ['as high as', '<='],
    ['a maximum of', '<='],
    ['a minimum of', '>='],
    ['in excess of', '>'],
    ['more than', '>'],
    ['greater than', '>'],
    ['higher than', '>'],
    ['fewer than', '<'],
    ['less than', '<'],
    ['lower than', '<'],
    ['at least', '>='],
    ['at most', '<='],
    ['up to', '<='],
    ['close to', '~'],
    ['just over', '>'],
    ['well over', '>'],
    ['just under', '<'],
    ['upwards of', '>'],
    ['an estimated', '~'],
    ['some', '~'],
    ['about', '~'],
    ['around', '~'],
    ['roughly', '~'],
    ['approximately', '~'],
    ['approx', '~'],
    ['nearly', '~'],
    ['almost', '~'],
    ['circa', '~'],
    ['estimated', '~'],
    ['over', '>'],
    ['above', '>'],
    ['exceeding', '>'],
    ['exceeded', '>'],
    ['exceeds', '>'],
    ['exceed', '>'],
    ['topped', '>'],
    ['surpassed', '>'],
    ['under', '<'],
    ['below', '<'],
    ['exactly', '='],
  ] as Array<[string, '~' | '>' | '>=' | '<' | '<=' | '=']>
).map(([w, q]) => [w.split(' '), q]);

/** Durations: unit word → concept/unit ("days"). Singular forms map to the plural. */
export const DURATIONS: Record<string, string> = table();
DURATIONS.h = 'hours';
DURATIONS.hr = 'hours';
DURATIONS.hrs = 'hours';
DURATIONS.mins = 'minutes';
DURATIONS.min = 'minutes';
'second minute hour day week month year decade century'.split(' ').forEach((w) => {
  const pl = w === 'century' ? 'centuries' : `${w}s`;
  DURATIONS[w] = pl;
  DURATIONS[pl] = pl;
});
/** Words that label a number rather than count with it ("day 1,119", "page 5"). */
export const LABELS = set(
  'day no number # page p pp exit chapter section article item part paragraph episode season vol volume route flight room platform resolution act bill decree channel gate level grade stage phase round game highway road street apartment unit building block district squad brigade division regiment battalion corps code case index',
);

/** Verbs whose particle looks like a qualifier ("handed over 22", "came under 5 attacks"). */
export const PARTICLE_VERBS = set(
  'hand hands handed handing turn turns turned turning took take takes taken taking pass passes passed passing won win wins carried carry came come comes went go goes brought bring signed sign looked look fought watched presided',
);

/** Capitalised words that may stand before a figure without naming it ("About 40", "Over 200"). */
export const NOT_LABEL = set(
  'about around over some nearly almost roughly approximately only just more fewer less under up at as between from to and or but by with of in on for the than another all total exactly estimated',
);

/** Words that end with a period without ending the sentence (lower case, no period). */
export const ABBREVIATIONS = set(
  'mr mrs ms dr prof gen col lt sgt capt cmdr adm maj gov sen rep rev st mt ft jr sr vs etc inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec no nos vol fig figs approx est dept univ ave blvd rd p pp ca cf al op art sec ch para gen govt pres messrs mme mlle nr tel ext rs e.g i.e u.s u.k u.n e.u a.m p.m',
);

/** Abbreviations that may end a sentence when a sentence opener follows ("… Ltd. The …"). */
export const FINAL_ABBREVIATIONS = set('co inc ltd corp etc jr sr al');

/** Words that usually open a sentence: after an abbreviation they still start a new one. */
export const SENTENCE_OPENERS = set(
  'the he she it they we i you but and this that these those there his her its their how what why when where who a an in on at if as after',
);
