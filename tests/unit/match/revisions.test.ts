import { beforeAll, describe, expect, it } from 'vitest';
import { extractClaims } from '../../../utils/extract';
import { createMatcher } from '../../../utils/match';
import type { Matcher } from '../../../utils/match';
import { findMatch, runArticle } from './articles';
import { bundled } from './bundled';

// Issue 9: "a preliminary figure later revised by the same source is not a divergence between
// sides". Sentences written for this test: a toll, a count of missing people, a count of homes,
// a turnout, each first given and then revised ("from X to Y", "raised … to", "revised up to",
// "up from a preliminary", "revising its earlier estimate").

const PUBLISHED = '2025-03-19';
let matcher: Matcher;
beforeAll(async () => {
  matcher = createMatcher(await bundled());
});

/** Extracts and matches an article of 19 March 2025. */
const run = (text: string) => runArticle(matcher, text, PUBLISHED);
const find = findMatch;

describe('a figure revised by its own source never diverges from its revision', () => {
  it.each([
    [
      'a toll raised the next day',
      'The health ministry said 120 people were killed in the earthquake on Monday. On Tuesday, the ministry raised the death toll to 185.',
      ['120', '185'],
    ],
    ['"from X to Y"', 'Officials revised the number of dead from 40 to 65 on Wednesday.', ['40', '65']],
    [
      '"revised that up to"',
      'The coast guard reported 12 people missing after the ferry sank on Sunday, then revised that up to 19.',
      ['12', '19'],
    ],
    [
      '"up from a preliminary"',
      'Regional authorities said on Friday that 230 homes were destroyed by the flood, up from a preliminary 150.',
      ['230', '150'],
    ],
    [
      '"revising its earlier estimate"',
      'The electoral commission said turnout was 48% on Sunday, revising its earlier estimate of 52%.',
      ['48%', '52%'],
    ],
  ])('%s', (_, text, figures) => {
    const rows = run(text);
    for (const figure of figures) expect(find(rows, figure).status).not.toBe('diverges');
  });
});

describe('a revision beside another side', () => {
  it("lists the other side's figure as related when the reviser's own figures cannot both hold", () => {
    const rows = run(
      'The electoral commission said turnout was 48% on Sunday, revising its earlier estimate of 52%. The opposition said turnout was 31%.',
    );
    for (const figure of ['48%', '52%', '31%']) expect(find(rows, figure).status).toBe('related');
    expect(find(rows, '31%').related.map((o) => o.value)).toEqual(expect.arrayContaining([48, 52]));
  });

  // "raised it to 310" names no speaker of its own: the frame's revision link makes it the
  // ministry's, so the ministry's 250 is never set against "This article: 310".
  it.each([
    'The Red Crescent said 300 people died in the quake on Monday. The interior ministry first put the toll at 250 on Monday and later raised it to 310.',
    'Aid groups said 90 people died in the landslide. The provincial government first counted 60 dead and then increased the count to 75.',
    'Volunteers counted 4,000 marchers. The police first put the crowd at 2,500, a figure later revised to 3,100.',
  ])("does not set a source's preliminary figure against its own revision: %s", (text) => {
    const rows = run(text);
    for (const [claim, match] of rows) expect(match.status, claim.text).not.toBe('diverges');
  });
});

describe('the frame links the versions of a count', () => {
  /** The claims' texts with the text of the version each is linked to. */
  const links = (text: string) => {
    const claims = extractClaims(text, { published: PUBLISHED });
    const byId = new Map(claims.map((c) => [c.id, c.text]));
    return claims.map((c) => [c.text, c.frame.revisionOf ? byId.get(c.frame.revisionOf) : null]);
  };

  it.each([
    ['The agency put the toll at 250, then raised it to 310.', '310', '250'],
    ['Officials revised the number of dead from 40 to 65 on Wednesday.', '65', '40'],
    ['The board said 230 homes were lost, up from a preliminary 150.', '150', '230 homes'],
    ['Turnout was 48%, the commission said, revising its earlier estimate of 52%.', '52%', '48%'],
    ['The office lowered its growth forecast to 1.2% from 1.8%.', '1.2%', null],
  ])('%s → %s is a version of %s', (text, figure, other) => {
    const row = links(text).find(([t]) => t === figure);
    expect(row, figure).toBeDefined();
    expect(row?.[1] ?? null).toBe(other);
  });

  it.each([
    'The army sent 40 trucks to the border and 12 to the port.',
    'Prices rose to 5% in May from 4% in April.',
    'The plant raised output by 30% to 2,000 cars a week.',
  ])('no revision where none is said: %s', (text) => {
    for (const [, other] of links(text)) expect(other).toBeNull();
  });
});
