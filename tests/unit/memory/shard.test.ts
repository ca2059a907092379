import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketOf, bucketsFor, timesMeet } from '../../../utils/memory/buckets';
import { decodeShard, encodeShard, segmentsOf, type FigureRow } from '../../../utils/memory/shard';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 2, 18, 19);

/** A lookup row: the Defence Ministry's 57 drones, unless overridden. */
function row(over: Partial<FigureRow> = {}): FigureRow {
  return {
    id: 'https://tass.example/a#1',
    url: 'https://tass.example/a',
    quantity: '["drone","","launched","",""]',
    from: T0,
    to: T0 + 13 * 3_600_000,
    inferred: false,
    value: 57,
    low: null,
    high: null,
    qualifier: '=',
    unit: null,
    concept: 'drones',
    speaker: "Russia's Defence Ministry",
    claimant: { id: 'ru-mod', name: 'Ministry of Defence of Russia', side: 'russia' },
    source: 'abc123',
    page: { title: 'Drones', outlet: 'TASS', published: '2025-03-19', site: 'tass.example' },
    topic: { id: 'air-attack.drones.launched@…', label: 'Drones launched · night of 18–19 Mar 2025' },
    readAt: T0 + DAY,
    ...over,
  };
}

describe('time buckets', () => {
  it.each([
    ['a night', T0, T0 + 13 * 3_600_000, /^0:/],
    ['a day', T0, T0 + DAY, /^0:/],
    ['an as-of day', T0, T0, /^0:/],
    ['a week', T0, T0 + 7 * DAY, /^1:/],
    ['a month', T0, T0 + 31 * DAY, /^2:/],
    ['since February 2022', Date.UTC(2022, 1, 24), T0, /^L:$/],
  ])('files %s by its length', (_name, from, to, level) => {
    expect(bucketOf(from, to)).toMatch(level);
  });

  it('sorts buckets by time as text', () => {
    const keys = [T0 - 400 * DAY, T0 - DAY, T0, T0 + 3 * DAY].map((t) => bucketOf(t, t));
    expect([...keys].sort()).toEqual(keys);
  });

  it('always reads the bucket of every figure whose time meets the one looked up', () => {
    const time = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) });
    const span = fc.oneof(
      fc.constant(0),
      fc.integer({ min: 0, max: 2 * DAY }),
      fc.integer({ min: 0, max: 60 * DAY }),
      fc.integer({ min: 0, max: 1500 * DAY }),
    );
    // the figure starts near the time looked up, so that most cases meet
    const offset = fc.oneof(
      fc.integer({ min: -3 * DAY, max: 3 * DAY }),
      fc.integer({ min: -500 * DAY, max: 60 * DAY }),
    );
    fc.assert(
      fc.property(time, span, offset, span, (qFrom, qLength, shift, length) => {
        const query = { from: qFrom, to: qFrom + qLength };
        const figure = { from: qFrom + shift, to: qFrom + shift + length };
        fc.pre(timesMeet(figure, query));
        expect(bucketsFor([query])).toContain(bucketOf(figure.from, figure.to));
      }),
      { numRuns: 3000 },
    );
    // 3,000 runs take about a second alone; a minute on a machine shared by several test runs
  }, 60_000);

  it.each([
    [
      'a night and the day it ends in',
      [T0, T0 + 13 * 3_600_000],
      [T0 + 5 * 3_600_000, T0 + 29 * 3_600_000],
      true,
    ],
    ['two nights', [T0, T0 + 13 * 3_600_000], [T0 + DAY, T0 + DAY + 13 * 3_600_000], false],
    ['a night and the war so far', [T0, T0 + 13 * 3_600_000], [Date.UTC(2022, 1, 24), T0 + DAY], false],
    ['as-of days three days apart', [T0, T0], [T0 + 3 * DAY, T0 + 3 * DAY], true],
    ['as-of days a week apart', [T0, T0], [T0 + 7 * DAY, T0 + 7 * DAY], false],
  ])('reads %s as meeting: %s', (_name, [af, at], [bf, bt], meet) => {
    expect(
      timesMeet({ from: af as number, to: at as number }, { from: bf as number, to: bt as number }),
    ).toBe(meet);
  });
});

describe("segments (a page's rows in one bucket)", () => {
  it('keeps every field through storage', () => {
    const rows = [
      row(),
      row({
        id: 'b',
        value: null,
        low: 40,
        high: 50,
        qualifier: '~',
        claimant: null,
        topic: null,
        speaker: null,
      }),
      row({
        id: 'c',
        unit: 'km2',
        concept: null,
        inferred: true,
        page: { title: null, outlet: null, published: null, site: 'x.example' },
      }),
    ];
    const stored = structuredClone(encodeShard(rows));
    expect(decodeShard(JSON.parse(JSON.stringify(stored)))).toEqual(rows);
    // the rows share their strings: each once in the table
    expect(stored.strings.filter((s) => s === 'tass.example')).toHaveLength(1);
  });

  it.each([
    ['columns of different lengths', (s: ReturnType<typeof encodeShard>) => s.inferred.push(true)],
    ['a string index past the table', (s: ReturnType<typeof encodeShard>) => (s.text.url[0] = 999)],
    ['a row with no time', (s: ReturnType<typeof encodeShard>) => (s.numbers.from[0] = null)],
    [
      'a bad side',
      (s: ReturnType<typeof encodeShard>) => s.strings.splice(s.text.claimantSide[0] as number, 1, 'mars'),
    ],
  ])('refuses a segment with %s', (_name, damage) => {
    const stored = encodeShard([row()]);
    damage(stored);
    expect(() => decodeShard(stored)).toThrow();
  });

  it("files a page's figures in one segment per time bucket, each holding only that page's rows", () => {
    const night = {
      ...row(),
      quote: { exact: '57', prefix: '', suffix: '' },
      siteKey: 'example.tass.',
      size: 1,
    };
    const later = { ...night, id: 'b', from: T0 + 3 * DAY, to: T0 + 3 * DAY + 3_600_000 };
    const segments = segmentsOf([night, later]);
    expect([...segments.keys()]).toEqual([bucketOf(night.from, night.to), bucketOf(later.from, later.to)]);
    expect(decodeShard(segments.get(bucketOf(later.from, later.to)))).toEqual([
      { ...row(), id: 'b', from: later.from, to: later.to },
    ]);
  });
});
