/** English unit and currency words. */
import { table } from './table';

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
measure('kilograms|kilogram|kilogrammes|kilogramme|kg', 'kg');
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
measure('degrees|degree', 'deg');
measure('radians|radian|rad', 'rad');
measure('°c|degrees celsius|degrees centigrade|° celsius|°celsius', '°C');
measure('°f|degrees fahrenheit|° fahrenheit|°fahrenheit', '°F');
measure('centimeters|centimetres|centimeter|centimetre|cm', 'cm');
measure('millimeters|millimetres|millimeter|millimetre|mm', 'mm');
measure('square feet|square foot|sq ft|ft2|ft²', 'ft2');
measure('feet|foot|ft', 'ft');
measure('inches|inch', 'in');
measure('yards|yard|yd', 'yd');
measure('pounds of|lb|lbs', 'lb');
measure('ounces|ounce|oz', 'oz');
measure('grams|gram|grammes|gramme|g', 'g');
measure('milligrams|milligram|milligrammes|milligramme|mg', 'mg');
measure('micrograms|microgram|microgrammes|microgramme|μg|µg|mcg', 'ug');
measure('decimeters|decimetres|decimeter|decimetre|dm', 'dm');
measure('liters|litres|liter|litre|l', 'l');
measure('milliliters|millilitres|milliliter|millilitre|ml', 'ml');
measure('gallons|gallon|gal', 'gal');
measure('cups|cup', 'cup');
measure('tablespoons|tablespoon|tbsp', 'tbsp');
measure('teaspoons|teaspoon|tsp', 'tsp');
measure('miles per hour|mile per hour|mph', 'mph');
measure(
  'kilometers per hour|kilometres per hour|kilometer per hour|kilometre per hour|km/h|km/hr|kph|kmh|kmph',
  'km/h',
);
measure('knots|knot', 'kn');
measure('gigabytes|gigabyte|gb', 'GB');
measure('megabytes|megabyte|mb', 'MB');
measure('megabits|megabit', 'Mb');
measure('gigabits|gigabit', 'Gb');
measure('kilobytes|kilobyte|kb', 'kB');
measure('bits|bit', 'bit');
measure('terabytes|terabyte|tb', 'TB');
measure('hertz|hz', 'Hz');
measure('megahertz|mhz', 'MHz');
measure('gigahertz|ghz', 'GHz');
measure('volts|volt|v', 'V');
measure('kilovolts|kv', 'kV');
measure('watts|watt|w', 'W');
measure('megatons|megatonnes|mt', 'Mt');
measure('calories|kcal', 'kcal');
measure('horsepower|hp|bhp', 'hp');
measure('milliampere hours|milliamp hours|mah', 'mAh');
measure('revolutions per minute|rpm', 'rpm');
measure('parts per million|ppm', 'ppm');
measure('parts per billion|ppb', 'ppb');
/** Currency names written after the figure ("500 euros", "10 dollars") or before it ("dollars 5") → ISO code. */
export const CURRENCY_WORDS: Record<string, string> = table();
for (const [forms, code] of [
  ['dollar dollars', 'USD'],
  ['euro euros', 'EUR'],
  ['sterling', 'GBP'],
  ['ruble rubles rouble roubles', 'RUB'],
  ['hryvnia hryvnias hryvnas hryvnya', 'UAH'],
  ['yuan renminbi rmb', 'CNY'],
  ['bitcoin bitcoins', 'BTC'],
  ['yen', 'JPY'],
  ['shekel shekels', 'ILS'],
  ['rupee rupees', 'INR'],
  ['franc francs', 'CHF'],
  ['ringgit', 'MYR'],
  ['rand', 'ZAR'],
  ['won', 'KRW'],
  ['zloty zlotys', 'PLN'],
  ['lira liras lire', 'TRY'],
  ['peso pesos', 'MXN'],
  ['baht', 'THB'],
  ['naira', 'NGN'],
  ['dirham dirhams', 'AED'],
  ['riyal riyals', 'SAR'],
  ['taka', 'BDT'],
  ['tenge', 'KZT'],
  ['lari', 'GEL'],
  ['guilder guilders', 'NLG'],
  ['krona kronor', 'SEK'],
  ['krone kroner', 'NOK'],
  ['forint forints', 'HUF'],
  ['dinar dinars', 'IQD'],
  ['rial rials', 'IRR'],
  ['koruna', 'CZK'],
  ['leu lei', 'RON'],
  ['lev leva', 'BGN'],
]) {
  for (const f of (forms as string).split(' ')) CURRENCY_WORDS[f] = code as string;
}

/** Currency words that abbreviate the currency's name ("10 rmb"): the claim names the currency in full. */
export const CURRENCY_WORD_ABBREVIATIONS = new Set(['rmb', 'usd', 'eur', 'gbp']);

/**
 * Currency words that may also stand before the figure ("dollar 22.5 million",
 * "rmb 10", "usd 20" in lower-case text); words that are also English words
 * or names ("won", "rand", "real", "lei") never do.
 */
export const CURRENCY_WORDS_BEFORE = new Set(
  'dollar dollars euro euros usd eur gbp rmb yuan renminbi rupees rupee roubles rubles hryvnias'.split(' '),
);
for (const code of ['usd', 'eur', 'gbp']) CURRENCY_WORDS[code] = code.toUpperCase();

/**
 * Minor units of a currency written after the figure ("470 pence", "64.2
 * cents", "a 12-cent dividend") → the unit's code in the units table (see
 * utils/units/currencies.ts: "GBX" converts to pounds; "¢" names no currency).
 */
export const MINOR_CURRENCY_WORDS: Record<string, string> = table({
  pence: 'GBX',
  penny: 'GBX',
  pennies: 'GBX',
  cent: '¢',
  cents: '¢',
});

/** Words before "dollars" or a "$" that say whose dollar ("Canadian dollars", "HK$", "US$") → ISO code. */
export const DOLLAR_COUNTRIES: Record<string, string> = table({
  us: 'USD',
  american: 'USD',
  canadian: 'CAD',
  australian: 'AUD',
  hong: 'HKD',
  hk: 'HKD',
  nz: 'NZD',
  mex: 'MXN',
  mxn: 'MXN',
  zealand: 'NZD',
  singapore: 'SGD',
  taiwan: 'TWD',
  nt: 'TWD',
  c: 'CAD',
  a: 'AUD',
  au: 'AUD',
  s: 'SGD',
  r: 'BRL',
});

/** Local currency abbreviations written before the figure ("Rs 500", "RM23.50", "Rp 5,000") → ISO code. */
export const CURRENCY_ABBREVIATIONS: Record<string, string> = table({ Rs: 'INR', RM: 'MYR', Rp: 'IDR' });

/** Upper-case words that are ISO currency codes but more often English ("ALL 5 SHIPS", "AMD"). */
export const NOT_CURRENCY_CODES = new Set('ALL TOP TRY CUP MOP BOB SOS MAD PEN AMD BAM GEL MRU'.split(' '));
