import { describe, expect, it } from 'vitest';
import { figureDrafts, quantityOf } from '../../../utils/memory/from-claims';
import { makeClaim, makeFrame } from '../support/records';

const TEXT =
  'The port reopened on Monday. Russia launched 145 drones overnight, the Air Force said. Repairs began at dawn.';
const AT = TEXT.indexOf('145 drones');
/** Drones launched overnight, as the extractor frames them. */
const LAUNCHED = makeFrame({ action: 'launched', measure: 'launched', timeText: 'overnight' });

describe('figures of an analysed page as the memory keeps them', () => {
  it('keeps the sentence around a figure, and nothing of the sentences beside it', () => {
    const claim = makeClaim({ start: AT, end: AT + '145 drones'.length, frame: LAUNCHED });
    const [draft] = figureDrafts(TEXT, [claim], [], '2025-03-19');
    expect(draft?.quote).toEqual({
      prefix: 'Russia launched ',
      exact: '145 drones',
      suffix: ' overnight, the Air Force said.',
    });
  });

  it.each([
    ['a vague amount', { vague: true }],
    ['a restatement in other units', { sameAs: 'c9' }],
    ['a figure with no value', { value: null }],
    ['nothing counted and no unit', { concept: null, unit: null }],
    ['no measure said', { frame: makeFrame({ timeText: 'overnight' }) }],
    ['a part of another figure', { frame: { ...LAUNCHED, partOf: 'c1' } }],
    ['a figure set against another', { frame: { ...LAUNCHED, versus: 'c1' } }],
    ['a duration', { unit: 'days', concept: null, frame: LAUNCHED }],
    [
      'several regions at once',
      { frame: makeFrame({ place: 'Kharkiv and Sumy regions', timeText: 'overnight' }) },
    ],
  ])('leaves out %s', (_name, over) => {
    expect(quantityOf(makeClaim(over), '2025-03-19')).toBeNull();
  });

  it('reads what is counted in the singular, with the action, place and time', () => {
    const q = quantityOf(
      makeClaim({
        concept: 'drones',
        frame: makeFrame({
          action: 'shot down',
          measure: 'shot down',
          place: 'over Kyiv',
          timeText: 'overnight',
          timeForm: 'night',
        }),
      }),
      '2025-03-19',
    );
    expect(q).toMatchObject({ counted: 'drone', measure: 'shot down', scope: 'kyiv', inferred: false });
    expect(q && q.end > q.start).toBe(true);
  });

  it('marks a time guessed from the publication date as inferred', () => {
    const q = quantityOf(
      makeClaim({ frame: makeFrame({ action: 'launched', measure: 'launched' }) }),
      '2025-03-19',
    );
    expect(q?.inferred).toBe(true);
  });
});
