import { describe, expect, it } from 'vitest';
import { MEASURES } from '../../../utils/extract/lexicon';
import { UNITS, currencyName, currencyOfSymbol, isCurrencyCode, unitFactor } from '../../../utils/units';

describe('unitFactor', () => {
  it.each([
    ['km2', 'km2', 1],
    ['mi2', 'km2', 2.589988],
    ['ha', 'km2', 0.01],
    ['acre', 'km2', 0.00404686],
    ['m2', 'km2', 1e-6],
    ['mi', 'km', 1.609344],
    ['t', 'kg', 1000],
    ['GW', 'MW', 1000],
    ['mph', 'km/h', 1.609344],
  ])('%s → %s is %d', (from, to, factor) => {
    expect(unitFactor(from, to)).toBeCloseTo(factor, 5);
  });

  it.each([
    ['km2', 'km'],
    ['kg', 'MW'],
    ['°C', '°F'],
    ['km2', null],
    ['furlong', 'km'],
  ])('does not compare %s with %s', (from, to) => {
    expect(unitFactor(from, to)).toBeNull();
  });
});

describe('the canonical units', () => {
  it('hold every unit the lexicon writes', () => {
    const missing = Object.values(MEASURES)
      .map(([code]) => code)
      .filter((code) => !UNITS.has(code));
    expect(missing).toEqual([]);
  });
});

describe('currencies', () => {
  it.each([
    ['€', 'EUR'],
    ['£', 'GBP'],
    ['$', 'USD'],
    ['₽', 'RUB'],
    ['₴', 'UAH'],
    ['₾', 'GEL'],
    ['₹', 'INR'],
    ['元', 'CNY'],
    ['kr', null],
    ['L', null],
  ])('symbol %s is %s', (symbol, code) => {
    expect(currencyOfSymbol(symbol)).toBe(code);
  });

  it('knows ISO codes and their names', () => {
    expect(isCurrencyCode('CHF')).toBe(true);
    expect(isCurrencyCode('THE')).toBe(false);
    expect(currencyName('UAH')).toBe('Hryvnia');
  });
});
