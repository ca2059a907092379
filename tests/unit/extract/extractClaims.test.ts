import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../utils/extract';

const one = (text: string) => {
  const claims = extractClaims(text, { published: '2026-04-15' });
  expect(claims).toHaveLength(1);
  return claims[0]!;
};

describe('extractClaims: figures and what they count', () => {
  it.each([
    ['The navy said it sank 12 patrol boats near the coast.', 12, 'boats'],
    ['Rescuers pulled 1,450 residents from the flooded district.', 1450, 'residents'],
    ['The convoy carried seven heavy trucks.', 7, 'trucks'],
    ['Inspectors counted twenty-two damaged bridges.', 22, 'bridges'],
  ])('%s', (text, value, concept) => {
    const c = one(text);
    expect(c.value).toBe(value);
    expect(c.concept).toBe(concept);
  });
});

describe('extractClaims: speakers', () => {
  it.each([
    ['The regional governor said 40 houses were damaged.', 'regional governor'],
    ['Fourteen ferries were cancelled, the port authority said.', 'port authority'],
    ['According to the Coast Guard, 9 sailors were rescued.', 'Coast Guard'],
  ])('%s', (text, speaker) => {
    expect(one(text).speaker).toContain(speaker);
  });

  it('gives figures in the outlet’s own voice no speaker', () => {
    expect(one('The storm flattened 300 greenhouses overnight.').speaker).toBeNull();
  });
});
