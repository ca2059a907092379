import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArticle } from '../../../utils/article';
import { extractClaims } from '../../../utils/extract';
import { createMatcher } from '../../../utils/match';
import type { ClaimMatch, PageClaim } from '../../../utils/schema';
import { bundled } from './bundled';

const PAGE = join(process.cwd(), 'tests/fixtures/pages/demo/page.html');
let rows: [PageClaim, ClaimMatch][] = [];

beforeAll(async () => {
  const doc = new DOMParser().parseFromString(readFileSync(PAGE, 'utf8'), 'text/html');
  const article = readArticle(doc, 'https://meridianledger.example/demo');
  const claims = extractClaims(article.text, { published: article.meta.published });
  const matches = createMatcher(await bundled()).match(claims, article.meta);
  rows = claims.map((c, i) => [c, matches[i] as ClaimMatch]);
});

/** The match of the first claim whose text starts with `text`. */
function find(text: string): ClaimMatch {
  const row = rows.find(([c]) => c.text.startsWith(text));
  if (!row) throw new Error(`no claim "${text}" in ${rows.map(([c]) => c.text).join(' | ')}`);
  return row[1];
}

describe('the demo article (overnight 18–19 March 2025)', () => {
  it.each([
    ['145 attack and decoy drones', 'diverges', 'ua-president', 150],
    ['150 drones', 'diverges', 'ua-air-force', 145],
    ['1,700 square metres', 'diverges', 'ru-krasnodar-admin', 20],
    ['20 square metres', 'diverges', 'ru-mod', 1700],
    ['200 square kilometres', 'diverges', 'black-bird-group', 77],
    ['175 Russian servicemen', 'agrees', 'ua-president', 175],
    ['175 Ukrainian soldiers', 'agrees', 'ru-mod', 175],
    ['57 Ukrainian drones', 'single', 'ru-mod', 57],
  ])('%s %s (with %s: %d)', (text, status, other, value) => {
    const m = find(text);
    expect(m.status).toBe(status);
    expect(m.others.some((o) => o.claimant === other && o.value === value)).toBe(true);
  });

  it.each([['30 days'], ['dozens']])('leaves "%s" unmatched', (text) => {
    expect(find(text).status).toBe('unmatched');
  });

  it('reads "the night before" as the night of 17–18 March: 137 is the Air Force\'s own figure for it', () => {
    const m = find('137 drones');
    expect(m.status).toBe('single');
    expect(m.topic?.label).toMatch(/night of 17–18 Mar 2025/);
  });

  it.each([
    ['17 drones', 'a count with no verb of its own and no time of its own'],
    ['four S-300', "a kind of missile beside the night's missiles of all kinds"],
  ])('never says "diverges" of "%s" (%s)', (text) => {
    expect(find(text).status).not.toBe('diverges');
  });
});
