import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../utils/extract';

const only = (text: string) => {
  const claims = extractClaims(text);
  expect(claims.map((c) => c.text)).toHaveLength(1);
  return claims[0]!;
};

describe('figures: values', () => {
  it.each([
    ['Crews cleared 1,376 mines.', 1376],
    ['The reservoir held 0.65 cubic kilometres less water.', 0.65],
    ['Officials counted twenty-two craters.', 22],
    ['The plan costs 1.5 million euros.', 1.5e6],
    ['The grant is worth $2bn.', 2e9],
    ['A dozen ferries were cancelled.', 12],
    ['Some three hundred and fifty volunteers came.', 350],
    ['Two and a half thousand tents were shipped.', 2500],
    ['Temperatures fell to -12 degrees.', -12],
    ['The census found 40 000 households in the valley.', 40000],
    ['Two thirds of the wells were dry.', 2 / 3],
    ['The track is a 1/4 mile loop.', 0.25],
    ['The cable ran 10 1/2 miles under the bay.', 10.5],
    ['The notes pay 7 3/4% a year.', 7.75],
    ['The district counted 8,44,227 voters.', 844227],
    ['The floods displaced 2m people.', 2e6],
    ['The port handled 1.2m tons of grain.', 1.2e6],
  ])('%s → %d', (text, value) => {
    expect(only(text).value).toBeCloseTo(value, 6);
  });
});

describe('figures: ranges', () => {
  it.each([
    ['Between 20 and 30 barges sank.', 20, 30],
    ['About 40-50 trucks waited at the border.', 40, 50],
    ['Forecasters expect 40 to 50 millimetres of rain.', 40, 50],
    ['Two or three boats capsized.', 2, 3],
    ['The bill is 2 to 3 million dollars.', 2e6, 3e6],
    ['Growth will be between 2% and 3%.', 2, 3],
    ['The repairs cost $2bn-$3bn.', 2e9, 3e9],
    ['The line moved 5 km to 10 km.', 5, 10],
  ])('%s', (text, low, high) => {
    const c = only(text);
    expect([c.value, c.low, c.high]).toEqual([null, low, high]);
  });

  it('reads "from X to Y" as two figures, a change rather than a range', () => {
    const claims = extractClaims('The bank cut its forecast from 3.1% to 2.2%.');
    expect(claims.map((c) => c.value)).toEqual([3.1, 2.2]);
  });
});

describe('figures: qualifiers', () => {
  it.each([
    ['About 60 buses were sent.', '~'],
    ['Roughly 60 buses were sent.', '~'],
    ['Nearly 60 buses were sent.', '~'],
    ['Some 60 buses were sent.', '~'],
    ['More than 60 buses were sent.', '>'],
    ['Over 60 buses were sent.', '>'],
    ['At least 60 buses were sent.', '>='],
    ['Up to 60 buses were sent.', '<='],
    ['As many as 60 buses were sent.', '<='],
    ['At most 60 buses were sent.', '<='],
    ['Fewer than 60 buses were sent.', '<'],
    ['Under 60 buses were sent.', '<'],
    ['60 buses or more were sent.', '>='],
    ['The town has 60 buses.', '='],
    ['The town has about 60 buses at most.', '<='],
  ])('%s → %s', (text, q) => {
    expect(only(text).qualifier).toBe(q);
  });

  it('marks "hundreds of" and "dozens" as vague lower bounds', () => {
    const c = only('Hundreds of sheep were lost.');
    expect([c.vague, c.value, c.qualifier]).toEqual([true, 100, '>=']);
  });
});

describe('figures: units', () => {
  it.each([
    ['Turnout reached 61%.', '%', 61],
    ['Turnout reached 61 per cent.', '%', 61],
    ['Turnout rose 2.5 percentage points.', 'percentage points', 2.5],
    ['The flood covered 80 sq km.', 'km2', 80],
    ['The flood covered 80 square kilometres.', 'km2', 80],
    ['The flood covered 31 square miles.', 'mi2', 31],
    ['The plant makes 950 MW.', 'MW', 950],
    ['The new line adds 1.2 GW.', 'GW', 1.2],
    ['The fence is 12 km long.', 'km', 12],
    ['The loan is £300m.', 'GBP', 3e8],
    ['Wages rose to 20,000 hryvnias.', 'UAH', 20000],
    ['The mast is 1.8m tall.', 'm', 1.8],
    ['The water held 120 μg of lead.', 'ug', 120],
    ['The rod is 10 dm long.', 'dm', 10],
  ])('%s → %s', (text, unit, value) => {
    const c = only(text);
    expect(c.unit).toBe(unit);
    expect(c.value).toBeCloseTo(value, 6);
  });

  it('links a measure restated in other units ("80 km² (31 sq mi)") as one', () => {
    const [a, b] = extractClaims('The flood covered 80 square kilometres (31 square miles) of farmland.');
    expect(b?.sameAs).toBe(a?.id);
    expect(a?.sameAs).toBeNull();
  });

  it('reports durations as days, months, years', () => {
    const [truce, months] = extractClaims('They agreed a 14-day pause that may last for nine months.');
    expect([truce?.value, truce?.unit, months?.value, months?.unit]).toEqual([14, 'days', 9, 'months']);
  });
});

