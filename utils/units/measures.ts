/**
 * The canonical units of measure: every unit a claim carries is one of these
 * codes. Conversions come from js-quantities, by the unit each code names
 * there; a code's dimension says which codes compare at all.
 */
import Qty from 'js-quantities';

import { minorCurrency } from './currencies';

/** A canonical unit: its code in claims, its dimension, its js-quantities unit and an English name. */
export interface UnitEntry {
  code: string;
  dimension: string;
  /** The unit as js-quantities writes it, for conversions. */
  qty: string;
  name: string;
}

/** [code, js-quantities unit, English name] for each canonical unit. */
const ROWS: Array<[string, string, string]> = [
  ['km2', 'km^2', 'square kilometres'],
  ['mi2', 'mi^2', 'square miles'],
  ['m2', 'm^2', 'square metres'],
  ['ft2', 'ft^2', 'square feet'],
  ['ha', 'hectare', 'hectares'],
  ['acre', 'acre', 'acres'],
  ['km', 'km', 'kilometres'],
  ['mi', 'mi', 'miles'],
  ['m', 'm', 'metres'],
  ['dm', 'decimeter', 'decimetres'],
  ['cm', 'cm', 'centimetres'],
  ['mm', 'mm', 'millimetres'],
  ['ft', 'ft', 'feet'],
  ['in', 'in', 'inches'],
  ['yd', 'yd', 'yards'],
  ['kg', 'kg', 'kilograms'],
  ['g', 'g', 'grams'],
  ['mg', 'mg', 'milligrams'],
  ['ug', 'ug', 'micrograms'],
  ['t', 'tonne', 'tonnes'],
  ['Mt', 'Mt', 'megatonnes'],
  ['lb', 'lb', 'pounds'],
  ['oz', 'oz', 'ounces'],
  ['l', 'l', 'litres'],
  ['ml', 'ml', 'millilitres'],
  ['gal', 'gal', 'gallons'],
  ['cup', 'cup', 'cups'],
  ['tbsp', 'tbsp', 'tablespoons'],
  ['tsp', 'tsp', 'teaspoons'],
  ['m3', 'm^3', 'cubic metres'],
  ['bbl', 'bbl', 'barrels'],
  ['bpd', 'bbl/d', 'barrels per day'],
  ['W', 'W', 'watts'],
  ['kW', 'kW', 'kilowatts'],
  ['MW', 'MW', 'megawatts'],
  ['GW', 'GW', 'gigawatts'],
  ['hp', 'hp', 'horsepower'],
  ['kWh', 'kWh', 'kilowatt hours'],
  ['MWh', 'MWh', 'megawatt hours'],
  ['GWh', 'GWh', 'gigawatt hours'],
  ['TWh', 'TWh', 'terawatt hours'],
  ['kcal', 'kcal', 'kilocalories'],
  ['mAh', 'mAh', 'milliampere hours'],
  ['V', 'V', 'volts'],
  ['kV', 'kV', 'kilovolts'],
  ['Hz', 'Hz', 'hertz'],
  ['MHz', 'MHz', 'megahertz'],
  ['GHz', 'GHz', 'gigahertz'],
  ['bit', 'bit', 'bits'],
  ['Mb', 'Mb', 'megabits'],
  ['Gb', 'Gb', 'gigabits'],
  ['kB', 'kB', 'kilobytes'],
  ['MB', 'MB', 'megabytes'],
  ['GB', 'GB', 'gigabytes'],
  ['TB', 'TB', 'terabytes'],
  ['Mbps', 'Mbps', 'megabits per second'],
  ['mph', 'mph', 'miles per hour'],
  ['km/h', 'kph', 'kilometres per hour'],
  ['kn', 'knot', 'knots'],
  ['°C', 'tempC', 'degrees Celsius'],
  ['°F', 'tempF', 'degrees Fahrenheit'],
  ['deg', 'deg', 'degrees'],
  ['rad', 'rad', 'radians'],
  ['rpm', 'rpm', 'revolutions per minute'],
  ['ppm', 'ppm', 'parts per million'],
  ['ppb', 'ppb', 'parts per billion'],
];

/** The canonical units by code. */
export const UNITS: ReadonlyMap<string, UnitEntry> = new Map(
  ROWS.map(([code, qty, name]) => [code, { code, qty, name, dimension: new Qty(1, qty).kind() }]),
);

const factors = new Map<string, number | null>();

/**
 * The factor that turns a figure in unit `from` into unit `to` (1 km² → 0.386 mi²),
 * 1 for the same unit, or null when either is unknown or they do not compare
 * (km² and km; temperatures, whose scales do not convert by a factor).
 */
export function unitFactor(from: string | null, to: string | null): number | null {
  if (from === to) return 1;
  if (from === null || to === null) return null;
  // money in a minor unit: pence to pounds, pounds to pence
  const minorFrom = minorCurrency(from);
  const minorTo = minorCurrency(to);
  if (minorFrom || minorTo) {
    const a = minorFrom ?? { currency: from, factor: 1 };
    const b = minorTo ?? { currency: to, factor: 1 };
    return a.currency === b.currency ? a.factor / b.factor : null;
  }
  const key = `${from}\u0000${to}`;
  let f = factors.get(key);
  if (f === undefined) {
    const a = UNITS.get(from);
    const b = UNITS.get(to);
    f =
      a && b && a.dimension === b.dimension && a.dimension !== 'temperature'
        ? new Qty(1, a.qty).to(b.qty).scalar
        : null;
    factors.set(key, f);
  }
  return f;
}

/** The first code listed for each dimension: the unit figures of that dimension are compared in. */
const BASE = new Map<string, string>();
for (const entry of UNITS.values()) if (!BASE.has(entry.dimension)) BASE.set(entry.dimension, entry.code);

/**
 * A unit's dimension and the factor that turns a figure in it into the dimension's base unit
 * (77 mi² → 199.4 km²; 470 pence → 4.70 pounds, "GBX" in "GBP"), or null for a unit the table does not know or one with no factor
 * (temperatures).
 */
export function inBaseUnit(code: string): { dimension: string; factor: number } | null {
  // a minor unit of money is compared in its currency ("GBX" in "GBP")
  const minor = minorCurrency(code);
  if (minor) return { dimension: minor.currency, factor: minor.factor };
  const entry = UNITS.get(code);
  const base = entry && BASE.get(entry.dimension);
  const factor = base ? unitFactor(code, base) : null;
  return entry && factor !== null ? { dimension: entry.dimension, factor } : null;
}
