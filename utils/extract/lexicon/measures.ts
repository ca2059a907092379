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
