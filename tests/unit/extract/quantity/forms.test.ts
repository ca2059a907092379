/**
 * Quantity forms, table-driven: each sentence (written for these tests) gives
 * one figure with its value or range, its unit code and its kind.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../../utils/extract';

interface Row {
  text: string;
  value?: number;
  low?: number;
  high?: number;
  unit: string | null;
}

/** The one figure of `text` whose value (or range) is given. */
function figure(row: Row) {
  const claims = extractClaims(row.text);
  const hit = claims.find((c) =>
    row.low !== undefined
      ? c.low === row.low && c.high === row.high
      : c.value !== null && Math.abs(c.value - (row.value as number)) < 1e-9,
  );
  return { hit, claims };
}

describe('money in every position', () => {
  it.each<Row>([
    { text: 'The council set aside dollar 4.5 million for the bridge.', value: 4.5e6, unit: 'USD' },
    { text: 'Shares closed at 312 pence on Friday.', value: 312, unit: 'GBX' },
    { text: 'Bus fares rose by 40 cents.', value: 40, unit: '¢' },
    { text: 'The board approved a 15-cent dividend.', value: 15, unit: '¢' },
    { text: 'The ministry lost a one-yen tender.', value: 1, unit: 'JPY' },
    { text: 'The ticket cost eleven dollars and twenty cents.', value: 11.2, unit: 'USD' },
    { text: 'The ticket cost eleven dollars twenty.', value: 11.2, unit: 'USD' },
    { text: 'The refit cost half million usd.', value: 5e5, unit: 'USD' },
    { text: 'The refit cost a quarter million us dollars.', value: 2.5e5, unit: 'USD' },
    { text: 'The refit cost three quarters billion dollars.', value: 7.5e8, unit: 'USD' },
    { text: 'The importer paid Mex$ 12 million for the lot.', value: 1.2e7, unit: 'MXN' },
    { text: 'the fine was 8,000 swiss francs.', value: 8000, unit: 'CHF' },
    { text: 'she sent 300 chinese yuan home.', value: 300, unit: 'CNY' },
    { text: 'He wired 25 us dollars.', value: 25, unit: 'USD' },
    { text: 'The lamp sells for 250元 online.', value: 250, unit: 'CNY' },
    { text: 'Its sales were MEUR 40 last year.', value: 4e7, unit: 'EUR' },
    { text: 'prices: rmb 30 here, usd 12 there.', value: 30, unit: 'CNY' },
    { text: 'prices: rmb 30 here, usd 12 there.', value: 12, unit: 'USD' },
  ])('$text → $value $unit', (row) => {
    const { hit } = figure(row);
    expect(hit?.unit).toBe(row.unit);
  });

  it('does not take a currency of account as an amount ("in dollars 4 times")', () => {
    const claims = extractClaims('Costs in dollars 4 times higher than at home.');
    expect(claims.filter((c) => c.unit === 'USD')).toEqual([]);
  });

  it('does not take "Euro" before a year as money', () => {
    const claims = extractClaims('Fans watched Euro 2024 in the square.');
    expect(claims.filter((c) => c.unit === 'EUR')).toEqual([]);
  });
});

describe('measures written as signs, codes and pairs', () => {
  it.each<Row>([
    { text: 'The kettle shuts off at 96° Celsius.', value: 96, unit: '°C' },
    { text: 'The slope tilts 12° to the east.', value: 12, unit: 'deg' },
    { text: 'The screen is 13″ across.', value: 13, unit: 'in' },
    { text: 'The shelf is 30 " wide.', value: 30, unit: 'in' },
    { text: 'The crate weighs 40 (kg) empty.', value: 40, unit: 'kg' },
    { text: 'The crane lifts 60t at most.', value: 60, unit: 't' },
    { text: 'The post stands 6 ft 4 in tall.', value: 4, unit: 'in' },
    { text: 'Each tile is 2 m x 2 m.', value: 2, unit: 'm' },
    { text: 'The download is 700 mb in all.', value: 700, unit: 'Mb' },
    { text: 'The old console had a 16-bit chip.', value: 16, unit: 'bit' },
    { text: 'The arm swung 1.2rad before it stopped.', value: 1.2, unit: 'rad' },
    { text: 'Add ½ teaspoon of salt.', value: 0.5, unit: 'tsp' },
    { text: 'Stir in 2 tablespoons of oil.', value: 2, unit: 'tbsp' },
    { text: 'The bus was doing 70kmph on the ramp.', value: 70, unit: 'km/h' },
    { text: 'The cart rolled at 9 km/hr downhill.', value: 9, unit: 'km/h' },
    { text: 'The samples held 12.5 microgrammes per litre.', value: 12.5, unit: 'ug' },
    { text: 'The engine makes 510bhp at full tilt.', value: 510, unit: 'hp' },
    { text: 'The phone has a 4,500 mAh battery.', value: 4500, unit: 'mAh' },
    { text: 'The loan runs on 20 - year bonds.', value: 20, unit: 'years' },
  ])('$text → $value $unit', (row) => {
    const { hit } = figure(row);
    expect(hit?.unit).toBe(row.unit);
  });

  it.each<Row>([{ text: 'The dunes rose six to 9 metres high.', low: 6, high: 9, unit: 'm' }])(
    '$text → $low–$high $unit',
    (row) => {
      const { hit } = figure(row);
      expect(hit?.unit).toBe(row.unit);
    },
  );
});

describe('numbers that are not quantities', () => {
  it.each([
    ['The study 1) lists the wells, 2) maps them and 3) dates them.', [1, 2, 3]],
    ['The part number is 48812L301 on the label.', [48812]],
    ['Ask for 48812 L-301 at the desk.', [48812]],
    ['Turn off at exit 212 for the port.', [212]],
    ['on 3 may that year the fund paid out.', [3]],
    ['Eggs sold at 80 cents a dozen.', [12]],
  ])('%s gives none of %j', (text, values) => {
    const found = extractClaims(text as string).map((c) => c.value);
    for (const v of values as number[]) expect(found).not.toContain(v);
  });

  it('keeps a count inside brackets', () => {
    const claims = extractClaims('The survey (of 1,200 homes) found damp.');
    expect(claims.map((c) => c.value)).toContain(1200);
  });
});
