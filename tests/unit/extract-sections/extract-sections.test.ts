import { describe, expect, it } from 'vitest';
import { extractClaims, extractSections } from '../../../utils/extract';

const ENTRY_A = 'The Air Force said 171 drones were launched overnight.';
const ENTRY_B = 'The Air Force said 145 drones were launched overnight.';
const TEXT = `Live: drone attacks\n\n${ENTRY_A}\n\n${ENTRY_B}`;
const A = TEXT.indexOf(ENTRY_A);
const B = TEXT.indexOf(ENTRY_B);
const SECTIONS = [
  { start: A, end: A + ENTRY_A.length, published: '2025-03-20T08:45:00+02:00' },
  { start: B, end: B + ENTRY_B.length, published: '2025-03-19T08:30:00+02:00' },
];

describe('extractSections', () => {
  it('reads each dated entry against its own date', () => {
    const claims = extractSections(TEXT, '2025-03-18', SECTIONS);
    const nightOf = (v: number) => claims.find((c) => c.value === v)?.frame.period?.end.slice(0, 10);
    expect([nightOf(171), nightOf(145)]).toEqual(['2025-03-20', '2025-03-19']);
  });

  it('keeps offsets and ids on the whole text', () => {
    for (const c of extractSections(TEXT, '2025-03-18', SECTIONS)) {
      expect(TEXT.slice(c.start, c.end)).toBe(c.text);
      expect(c.id).toBe(`c${c.start}`);
    }
  });

  it('is extractClaims when there are no sections', () => {
    expect(extractSections(TEXT, '2025-03-19')).toEqual(extractClaims(TEXT, { published: '2025-03-19' }));
  });
});
