import { describe, expect, it } from 'vitest';
import { MEASURES } from '../../../utils/extract/lexicon';
import {
  UNITS,
  currencyName,
  currencyOfSymbol,
  inBaseUnit,
  isCurrencyCode,
  unitFactor,
} from '../../../utils/units';

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
    ['Mb', 'MB', 0.125],
    ['tbsp', 'tsp', 3],
    ['ppm', 'ppb', 1000],
    ['GBX', 'GBP', 0.01],
    ['GBP', 'GBX', 100],
  ])('%s → %s is %d', (from, to, factor) => {
    expect(unitFactor(from, to)).toBeCloseTo(factor, 5);
  });

  it.each([
    ['km2', 'km'],
    ['kg', 'MW'],
    ['°C', '°F'],
    ['km2', null],
    ['furlong', 'km'],
    ['GBX', 'USD'],
    ['¢', 'USD'],
    ['USD', 'EUR'],
  ])('does not compare %s with %s', (from, to) => {
    expect(unitFactor(from, to)).toBeNull();
  });
});

describe('inBaseUnit', () => {
  it.each([
    ['mi2', 'area', 2.589988],
    ['in', 'length', 2.54e-5],
    ['GBX', 'GBP', 0.01],
  ])('%s is in %s × %d', (code, dimension, factor) => {
    const base = inBaseUnit(code);
    expect(base?.dimension).toBe(dimension);
    expect(base?.factor).toBeCloseTo(factor, 5);
  });

  it('gives a cent of no named currency no base', () => {
    expect(inBaseUnit('¢')).toBeNull();
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
