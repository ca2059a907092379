import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldenOf, goldenSlugs, pagesDir, type Golden } from '../../../scripts/update-golden';

const slugs = goldenSlugs().filter((slug) => {
  try {
    readFileSync(join(pagesDir, slug, 'expected.json'));
    return true;
  } catch {
    return false;
  }
});

describe('golden pages: read the article, extract and match its claims', () => {
  it('has expected output for the fixture pages', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(5);
  });

  it.each(slugs)(
    '%s',
    async (slug) => {
      const expected = JSON.parse(readFileSync(join(pagesDir, slug, 'expected.json'), 'utf8')) as Golden;
      const got = await goldenOf(slug);
      expect(got.meta).toEqual(expected.meta);
      expect(got.claims).toEqual(expected.claims);
    },
    20_000,
  );
});
