import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractClaims } from '../../../utils/extract';
import { createMatcher } from '../../../utils/match';
import type { Matcher } from '../../../utils/match';
import type { ClaimMatch, PageClaim } from '../../../utils/schema';
import { bundled } from './bundled';

// Project-written sentences in the shape of a wire report of 19 March 2025.
const ARTICLE = [
  'Moscow and Kyiv traded drone strikes overnight, a day after envoys discussed a 30-day truce.',
  'Ukrainian President Volodymyr Zelenskyy said on Wednesday that Russia attacked Ukraine with 150 drones overnight.',
  "Overnight, Russia attacked Ukraine with 145 drones and 2 ballistic missiles, Ukraine's Air Force said on Wednesday morning.",
  "Russia's defense ministry said on Wednesday its air defences had destroyed 57 drones launched by Ukraine overnight.",
  'The two sides exchanged 175 servicemen each on Wednesday, the Russian Defence Ministry said.',
  'A commander said on Wednesday that the line near the border had held for six months.',
].join('\n\n');
const META = {
  url: 'https://example.org/news/1',
  published: '2025-03-19',
  outlet: 'Example',
  headline: null,
};

let matcher: Matcher;
beforeAll(async () => {
  matcher = createMatcher(await bundled());
});

/** Extracts and matches an article, returning each claim with its match. */
function run(text: string, published: string): [PageClaim, ClaimMatch][] {
  const claims = extractClaims(text, { published });
  const matches = matcher.match(claims, { ...META, published });
  return claims.map((c, i) => [c, matches[i] as ClaimMatch]);
}

/** The match of the claim whose text starts with `text`. */
function find(rows: [PageClaim, ClaimMatch][], text: string): ClaimMatch {
  const row = rows.find(([c]) => c.text.startsWith(text));
  if (!row) throw new Error(`no claim "${text}" in ${rows.map(([c]) => c.text).join(' | ')}`);
  return row[1];
}

describe('acceptance on a project-written report of 19 March 2025', () => {
  it.each([
    ['150 drones', 'diverges', 'ua-president', 'ua-air-force', 145],
    ['145 drones', 'diverges', 'ua-air-force', 'ua-president', 150],
    ['175 servicemen', 'agrees', 'ru-mod', 'ua-president', 175],
    ['57 drones', 'single', 'ru-mod', 'ru-mod', 57],
    ['2 ballistic missiles', 'single', 'ua-air-force', 'ua-air-force', 2],
  ])('%s is %s (speaker %s; %s gives %d)', (text, status, claimant, other, value) => {
    const m = find(run(ARTICLE, '2025-03-19'), text);
    expect(m.status).toBe(status);
    expect(m.claimant?.id).toBe(claimant);
    expect(m.others.some((o) => o.claimant === other && o.value === value && o.origin === 'dataset')).toBe(
      true,
    );
  });

  it.each([['30-day'], ['six months']])('the duration "%s" is unmatched', (text) => {
    const m = find(run(ARTICLE, '2025-03-19'), text);
    expect(m).toMatchObject({ status: 'unmatched', topic: null, others: [] });
  });

  it('gives both drone counts the same topic', () => {
    const rows = run(ARTICLE, '2025-03-19');
    expect(find(rows, '150 drones').topic?.id).toBe(find(rows, '145 drones').topic?.id);
  });

  it('cites the public source of every dataset figure it shows', () => {
    const others = run(ARTICLE, '2025-03-19').flatMap(([, m]) =>
      m.others.filter((o) => o.origin === 'dataset'),
    );
    expect(others.length).toBeGreaterThan(0);
    for (const o of others) expect(o.source?.url).toMatch(/^https:\/\//);
  });
});

// The CNN article of 19 March 2025 in ../shared/eval (read for measuring only, never copied).
const CNN = join(process.cwd(), '../shared/eval/dev/00-cnn-attacks-after-trump-putin-call.txt');
const cnnCases: [string, string, string | null][] = [
  ['150 drones', 'diverges', 'ua-air-force'],
  ['145 drones', 'diverges', 'ua-president'],
  ['175 servicemen', 'agrees', 'ua-president'],
  ['57 drones', 'single', 'ru-mod'],
  ['30-day', 'unmatched', null],
  ['six months', 'unmatched', null],
];

// Skipped (not empty) on a clone without ../shared: an empty suite fails as "No test found".
describe.skipIf(!existsSync(CNN))('acceptance on the CNN article in ../shared/eval (when present)', () => {
  it.each(cnnCases)('%s is %s', (text, status, other) => {
    const m = find(run(readFileSync(CNN, 'utf8'), '2025-03-19'), text);
    expect(m.status).toBe(status);
    if (other) expect(m.others.some((o) => o.claimant === other)).toBe(true);
  });
});
