/** Word lists the grammar consults (lower case). Kept as space-separated strings to stay small. */

const set = (s: string): Set<string> => new Set(s.split(' '));

/**
 * A word table without a prototype: article text is looked up in it, and a
 * word such as "constructor" must not find `Object.prototype.constructor`.
 */
const table = <T>(entries: Record<string, T> = {}): Record<string, T> =>
  Object.assign(Object.create(null) as Record<string, T>, entries);

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
    ['under', '<'],
    ['below', '<'],
    ['exactly', '='],
  ] as Array<[string, '~' | '>' | '>=' | '<' | '<=' | '=']>
).map(([w, q]) => [w.split(' '), q]);

/** Measures: written form (lower case, words joined by one space) → [unit code, concept]. */
export const MEASURES: Record<string, [string, string]> = table();
function measure(forms: string, unit: string): void {
  for (const f of forms.split('|')) MEASURES[f] = [unit, f];
}
measure(
  'square kilometers|square kilometres|square kilometer|square kilometre|sq km|sq. km|km2|km²|sqkm|square km',
  'km2',
);
measure('square miles|square mile|sq mi|sq miles|mi2|mi²', 'mi2');
measure('square meters|square metres|square meter|square metre|sq m|m2|m²', 'm2');
measure('hectares|hectare|ha', 'ha');
measure('acres|acre', 'acre');
measure('kilometers|kilometres|kilometer|kilometre|km', 'km');
measure('miles|mile', 'mi');
measure('meters|metres|meter|metre', 'm');
measure('kilograms|kilogram|kg', 'kg');
measure('tons|tonnes|ton|tonne', 't');
measure('megawatts|megawatt|mw', 'MW');
measure('gigawatts|gigawatt|gw', 'GW');
measure('kilowatts|kilowatt|kw', 'kW');
measure('megawatt hours|megawatt-hours|mwh', 'MWh');
measure('gigawatt hours|gigawatt-hours|gwh', 'GWh');
measure('terawatt hours|terawatt-hours|twh', 'TWh');
measure('kilowatt hours|kilowatt-hours|kwh', 'kWh');
measure('barrels per day|bpd', 'bpd');
measure('cubic meters|cubic metres|bcm', 'm3');
measure('degrees', 'deg');
measure('°c|degrees celsius|degrees centigrade', '°C');
measure('°f|degrees fahrenheit', '°F');
measure('centimeters|centimetres|centimeter|centimetre|cm', 'cm');
measure('millimeters|millimetres|millimeter|millimetre|mm', 'mm');
measure('square feet|square foot|sq ft|ft2|ft²', 'ft2');
measure('feet|foot|ft', 'ft');
measure('inches|inch', 'in');
measure('yards|yard|yd', 'yd');
measure('pounds of|lb|lbs', 'lb');
measure('ounces|ounce|oz', 'oz');
measure('grams|gram|g', 'g');
measure('milligrams|milligram|mg', 'mg');
measure('liters|litres|liter|litre|l', 'l');
measure('milliliters|millilitres|ml', 'ml');
measure('gallons|gallon|gal', 'gal');
measure('miles per hour|mph', 'mph');
measure('kilometers per hour|kilometres per hour|km/h|kph|kmh', 'km/h');
measure('knots', 'kn');
measure('gigabytes|gb', 'GB');
measure('megabytes|mb', 'MB');
measure('terabytes|tb', 'TB');
measure('hertz|hz', 'Hz');
measure('megahertz|mhz', 'MHz');
measure('gigahertz|ghz', 'GHz');
measure('volts|volt|v', 'V');
measure('kilovolts|kv', 'kV');
measure('watts|watt|w', 'W');
measure('megatons|megatonnes|mt', 'Mt');
measure('calories|kcal', 'kcal');

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

/** Currency written after the figure or as a code before it → ISO code. */
export const CURRENCY_WORDS: Record<string, string> = table({
  dollars: 'USD',
  dollar: 'USD',
  usd: 'USD',
  euros: 'EUR',
  euro: 'EUR',
  eur: 'EUR',
  gbp: 'GBP',
  sterling: 'GBP',
  rubles: 'RUB',
  roubles: 'RUB',
  ruble: 'RUB',
  rouble: 'RUB',
  rub: 'RUB',
  hryvnias: 'UAH',
  hryvnia: 'UAH',
  hryvnas: 'UAH',
  uah: 'UAH',
  yuan: 'CNY',
  cny: 'CNY',
  yen: 'JPY',
  jpy: 'JPY',
  shekels: 'ILS',
  ils: 'ILS',
  rupees: 'INR',
  francs: 'CHF',
});

