import fc from 'fast-check';
import type { FigureOrigin, MatchStatus, Qualifier, Side, TimeForm } from '../../../utils/schema';
import type { AnchorState, Note } from '../../../utils/schema/notes';

const text = fc.string({ maxLength: 40 });
const nullableText = fc.option(text, { nil: null });
/** Finite numbers JSON keeps exactly (no -0, NaN or infinities). */
const num = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x));
const nullableNum = fc.option(num, { nil: null });
const qualifier = fc.constantFrom<Qualifier>('=', '~', '>', '>=', '<', '<=');
const side = fc.constantFrom<Side>('ukraine', 'russia', 'independent', 'international', 'other');
const iso = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString());
const offset = fc.nat({ max: 1_000_000 });
const otherFigure = fc.record({
  claimant: nullableText,
  name: text,
  side: fc.option(side, { nil: null }),
  value: nullableNum,
  low: nullableNum,
  high: nullableNum,
  qualifier,
  source: fc.option(fc.record({ url: fc.webUrl(), published: nullableText, outlet: nullableText }), {
    nil: null,
  }),
  quote: nullableText,
  origin: fc.constantFrom<FigureOrigin>('page', 'dataset', 'memory'),
});

/** Any valid note (fast-check), for round-trip properties. */
export const arbitraryNote: fc.Arbitrary<Note> = fc.record({
  id: fc.uuid(),
  noted: iso,
  updated: iso,
  comment: fc.string({ maxLength: 200 }),
  tags: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 5 }),
  anchor: fc.record({
    state: fc.constantFrom<AnchorState>('anchored', 'fuzzy', 'orphaned'),
    checked: iso,
    text: nullableText,
  }),
  manual: fc.boolean(),
  page: fc.record({
    url: fc.webUrl(),
    title: nullableText,
    outlet: nullableText,
    published: fc.option(fc.constant('2025-03-19'), { nil: null }),
  }),
  quote: fc.record({
    type: fc.constant('TextQuoteSelector' as const),
    exact: fc.string({ minLength: 1, maxLength: 60 }),
    prefix: fc.string({ maxLength: 32 }),
    suffix: fc.string({ maxLength: 32 }),
  }),
  position: fc.record({ type: fc.constant('TextPositionSelector' as const), start: offset, end: offset }),
  claim: fc.record({
    id: fc.string({ minLength: 1, maxLength: 10 }),
    start: offset,
    end: offset,
    text,
    value: nullableNum,
    low: nullableNum,
    high: nullableNum,
    qualifier,
    unit: nullableText,
    concept: nullableText,
    speaker: nullableText,
    vague: fc.boolean(),
    sameAs: nullableText,
    frame: fc.record({
      action: nullableText,
      actor: nullableText,
      target: nullableText,
      place: nullableText,
      timeText: nullableText,
      period: fc.option(fc.record({ start: fc.constant('2025-03-18'), end: fc.constant('2025-03-19') }), {
        nil: null,
      }),
      timeForm: fc.constantFrom<TimeForm>(
        'none',
        'night',
        'past-day',
        'day',
        'period',
        'cumulative',
        'other',
      ),
      inferred: fc.boolean(),
      measure: nullableText,
      partOf: nullableText,
      versus: nullableText,
    }),
  }),
  match: fc.record({
    claimId: text,
    status: fc.constantFrom<MatchStatus>('diverges', 'agrees', 'single', 'related', 'unmatched'),
    topic: fc.option(fc.record({ id: text, label: text }), { nil: null }),
    claimant: fc.option(fc.record({ id: text, name: text, side }), { nil: null }),
    others: fc.array(otherFigure, { maxLength: 3 }),
    related: fc.array(otherFigure, { maxLength: 3 }),
  }),
});
