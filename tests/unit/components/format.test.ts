import { describe, expect, it } from 'vitest';
import { formatFigure } from '../../../components/format';
import type { Qualifier } from '../../../utils/schema';

describe('formatFigure', () => {
  it.each<
    [string, { value: number | null; low: number | null; high: number | null; qualifier: Qualifier }, string]
  >([
    ['an exact count', { value: 145, low: null, high: null, qualifier: '=' }, '145'],
    ['a large figure', { value: 898070, low: null, high: null, qualifier: '=' }, '898,070'],
    ['an approximate figure', { value: 200, low: null, high: null, qualifier: '~' }, 'about 200'],
    ['an upper bound', { value: 145, low: null, high: null, qualifier: '<=' }, 'up to 145'],
    ['a range', { value: null, low: 40, high: 50, qualifier: '=' }, '40–50'],
  ])('formats %s', (_name, fig, expected) => {
    expect(formatFigure(fig)).toBe(expected);
  });
});