/** Currency symbols before the figure. */
export const CURRENCY_SYMBOLS: Record<string, string> = table({
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₽': 'RUB',
  '₴': 'UAH',
  '₪': 'ILS',
  '₹': 'INR',
});

/** Words that label a number rather than count with it ("day 1,119", "page 5"). */
export const LABELS = set(
  'day no number # page p pp chapter section article item part paragraph episode season vol volume route flight room platform resolution act bill decree channel gate level grade stage phase round game highway road street apartment unit building block district squad brigade division regiment battalion corps code case index',
);

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

/** Reporting verbs (all forms): what makes someone the speaker of a clause. */
export const REPORT = new Set<string>();
for (const v of 'accuse acknowledge add allege announce argue assert assess calculate cite claim clarify confirm count declare estimate expect explain indicate insist list mention note post predict project promise publish publishes record report reveal specify state suggest tally tweet update warn wrote'.split(
  ' ',
)) {
  const stem = v.endsWith('e') ? v.slice(0, -1) : v.endsWith('y') ? v.slice(0, -1) : v;
  const y = v.endsWith('y');
  for (const f of [
    v,
    y ? `${stem}ies` : v.endsWith('s') ? `${v}es` : `${v}s`,
    v.endsWith('e') ? `${v}d` : y ? `${stem}ied` : `${v}ed`,
    y ? `${v}ing` : `${stem}ing`,
  ])
    REPORT.add(f);
}
for (const f of 'admit admits admitted forecast forecasted forecasts put puts putting said say saying says show showed showing shown shows tell telling tells told write writes writing wrote'.split(
  ' ',
))
  REPORT.add(f);

/** Participles that continue a clause's speaker ("…, saying that …"). */
export const PARTICIPLES = set(
  'saying adding claiming noting reporting stating announcing estimating insisting warning alleging asserting explaining accusing declaring confirming citing',
);

/** Nouns that make an organisation or role: they may sit in a speaker's name in lower case. */
export const ROLE_WORDS = set(
  'spokesman spokeswoman spokesperson spokespeople officer officers minister ministry president prime premier chancellor secretary officials official authorities authority commander commanders governor mayor military army navy forces force air defense defence foreign interior health economic economy development finance government office agency police company operator report data statement statements readout experts expert analysts analyst sources source tracker monitor monitors group prosecutor prosecutors prosecutor’s regional state state-run national security adviser advisor chief head deputy general staff service services guard border emergency emergencies rescuers administration council committee department bureau institute fund bank centre center organization organisation mission observers observer ombudsman commissioner envoy ambassador diplomat diplomats leader leaders lawmaker lawmakers deputies parliament legislature coalition ministry’s team unit units brigade battalion regiment division operator operators railway railways company’s figures estimates estimate projections projection forecast survey poll study researchers scientists doctors medics hospital hospitals witnesses residents journalists correspondent reporter reporters newspaper outlet channel media broadcaster blogger bloggers volunteers activists official’s spokesman’s',
);

/** Organisation heads: a name ending in one of these is not a person. */
export const ORG_HEADS = set(
  'programme program union association federation network corporation institute university party commission authority movement front alliance watch international times post news press project court ministry force forces army navy military government office agency police company operator service services guard administration council committee department bureau institute fund bank centre center organization organisation mission kremlin parliament coalition staff command railway railways railroad tracker monitor group team unit units brigade report statement readout data figures estimates tass reuters ria interfax ukrinform deepstate un nato imf who eu',
);

/** Words after "the" that refer back to a named speaker ("the ministry", "the air force"). */
export const BACKREF_HEADS = ORG_HEADS;

/** Verbs that carry the frame's action, mapped to a canonical form. */
export const ACTIONS: Record<string, string> = table();
for (const group of [
  'launched launching|launched',
  'fired firing|launched',
  'attacked attacking|attacked',
  'struck striking hit|struck',
  'shot|shot down',
  'downed intercepted destroyed neutralised neutralized|shot down',
  'exchanged swapped|exchanged',
  'released freed returned handed|released',
  'killed killing|killed',
  'injured injuring|injured',
  'died|died',
  'controls controlled holds held occupies occupied|controls',
  'seized captured liberated regained took|captured',
  'lost|lost',
  'targeted targeting|targeted',
  'evacuated|evacuated',
]) {
  const [forms, canon] = group.split('|') as [string, string];
  for (const f of forms.split(' ')) ACTIONS[f] = canon;
}
