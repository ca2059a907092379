import { beforeAll, describe, expect, it } from 'vitest';
import { createMatcher } from '../../../utils/match';
import type { Matcher } from '../../../utils/match';
import type { ArticleMeta } from '../../../utils/schema';
import { pageClaim } from '../support/records';
import { bundled } from './bundled';

const META: ArticleMeta = {
  url: 'https://example.org/a',
  published: '2025-03-19',
  outlet: 'Example',
  headline: null,
};
const NIGHT = { start: '2025-03-18T19:00', end: '2025-03-19T08:00' };

let matcher: Matcher;
beforeAll(async () => {
  matcher = createMatcher(await bundled());
});

describe('match', () => {
  it('returns one match per claim, in order', () => {
    const claims = [
      pageClaim({ id: 'b', value: 2, concept: 'hospitals' }),
      pageClaim(
        { id: 'a', value: 145, speaker: 'the air force' },
        { action: 'attacked', timeText: 'overnight', period: NIGHT, timeForm: 'night' },
      ),
    ];
    expect(matcher.match(claims, META).map((m) => m.claimId)).toEqual(['b', 'a']);
  });

  it.each([
    [
      'a vague amount',
      pageClaim({ id: 'v', value: 12, vague: true }, { action: 'attacked', timeText: 'overnight' }),
    ],
    ['a duration', pageClaim({ id: 'd', value: 30, unit: 'days', concept: 'days' })],
    [
      'an unknown noun',
      pageClaim({ id: 'n', value: 2, concept: 'hospitals' }, { action: 'struck', timeText: 'overnight' }),
    ],
    [
      'drones with an unrelated verb',
      pageClaim({ id: 'k', value: 3, speaker: 'Zelensky' }, { action: 'evacuated', timeText: 'overnight' }),
    ],
  ])('leaves %s unmatched', (_, claim) => {
    expect(matcher.match([claim], META)[0]).toMatchObject({ status: 'unmatched', topic: null, others: [] });
  });

  it('says "diverges" only when sure of the period: against a guessed period the records are only related', () => {
    const c = pageClaim({ id: 'g', value: 300, speaker: 'Zelensky' }, { action: 'attacked' });
    const m = matcher.match([c], META)[0];
    expect(m?.status).toBe('related');
    expect(m?.others).toEqual([]);
    expect(m?.related.map((o) => o.origin)).toContain('dataset');
  });

  it('compares a flow only with the same period: the night before is another topic', () => {
    const c = pageClaim(
      { id: 'p', value: 137, speaker: 'the air force' },
      {
        action: 'attacked',
        timeText: 'overnight',
        period: { start: '2025-03-17T19:00', end: '2025-03-18T08:00' },
      },
    );
    const m = matcher.match([c], META)[0];
    expect(m?.status).toBe('single');
    expect(m?.others.map((o) => o.value)).toEqual([137]);
  });

  it('compares a stock only with figures of a close date', () => {
    // DeepState's 140 km² of 13 March is six days old on 19 March; Black Bird's 77 of 16 March is close
    const c = pageClaim(
      {
        id: 's',
        value: 200,
        qualifier: '~',
        unit: 'km2',
        concept: 'square kilometres',
        speaker: 'a Ukrainian commander',
      },
      { action: 'controls', place: "Russia's Kursk region" },
    );
    const m = matcher.match([c], META)[0];
    expect(m?.status).toBe('diverges');
    expect(m?.others.map((o) => o.claimant)).toContain('black-bird-group');
    expect(m?.others.map((o) => o.claimant)).not.toContain('deepstate');
  });

  it.each([
    ['"at most 200" km² never "agrees" with 77: a bound says nothing of agreement', '<=', 'single'],
    ['"about 200" km² diverges from 77', '~', 'diverges'],
  ] as const)('%s', (_, qualifier, status) => {
    const c = pageClaim(
      {
        id: 'q',
        value: 200,
        qualifier,
        unit: 'km2',
        concept: 'square kilometers',
        speaker: 'Ukrainian officer',
      },
      { action: 'controls', place: 'Kursk' },
    );
    expect(matcher.match([c], META)[0]?.status).toBe(status);
  });

  it('converts units: 30 square miles is about 77 km²', () => {
    const c = pageClaim(
      {
        id: 'u',
        value: 30,
        qualifier: '~',
        unit: 'mi2',
        concept: 'square miles',
        speaker: 'Black Bird Group',
      },
      { action: 'controls', place: 'the Kursk region' },
    );
    expect(
      matcher.match([c], META)[0]?.others.some((o) => o.claimant === 'black-bird-group' && o.value === 77),
    ).toBe(true);
  });

  it('treats a restatement in other units as its first figure', () => {
    const a = pageClaim(
      {
        id: 'km',
        value: 200,
        qualifier: '~',
        unit: 'km2',
        concept: 'square kilometres',
        speaker: 'Ukrainian officer',
      },
      { action: 'controls', place: 'Kursk' },
    );
    const b = { ...a, id: 'mi', value: 77, unit: 'mi2', concept: 'square miles', sameAs: 'km' };
    const [x, y] = matcher.match([a, b], META);
    expect(y).toMatchObject({ claimId: 'mi', status: x?.status, topic: x?.topic });
    // its cross-references in its own unit: Black Bird's 77 km² is about 29.7 square miles
    expect(x?.others.find((o) => o.claimant === 'black-bird-group')?.value).toBe(77);
    expect(y?.others.find((o) => o.claimant === 'black-bird-group')?.value).toBeCloseTo(29.73, 1);
  });

  it('finds within-page disagreement the dataset knows nothing about', () => {
    const meta = { ...META, published: '2030-01-10' };
    const night = { start: '2030-01-09T19:00', end: '2030-01-10T08:00' };
    const claims = [
      pageClaim(
        { id: 'x', value: 100, speaker: "Ukraine's Air Force" },
        { action: 'attacked', timeText: 'overnight', period: night, timeForm: 'night' },
      ),
      pageClaim(
        { id: 'y', value: 120, speaker: 'Zelensky' },
        { action: 'launched', timeText: 'overnight', period: night, timeForm: 'night' },
      ),
    ];
    const [x, y] = matcher.match(claims, meta);
    expect(x?.status).toBe('diverges');
    expect(y?.status).toBe('diverges');
    expect(x?.others).toEqual([
      expect.objectContaining({ claimant: 'ua-president', value: 120, origin: 'page' }),
    ]);
    expect(y?.others).toEqual([
      expect.objectContaining({ claimant: 'ua-air-force', value: 100, origin: 'page' }),
    ]);
  });

  it('does not compare two figures of the same speaker', () => {
    const meta = { ...META, published: '2030-01-10' };
    const night = { start: '2030-01-09T19:00', end: '2030-01-10T08:00' };
    const claims = [
      pageClaim(
        { id: 'x', value: 100, speaker: 'Zelensky' },
        { action: 'attacked', timeText: 'overnight', period: night, timeForm: 'night' },
      ),
      pageClaim(
        { id: 'y', value: 120, speaker: 'Zelenskyy' },
        { action: 'launched', timeText: 'overnight', period: night, timeForm: 'night' },
      ),
    ];
    expect(matcher.match(claims, meta).map((m) => m.status)).toEqual(['unmatched', 'unmatched']);
  });

  it('keeps figures over Russia apart from figures over Ukraine (direction)', () => {
    const c = pageClaim(
      { id: 'r', value: 57, speaker: 'Russian Defence Ministry' },
      { action: 'shot down', timeText: 'overnight', period: NIGHT, timeForm: 'night' },
    );
    const m = matcher.match([c], META)[0];
    expect(m?.topic?.id).toMatch(/\/ukraine>russia$/);
    expect(m?.others.map((o) => o.claimant)).toEqual(['ru-mod']);
  });

  it.each([
    ['an unknown official', 'Kharkiv governor Oleh Syniehubov'],
    ['a regional authority speaking of attacks with no place', 'Krasnodar authorities'],
  ])('never says "diverges" for %s', (_, speaker) => {
    const c = pageClaim(
      { id: 'u', value: 12, speaker },
      { action: 'shot down', timeText: 'overnight', period: NIGHT, timeForm: 'night' },
    );
    expect(matcher.match([c], META)[0]?.status).not.toBe('diverges');
  });

  it('reads a speaker of a district as speaking of the district: related to the national figure, never compared', () => {
    const meta = { ...META, published: '2030-01-10' };
    const night = { start: '2030-01-09T19:00', end: '2030-01-10T08:00' };
    const claims = [
      pageClaim(
        { id: 'x', value: 100, speaker: "Ukraine's Air Force" },
        { action: 'attacked', timeText: 'overnight', period: night, timeForm: 'night' },
      ),
      pageClaim(
        { id: 'y', value: 12, speaker: 'a district mayor' },
        { action: 'attacked', timeText: 'overnight', period: night, timeForm: 'night' },
      ),
    ];
    const [x, y] = matcher.match(claims, meta);
    expect([x?.status, y?.status]).toEqual(['related', 'related']);
    expect(x?.related).toEqual([
      expect.objectContaining({ name: 'a district mayor', value: 12, origin: 'page' }),
    ]);
  });

  it('reads an attack named without a place as country-wide, not as the one local record', () => {
    // the Russian ministry's only "launched" record that night is the 3 drones at Kavkazskaya
    const c = pageClaim(
      { id: 'w', value: 57, speaker: 'Russian Defence Ministry' },
      { action: 'launched', target: 'Russia', timeText: 'overnight', period: NIGHT, timeForm: 'night' },
    );
    expect(matcher.match([c], META)[0]).toMatchObject({ status: 'unmatched', others: [] });
  });

  it.each([
    [
      'a running total "since February 2022"',
      898070,
      'since February 2022',
      { start: '2022-02-01', end: '2025-03-20' },
      'single',
      898070,
    ],
    [
      'a figure "in the past day"',
      1060,
      'in the past day',
      { start: '2025-03-18', end: '2025-03-19' },
      'single',
      1060,
    ],
  ])("matches the General Staff's %s", (_, value, timeText, period, status, record) => {
    const timeForm = timeText.startsWith('since') ? 'cumulative' : 'past-day';
    const c = pageClaim(
      { id: 'l', value, concept: 'troops', speaker: "Ukraine's General Staff" },
      { action: 'lost', timeText, period, timeForm },
    );
    const m = matcher.match([c], META)[0];
    expect(m?.status).toBe(status);
    expect(m?.others.map((o) => o.value)).toEqual([record]);
  });

  it('never calls a loss figure without "since" a divergence from the running total', () => {
    const c = pageClaim(
      { id: 't', value: 1200, concept: 'soldiers', speaker: 'Zelensky' },
      {
        action: 'lost',
        actor: 'Russia',
        timeText: 'on Tuesday',
        period: { start: '2025-03-18', end: '2025-03-19' },
      },
    );
    expect(matcher.match([c], META)[0]?.status).not.toBe('diverges');
  });

  describe('a live blog whose entries all read "overnight" against its first date', () => {
    const meta = { ...META, published: '2025-03-18' };
    const night = { start: '2025-03-17T19:00', end: '2025-03-18T08:00' };
    const af = (id: string, value: number) =>
      pageClaim(
        { id, value, speaker: "Ukraine's Air Force" },
        { action: 'launched', timeText: 'overnight', period: night, timeForm: 'night' },
      );

    it("places a figure in the night of the speaker's own record a few days away", () => {
      const m = matcher.match([af('a', 171)], meta)[0];
      expect(m?.status).toBe('single');
      expect(m?.topic?.label).toMatch(/night of 19–20 Mar 2025/);
    });

    it('never says "diverges" when one speaker gives two figures for the same night', () => {
      const claims = [
        af('a', 137),
        af('b', 95),
        pageClaim(
          { id: 'z', value: 160, speaker: 'Zelensky' },
          { action: 'attacked', timeText: 'overnight', period: night, timeForm: 'night' },
        ),
      ];
      expect(matcher.match(claims, meta).map((m) => m.status)).not.toContain('diverges');
    });
  });

  it('reports what the dataset holds', () => {
    const info = matcher.info();
    expect(info.claims).toBeGreaterThan(20000);
    expect(info.from).toBe('2022-02-25');
  });
});
