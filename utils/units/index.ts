/** Units and currencies: one canonical set of unit codes with conversions, and ISO currencies with their symbols. */
export { UNITS, inBaseUnit, unitFactor, type UnitEntry } from './measures';
export { currencyName, currencyOfSymbol, isCurrencyCode, minorCurrency } from './currencies';
