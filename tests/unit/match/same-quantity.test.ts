import { beforeAll, describe, expect, it } from 'vitest';
import { extractClaims } from '../../../utils/extract';
import { createMatcher } from '../../../utils/match';
import type { Matcher } from '../../../utils/match';
import type { ClaimMatch, PageClaim } from '../../../utils/schema';
import { bundled } from './bundled';

// Articles written for these tests (no real article's text): each names two sources and
// their figures, or figures that look alike but are not the same quantity.

let matcher: Matcher;
beforeAll(async () => {
  matcher = createMatcher(await bundled());
});

/** Extracts and matches an article, returning each claim with its match. */
function run(text: string, published: string): [PageClaim, ClaimMatch][] {
  const claims = extractClaims(text, { published });
  const meta = { url: 'https://example.org/news', published, outlet: 'Example News', headline: null };
  const matches = matcher.match(claims, meta);
  return claims.map((c, i) => [c, matches[i] as ClaimMatch]);
}

/** The match of the claim whose text starts with `text` (the `nth` such claim). */
function find(rows: [PageClaim, ClaimMatch][], text: string, nth = 0): ClaimMatch {
  const row = rows.filter(([c]) => c.text.startsWith(text))[nth];
  if (!row) throw new Error(`no claim "${text}" in ${rows.map(([c]) => c.text).join(' | ')}`);
  return row[1];
}

/** The values a match lists among its others. */
const valuesOf = (list: ClaimMatch['others']) =>
  list.flatMap((o) => [o.value, o.low, o.high]).filter((v) => v !== null);

describe('within the page, on any topic: two named sources, one quantity', () => {
  it.each([
    [
      'a quake toll',
      'An earthquake struck the mountain province of Varna on Sunday. The interior ministry said 1,100 people were killed. The Red Crescent said the quake had killed 2,400 people.',
      '2031-05-12',
      '1,100 people',
      '2,400 people',
    ],
    [
      'a march',
      'Thousands marched through the capital of Ostland on Saturday. Organisers said 120,000 people joined the march, while police estimated the crowd at 40,000.',
      '2031-06-08',
      '120,000 people',
      '40,000',
    ],
    [
      'running totals a few weeks apart (a later total below an earlier one)',
      'The statistics office said it had recorded 52,300 deaths from the fever through January. The health ministry, whose tally is updated daily, had recorded 21,900 deaths as of Friday.',
      '2031-03-07',
      '52,300 deaths',
      '21,900 deaths',
    ],
    [
      'forecasts for one fiscal year',
      'The Monetary Union has projected 4 per cent growth for Eastland in the current fiscal year. In May, the Regional Development Bank predicted economic growth of 5.5 per cent for the fiscal year 2031-32.',
      '2031-10-02',
      '4 per cent',
      '5.5 per cent',
    ],
    [
      'fighters killed, one figure set against the other',
      'A spokesman for the Western Front said the group had lost about 900 fighters in the valley, roughly half of the 1,800 casualties reported by the army.',
      '2031-02-20',
      '900 fighters',
      '1,800 casualties',
    ],
  ])('%s: the two figures diverge', (_, text, published, a, b) => {
    const rows = run(text, published);
    const x = find(rows, a);
    const y = find(rows, b);
    expect(x.status).toBe('diverges');
    expect(valuesOf(x.others)).toContain(rows.find(([c]) => c.text.startsWith(b))?.[0].value);
    expect(y.status).toBe('diverges');
    expect(x.others.every((o) => o.origin === 'page')).toBe(true);
  });

  it('names an on-page source as the page writes it', () => {
    const rows = run(
      'The interior ministry said 1,100 people were killed. The Red Crescent said the quake had killed 2,400 people.',
      '2031-05-12',
    );
    expect(find(rows, '1,100').others).toEqual([
      expect.objectContaining({
        name: 'Red Crescent',
        claimant: null,
        side: null,
        value: 2400,
        origin: 'page',
      }),
    ]);
  });
});

describe('figures that look alike but are not the same quantity never diverge', () => {
  it.each([
    [
      "counts at two streets beside the organisers' total",
      'Organisers said 120,000 people joined the march on Saturday. A research institute said about 30,000 people passed the bridge on Harbour Street and about 55,000 people passed the gate on Mill Street.',
      '2031-06-08',
      ['30,000 people', '55,000 people'],
    ],
    [
      'a subtotal in one region beside its total',
      'More than 900 people died when the storm crossed the coast in 2029. More than 700 of those deaths were in Westmark.',
      '2031-06-08',
      ['700'],
    ],
    [
      'tolls of two different years',
      'The flood of 1911 killed more than 3,000 people. More than 400 people died when the river burst its banks in 2029.',
      '2031-06-08',
      ['3,000 people', '400 people'],
    ],
    [
      'a month beside a running total',
      'The statistics office said it had recorded 52,300 deaths through January. Its figure included 6,100 deaths in January.',
      '2031-03-07',
      ['6,100 deaths'],
    ],
    [
      'a growth target beside forecasts',
      'The Monetary Union projected 4 per cent growth for the current fiscal year. The government has set a growth target of 6 per cent for the current fiscal year.',
      '2031-10-02',
      ['6 per cent', '4 per cent'],
    ],
    [
      "one source's forecasts for two different years",
      'The Monetary Union projected 4 per cent growth in the current fiscal year and 4 per cent in 2033.',
      '2031-10-02',
      ['4 per cent'],
    ],
    [
      'new cases in one city beside the national figure and the total',
      'The ministry reported 8,200 new cases on Friday, including 1,300 in Portvale, taking the total to 2,100,400 since the outbreak began.',
      '2031-03-07',
      ['8,200', '1,300', '2,100,400'],
    ],
    [
      'all people killed beside fighters killed',
      'The health ministry said 14,000 people had been killed in the valley. The army said it had killed 5,000 fighters in the valley.',
      '2031-02-20',
      ['14,000 people', '5,000 fighters'],
    ],
    [
      'two descriptions that may be one source ("researchers", "the study")',
      'The study put the toll at 40. Researchers said the toll probably exceeded 1,000.',
      '2031-02-20',
      ['40', '1,000'],
    ],
    [
      'one source revising its own figure',
      'The health ministry said 50 people had died in the floods. It later said 64 people had died.',
      '2031-02-20',
      ['50 people', '64 people'],
    ],
  ])('%s', (_, text, published, figures) => {
    const rows = run(text, published);
    for (const f of figures) expect(find(rows, f).status, f).not.toBe('diverges');
  });

  it("lists a region's figure beside the national one as related, not compared", () => {
    const rows = run(
      'Organisers said 120,000 people joined the march on Saturday. A research institute said about 30,000 people passed the bridge on Harbour Street.',
      '2031-06-08',
    );
    const total = find(rows, '120,000');
    expect(total.status).toBe('related');
    expect(total.others).toEqual([]);
    expect(valuesOf(total.related)).toEqual([30000]);
  });
});
