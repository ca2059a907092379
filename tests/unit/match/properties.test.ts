import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractClaims } from '../../../utils/extract';
import { createMatcher } from '../../../utils/match';
import type { Matcher } from '../../../utils/match';
import { ClaimMatch, type PageClaim } from '../../../utils/schema';
import { makeClaim, makeFrame } from '../support/records';
import { bundled } from './bundled';

// The matcher over hostile input: it never throws, every answer validates, one per claim in
// order. Its work is bounded by construction (figures grouped by key and period; a bounded
// number of neighbouring periods, sources and figures per comparison): no timing is asserted.

let matcher: Matcher;
beforeAll(async () => {
  matcher = createMatcher(await bundled());
});

const META = { url: 'https://example.org/a', published: '2025-03-19', outlet: 'Example', headline: null };

const words = fc.constantFrom(
  'drones',
  'missiles',
  'people',
  'deaths',
  'per cent',
  'square kilometres',
  'the ministry',
  'Zelensky',
  "Ukraine's Air Force",
  'he',
  'police',
  'of them',
  '',
);
const num = fc.oneof(fc.double({ noNaN: false }), fc.integer(), fc.constant(0), fc.constant(-1));
const text = fc.string({ maxLength: 30 });
const period = fc.option(
  fc.record({
    start: fc.constantFrom('2025-03-18T19:00', '2025-03-18', 'garbage', '2025-01-01', '9999-99-99'),
    end: fc.constantFrom('2025-03-19T08:00', '2025-03-19', '', '2026-01-01', '2025-03-18'),
  }),
  { nil: null },
);

/** Any claim the schema admits, and some it would not, as a page could make the extractor give them. */
const claim = fc
  .record({
    value: fc.option(num, { nil: null }),
    low: fc.option(num, { nil: null }),
    high: fc.option(num, { nil: null }),
    qualifier: fc.constantFrom<PageClaim['qualifier']>('=', '~', '>', '>=', '<', '<='),
    unit: fc.option(fc.constantFrom('km2', 'mi2', '%', 'USD', 'days', 'm2', 'x'), { nil: null }),
    concept: fc.option(words, { nil: null }),
    speaker: fc.option(fc.oneof(words, text), { nil: null }),
    vague: fc.boolean(),
    text: fc.oneof(text, words),
    action: fc.option(fc.constantFrom('launched', 'shot down', 'killed', 'lost', 'controls', 'exchanged'), {
      nil: null,
    }),
    place: fc.option(fc.oneof(text, fc.constantFrom('Kursk', 'Bangladesh', 'the world', 'Harbour Street')), {
      nil: null,
    }),
    period,
    timeForm: fc.constantFrom('none', 'night', 'past-day', 'day', 'period', 'cumulative', 'other' as const),
    inferred: fc.boolean(),
    measure: fc.option(fc.constantFrom('killed', 'launched', 'growth', 'attended', 'growth target'), {
      nil: null,
    }),
    link: fc.nat({ max: 3 }),
    sameAs: fc.nat({ max: 3 }),
  })
  .map((r) => ({ r }));

describe('matcher on hostile input', () => {
  it('never throws, and answers one valid match per claim, in order', () => {
    fc.assert(
      fc.property(fc.array(claim, { maxLength: 40 }), (rows) => {
        const claims: PageClaim[] = rows.map(({ r }, i) =>
          makeClaim({
            id: `c${i}`,
            start: i * 10,
            end: i * 10 + 5,
            text: r.text,
            value: r.value,
            low: r.low,
            high: r.high,
            qualifier: r.qualifier,
            unit: r.unit,
            concept: r.concept,
            speaker: r.speaker,
            vague: r.vague,
            sameAs: r.sameAs === 1 && i > 0 ? `c${i - 1}` : r.sameAs === 2 ? 'nowhere' : null,
            frame: makeFrame({
              action: r.action,
              place: r.place,
              period: r.period,
              timeForm: r.timeForm as PageClaim['frame']['timeForm'],
              inferred: r.inferred,
              measure: r.measure,
              partOf: r.link === 1 && i > 0 ? `c${i - 1}` : r.link === 2 ? 'nowhere' : null,
              versus: r.link === 3 && i > 0 ? `c${i - 1}` : null,
            }),
          }),
        );
        const out = matcher.match(claims, META);
        expect(out.map((m) => m.claimId)).toEqual(claims.map((c) => c.id));
        for (const m of out) {
          expect(ClaimMatch.safeParse(m).success).toBe(true);
          if (m.status === 'diverges') expect(m.others.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on the claims the extractor finds in arbitrary text', () => {
    const pieces = fc.constantFrom(
      '145 drones',
      ' said ',
      'Zelensky',
      ' overnight',
      ', of which 63',
      ' including 12 in Kyiv',
      ' half of the 900',
      ' as of Friday',
      ' since the war began',
      ' in the fiscal year 2023-24',
      ' while ',
      ' the night before',
      '. ',
      '\n\n',
      ' about 200 square kilometres (77 square miles)',
      ' police estimated the crowd at 40,000',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 12 })), { maxLength: 60 }), (parts) => {
        const claims = extractClaims(parts.join(''), { published: '2025-03-19' });
        expect(matcher.match(claims, META)).toHaveLength(claims.length);
      }),
      { numRuns: 150 },
    );
  });

  // the work per figure is bounded (neighbouring periods, sources, figures kept): not its time
  it('reads a page of thousands of one quantity from hundreds of speakers', { timeout: 60_000 }, () => {
    const claims: PageClaim[] = Array.from({ length: 3000 }, (_, i) =>
      makeClaim({
        id: `c${i}`,
        start: i * 40,
        end: i * 40 + 10,
        text: `${100 + (i % 97)} drones`,
        value: 100 + (i % 97),
        speaker: `Speaker Number${i % 300}`,
        frame: makeFrame({
          action: 'launched',
          measure: 'launched',
          timeText: 'overnight',
          timeForm: 'night',
          period: {
            start: `2030-01-${String(1 + (i % 28)).padStart(2, '0')}T19:00`,
            end: '2030-02-01T08:00',
          },
        }),
      }),
    );
    const out = matcher.match(claims, { ...META, published: '2030-02-01' });
    expect(out).toHaveLength(claims.length);
    for (const m of out) expect(m.others.length + m.related.length).toBeLessThanOrEqual(40);
  });
});
