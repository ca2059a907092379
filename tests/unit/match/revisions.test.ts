import { beforeAll, describe, expect, it } from 'vitest';
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

  // Not yet so: extraction gives "raised it to 310" no speaker (the outlet's voice), so the
  // ministry's preliminary 250 is set against "This article: 310" as if another side gave it.
  // Needs the subject of a coordinated revision verb as its speaker, or a revision link in the
  // frame (see the match report for issue 9).
  it.fails("does not set a source's preliminary figure against its own revision", () => {
    const rows = run(
      'The Red Crescent said 300 people died in the quake on Monday. The interior ministry first put the toll at 250 on Monday and later raised it to 310.',
    );
    expect(find(rows, '250').status).not.toBe('diverges');
  });
});
