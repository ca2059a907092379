import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../utils/extract';

const concepts = (text: string) => extractClaims(text).map((c) => c.concept);

describe('what a figure counts', () => {
  it.each([
    ['The navy lost 3 landing and supply ships.', 'ships'],
    ['Medics treated 17 badly burned firefighters.', 'firefighters'],
    ['The unit repaired 9 S-300 air-defence launchers.', 'launchers'],
    ['Police arrested 41 masked football fans.', 'fans'],
    ['Rescuers found 6 survivors of the crash in the rubble.', 'survivors'],
    ['Flooding cut off 12 mountain villages.', 'villages'],
    ['The convoy brought 230 tonnes of flour.', 'tonnes'],
    ['The army sent 400 personnel to the dam.', 'personnel'],
    ['Officials said 1,100 people were displaced.', 'people'],
    ['Only one bridge is still standing.', 'bridge'],
    ['They freed 25 detained Red Cross workers.', 'workers'],
  ])('%s → %s', (text, concept) => {
    expect(concepts(text)).toEqual([concept]);
  });

  it.each([
    ['The ministry said 90 drones were launched and 61 were shot down.', ['drones', 'drones']],
    ['Police seized 30 rifles, 12 of which were stolen.', ['rifles', 'rifles']],
    ['The army fired 14 rockets; 9 of those hit the depot.', ['rockets', 'rockets']],
    ['Engineers checked 20 of the damaged substations.', ['substations']],
    ['The navy sank eight of its own old patrol boats.', ['boats']],
  ])('resolves an elided noun: %s', (text, want) => {
    expect(concepts(text)).toEqual(want);
  });
});

describe('what a figure counts, from the sentence around it', () => {
  it.each([
    ['The death toll from the flood rose to 31.', 'deaths'],
    ['The number of stranded travellers reached 900 on Friday.', 'travellers'],
    ['Engineers fixed 14 of the pumps; 6 of them failed again.', 'pumps'],
  ])('%s → %s', (text, concept) => {
    expect(concepts(text).at(-1)).toBe(concept);
  });
});

describe('what a figure counts: lists and clause ends', () => {
  it('gives counts in brackets after names the noun counted before', () => {
    const text = 'Crews repaired 30 pylons in the districts of Horodok (18), Lyman (9) and Kupiansk (3).';
    expect(extractClaims(text).map((c) => [c.value, c.concept])).toEqual([
      [30, 'pylons'],
      [18, 'pylons'],
      [9, 'pylons'],
      [3, 'pylons'],
    ]);
  });

  it('stops at a capitalised word after the head noun ("1,060 casualties Russian forces suffered")', () => {
    expect(concepts('The total includes 640 casualties Northern units suffered this week.')).toEqual([
      'casualties',
    ]);
  });
});

describe('what a figure counts: "more", "other"', () => {
  it.each([
    ['The navy asked for seven more patrol boats.', 'boats'],
    ['Police found 5 other victims.', 'victims'],
  ])('%s → %s', (text, concept) => {
    expect(concepts(text)).toEqual([concept]);
  });

  it('takes the unit as written for measures', () => {
    expect(concepts('The plant adds 1.7 GW.')).toEqual(['GW']);
  });
});

describe('what a figure counts: "N of M things"', () => {
  it('gives both figures the noun after the second', () => {
    expect(concepts('The army shot down 65 of 112 drones.')).toEqual(['drones', 'drones']);
  });
});

describe('a bare word figure in a list of counts', () => {
  it('counts what the counts before it in the sentence count', () => {
    const text = 'Crews cleared 21 mines near Lyman, 10 near Izium and seven near Kupiansk.';
    expect(extractClaims(text).map((c) => [c.value, c.concept])).toEqual([
      [21, 'mines'],
      [10, 'mines'],
      [7, 'mines'],
    ]);
  });
});

describe('shares and plain elision', () => {
  it('reads "one in four" as a share', () => {
    const c = extractClaims('One in four households lacked water.')[0];
    expect([c?.value, c?.concept]).toEqual([0.25, 'households']);
  });

  it('gives a plain elided count the latest noun, even a smaller one ("76 trucks … 500 a day")', () => {
    const text = 'About 2,000 people queued. Only 76 trucks arrived, against 500 a day before.';
    expect(extractClaims(text).map((c) => c.concept)).toEqual(['people', 'trucks', 'trucks']);
  });
});

describe('bullet lists', () => {
  it('gives bare counts in a list the noun of the first item', () => {
    const text = '• 145 drones launched\n• 72 shot down\n• 56 lost';
    expect(extractClaims(text).map((c) => c.concept)).toEqual(['drones', 'drones', 'drones']);
  });
});

describe('casualty verbs and "others"', () => {
  it.each([
    ['Storms kill 9, injure 40 in the south', ['people', 'people']],
    ['The flood killed 3 people and injured 12 others.', ['people', 'people']],
  ])('%s', (text, want) => {
    expect(concepts(text)).toEqual(want);
  });
});
