import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../utils/extract';
import { PageClaim } from '../../../utils/schema/claim';

// Article text is looked up in word tables: words that name Object.prototype
// members must be plain words, and every claim must still be a valid PageClaim.
const WORDS = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'prototype',
  'isPrototypeOf',
];

describe('extraction on words that name Object.prototype members', () => {
  it.each(WORDS)('gives valid claims around "%s"', (word) => {
    const text =
      `Officials said 145 ${word} drones were launched and ${word} 72 were shot down. ` +
      `The {{${word}}} group said 7 ${word}. ${word} said about 200 square kilometres were held on ${word} 3.`;
    const claims = extractClaims(text, { published: '2025-03-19' });
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(PageClaim.safeParse(c).success, JSON.stringify(c)).toBe(true);
  });
});
