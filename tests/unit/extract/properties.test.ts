import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PageClaim } from '../../../utils/schema';
import { extractClaims, splitSentences } from '../../../utils/extract';

/** Pieces that make text look like news: figures, quotes, speakers, punctuation. */
const piece = fc.constantFrom(
  '145',
  '1,376',
  '0.65',
  'seven',
  'twenty-two',
  'a dozen',
  'hundreds of',
  'about',
  'more than',
  'up to',
  'drones',
  'square kilometers',
  '(77 square miles)',
  '%',
  '$2bn',
  '-',
  '–',
  'S-300',
  '"',
  '“',
  '”',
  "'",
  ',',
  '.',
  '. ',
  '\n\n',
  ' said',
  ' the ministry said',
  'according to',
  'He',
  'overnight',
  'on Tuesday',
  '18-19 March',
  ' ',
  "'",
  '‘',
  '’',
  '(',
  ')',
  '(35)',
  'its figures',
  'quoted',
  'as saying',
  'reported by',
  'the report',
  ':',
  '1.',
  'and one',
  'of those',
  'between',
  'and',
  'to',
  '2% to 3%',
  'Institute for the',
  'Governor Ana Lis,',
  'two sources told',
  'toll rose to',
  'saying',
  'citing officials',
  'adding',
  'seven hundred and',
  'twenty-two thousand',
  '$ 75 million',
  'US$5m',
  '$US55m',
  'USD10m',
  'RM23.50',
  '1,200€',
  '₾',
  "''",
  'LIS:',
  ', said one port source, 24, a student',
  'put the toll at',
  'who has',
  'the lender',
  'Six were downed',
  'Harbour Watch’s figure',
  'a survey found',
);
const newsy = fc.array(piece, { maxLength: 60 }).map((xs) => xs.join(' '));
const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  newsy,
);

function checkInvariants(text: string) {
  const claims = extractClaims(text, { published: '2026-02-03' });
  let prevStart = -1;
  for (const c of claims) {
    expect(PageClaim.safeParse(c).success).toBe(true);
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeGreaterThan(c.start);
    expect(c.end).toBeLessThanOrEqual(text.length);
    expect(c.start).toBeGreaterThan(prevStart);
    expect(c.text).toBe(text.slice(c.start, c.end));
    prevStart = c.start;
  }
  return claims;
}

describe('extractClaims on any text', () => {
  it('never throws; offsets stay in range, in order, and match the text', () => {
    fc.assert(
      fc.property(anyText, (text) => void checkInvariants(text)),
      // bounded by construction: at most 2,000 texts of at most 300 characters, and never past 40 s
      { numRuns: 2000, interruptAfterTimeLimit: 40_000 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(newsy, (text) => {
        expect(extractClaims(text, { published: '2026-02-03' })).toEqual(
          extractClaims(text, { published: '2026-02-03' }),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('gives sentences that are in order and inside the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let prev = 0;
        for (const s of splitSentences(text)) {
          expect(s.start).toBeGreaterThanOrEqual(prev);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          prev = s.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('extractClaims on text that opens oddly', () => {
  it.each([
    ['saying 145 drones were launched'],
    ['citing officials, 5 ferries were cancelled'],
    ['adding that 12 boats sank'],
    ['saying'],
    [', saying 4 ships'],
    ['\n\nclaiming 9 barges'],
  ])('does not throw on %j', (text) => {
    expect(() => checkInvariants(text)).not.toThrow();
  });
});

// Megabyte inputs take a second or two; a busy machine needs more than the default 5 s.
describe('extractClaims on pathological input', { timeout: 60_000 }, () => {
  it.each([
    ['100,000 digits', '9'.repeat(100_000)],
    ['100,000 digit groups', '1 '.repeat(100_000)],
    ['deeply nested quotes', '“'.repeat(50_000) + 'He said 5 drones' + '”'.repeat(50_000)],
    ['alternating straight quotes', '"5 drones," he said. '.repeat(20_000)],
    ['one sentence of a million characters', 'and 7 drones '.repeat(80_000)],
    [
      'a 1 MB page of figures and speakers',
      'The ministry said 145 drones were launched, 72 of them overnight. '.repeat(16_000),
    ],
    ['hyphen chains', '1-'.repeat(100_000)],
    ['punctuation only', '.,;:!?()[]{}'.repeat(50_000)],
    ['336 KB of number words', 'seven hundred and twenty-two thousand '.repeat(9_000)],
    ['number words with no sentence end', 'one hundred and '.repeat(25_000)],
  ])('finishes on %s with valid claims at valid offsets', (_name, text) => {
    const claims = extractClaims(text, { published: '2026-02-03' });
    // One assertion over all claims: an expect per claim is too slow for tens of thousands.
    const bad = claims.filter(
      (c, i) =>
        !(
          c.start >= 0 &&
          c.end > c.start &&
          c.end <= text.length &&
          c.start > (claims[i - 1]?.start ?? -1) &&
          c.text === text.slice(c.start, c.end) &&
          PageClaim.safeParse(c).success
        ),
    );
    expect(bad.slice(0, 3)).toEqual([]);
  });
});