describe('not claims', () => {
  it.each([
    ['The talks open on 12 June in Vienna.'],
    ['The talks open on June 12 in Vienna.'],
    ['The talks opened in 2019.'],
    ['The meeting began at 10:30am.'],
    ['The meeting began at 9 p.m.'],
    ['It was the 3rd convoy this month.'],
    ['Fighters flew Su-34 and MiG-29 jets.'],
    ['The battery fired an S-300 interceptor.'],
    ['The Shahed-136 is cheap.'],
    ['The G7 met in Rome.'],
    ['The Covid-19 wave ended.'],
    ['The town got 5G last year.'],
    ['The ferry runs 24/7 now.'],
    ['Call 0800 555 0199 for details.'],
    ['On day 412 of the siege, the bakery reopened.'],
    ['A 52-year-old farmer was detained.'],
    ['The farmer, aged 52, was detained.'],
    ['The farmer is 52 years old.'],
    ['One of the largest ferries sank.'],
    ['The two ministers shook hands.'],
  ])('%s', (text) => {
    expect(extractClaims(text).map((c) => c.text)).toEqual([]);
  });

  it('skips list numbering at the start of a line', () => {
    expect(extractClaims('1. Ferries\n2. Buses').map((c) => c.text)).toEqual([]);
  });
});

describe('not claims: page furniture and scores', () => {
  it.each([
    ['Published 3 hours ago'],
    ['4 min read'],
    ['Photo 2 of 9'],
    ['The final score was 2-1.'],
    ['Share 120 Comment 45'],
    ['Tickets for Apollo 11 sold out.'],
  ])('%s', (text) => {
    expect(extractClaims(text).map((c) => c.text)).toEqual([]);
  });
});

describe('money written with prefixes and suffixes', () => {
  it.each([
    ['The port raised Rs 500 crore.', 'INR', 5e9],
    ['Fees rose to Rs. 1,250.', 'INR', 1250],
    ['The refit cost US$ 5m.', 'USD', 5e6],
    ['Exports reached 1.2 trillion yen.', 'JPY', 1.2e12],
  ])('%s', (text, unit, value) => {
    const c = extractClaims(text)[0];
    expect([c?.unit, c?.value]).toEqual([unit, value]);
  });
});

describe('currencies in every position', () => {
  it('spells out a rare unit symbol but reads "DM" as no decimetre', () => {
    expect(extractClaims('The water held 120 μg of lead.')[0]?.concept).toBe('micrograms');
    expect(extractClaims('He paid 10 DM for it.')[0]?.unit ?? null).not.toBe('dm');
  });

  it('names a currency written by its abbreviation in full', () => {
    expect(extractClaims('A crane rents for 40 rmb an hour.')[0]?.concept).toBe('Yuan Renminbi');
  });

  const moneyOf = (text: string) =>
    extractClaims(text)
      .filter((c) => c.unit !== null)
      .map((c) => [c.value ?? [c.low, c.high], c.unit]);

  it.each([
    ['The fund raised $ 75 million last year.', [[75e6, 'USD']]],
    ['The bank lent € 2 million to the club.', [[2e6, 'EUR']]],
    ['The deal was worth US$5m in cash.', [[5e6, 'USD']]],
    [
      'The deal was worth $US55m ($A82m).',
      [
        [55e6, 'USD'],
        [82e6, 'AUD'],
      ],
    ],
    ['The plant cost C$16.4 million to build.', [[16.4e6, 'CAD']]],
    ['Exports fell to HK$10.05 billion.', [[10.05e9, 'HKD']]],
    ['The fine was USD10m.', [[10e6, 'USD']]],
    ['The ticket costs CHF 80.', [[80, 'CHF']]],
    ['A meal costs RM23.50 in the city.', [[23.5, 'MYR']]],
    ['The bike cost 1,200€ new.', [[1200, 'EUR']]],
    ['The book costs 100₾ here.', [[100, 'GEL']]],
    ['He was fined 10,000 Swiss francs.', [[10000, 'CHF']]],
    ['They issued 125 million Australian dollars of bonds.', [[125e6, 'AUD']]],
    ['The fee rose to 80 CHF this year.', [[80, 'CHF']]],
    ['The ticket cost 115EUR.', [[115, 'EUR']]],
    ['The club lost 75 USD million last year.', [[75e6, 'USD']]],
    ['Losses above 30 MEUR were booked.', [[30e6, 'EUR']]],
    ['The ferry ticket costs 15 dollars 50.', [[15.5, 'USD']]],
    ['The ferry ticket costs 15 dollars and 50.', [[15.5, 'USD']]],
    ['The ferry ticket costs 3 dollars 07 cents.', [[3.07, 'USD']]],
    ['The fare rises to 17 USD 25.', [[17.25, 'USD']]],
    ['He paid 5 dollars 20 times a week.', [[5, 'USD']]],
    ['A dock crane rents for 40 rmb an hour.', [[40, 'CNY']]],
    ['Each block now pays 6.25 BTC.', [[6.25, 'BTC']]],
    ['The dock took 3 bitcoins.', [[3, 'BTC']]],
  ])('%s', (text, expected) => {
    expect(moneyOf(text)).toEqual(expected);
  });

  it.each([['ALL 5 SHIPS RETURNED TO PORT.'], ['She paid a $ fee.'], ['A $ sign is not a figure.']])(
    'takes no currency from %s',
    (text) => {
      expect(extractClaims(text).filter((c) => c.unit !== null)).toEqual([]);
    },
  );
});
