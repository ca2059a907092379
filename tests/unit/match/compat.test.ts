import { describe, expect, it } from 'vitest';
import { boundsOf, compatible } from '../../../utils/match';
import type { Qualifier } from '../../../utils/schema';

type Fig = [number, Qualifier];

describe('compatible figures', () => {
  it.each<[string, Fig, Fig, boolean]>([
    ['"at most 200" allows 140', [200, '<='], [140, '='], true],
    ['"about 200" does not allow 140', [200, '~'], [140, '='], false],
    ['"about 200" allows 190', [200, '~'], [190, '='], true],
    ['"more than 40" allows 150', [40, '>'], [150, '='], true],
    ['"more than 100" allows 140', [100, '>'], [140, '='], true],
    ['"more than 40" does not allow 40', [40, '>'], [40, '='], false],
    ['"at least 40" allows 40', [40, '>='], [40, '='], true],
    ['"fewer than 40" does not allow 40', [40, '<'], [40, '='], false],
    ['150 and 145 differ', [150, '='], [145, '='], false],
    ['175 and 175 agree', [175, '='], [175, '='], true],
    ['a figure rounded to thousands allows the exact one', [898000, '='], [898070, '='], true],
    ['1,700 and 20 differ', [1700, '='], [20, '='], false],
    ['"about 898,070" (five digits) is tight', [898070, '~'], [850000, '='], false],
    ['"at most 200" and "more than 100" overlap', [200, '<='], [100, '>'], true],
  ])('%s', (_, [a, qa], [b, qb], ok) => {
    const x = boundsOf(a, null, null, qa);
    const y = boundsOf(b, null, null, qb);
    expect(x && y && compatible(x, y)).toBe(ok);
  });

  it.each<[string, [number, number], number, boolean]>([
    ['a range allows a value inside it', [40, 50], 45, true],
    ['a range does not allow a value outside it', [40, 50], 60, false],
  ])('%s', (_, [lo, hi], v, ok) => {
    const x = boundsOf(null, lo, hi, '=');
    const y = boundsOf(v, null, null, '=');
    expect(x && y && compatible(x, y)).toBe(ok);
  });
});
