/**
 * The dataset's source families through extraction and matching, on sentences written for the
 * project: each family's figures meet their own records, and figures that are not the same
 * quantity (another day, another measure, another count's start) never meet them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extractClaims } from '../../../utils/extract';
import { createMatcher } from '../../../utils/match';
import type { Matcher } from '../../../utils/match';
import type { ClaimMatch, MatchStatus } from '../../../utils/schema';
import { bundled } from './bundled';

let matcher: Matcher;
beforeAll(async () => {
  matcher = createMatcher(await bundled());
});

/** The match of the figure `figure` in a one-sentence article published on `published`. */
function matchOf(published: string, sentence: string, figure: string): ClaimMatch {
  const claims = extractClaims(sentence, { published });
  const at = claims.findIndex((c) => c.text.startsWith(figure));
  expect(at, `"${figure}" in: ${sentence}`).toBeGreaterThanOrEqual(0);
  const m = matcher.match(claims, { url: null, published, outlet: null, headline: null })[at];
  return m as ClaimMatch;
}

/** "claimant:qualifier value" of each figure shown beside a match. */
const shown = (m: ClaimMatch) => m.others.map((o) => `${o.claimant}:${o.qualifier}${o.value}`);

describe('source families: a figure meets its own record, and what it should be compared with', () => {
  it.each<[string, string, string, string, MatchStatus, string | null, string[]]>([
    [
      'a Gaza Ministry of Health toll quoted for its date',
      '2024-08-12',
      "Gaza's health ministry said on Monday that 39,897 Palestinians had been killed in Gaza since the war began.",
      '39,897',
      'single',
      'casualties.killed.total@asof:2024-08-12#gaza',
      ['gaza-moh:=39897'],
    ],
    [
      "the ministry's one-day figure",
      '2024-08-13',
      "Gaza's health ministry said 32 people had been killed in Gaza in the past 24 hours.",
      '32',
      'single',
      'casualties.killed.daily@2024-08-12T00:00/2024-08-13T00:00#gaza',
      ['gaza-moh:=32'],
    ],
    [
      // a count above a documented lower bound agrees with it
      'a General Staff tank count above Oryx’s documented lower bound',
      '2025-05-14',
      "Ukraine's General Staff said Russia had lost 10,804 tanks since the start of the full-scale invasion.",
      '10,804',
      'agrees',
      'losses.tanks.total@asof:2025-05-14/russia',
      ['oryx:>=3982', 'ua-general-staff:=10804'],
    ],
    [
      'a General Staff tank count below it',
      '2025-05-14',
      "Ukraine's General Staff said Russia had lost 3,500 tanks since the start of the full-scale invasion.",
      '3,500',
      'diverges',
      'losses.tanks.total@asof:2025-05-14/russia',
      ['oryx:>=3982', 'ua-general-staff:=10804'],
    ],
    [
      "Oryx's own count, beside the General Staff's larger claim",
      '2025-05-14',
      // a bound on the page beside a larger count tells little ("up to 200" beside 77): related only
      'Oryx said at least 3,982 Russian tanks had been lost since February 2022.',
      '3,982',
      'single',
      'losses.tanks.total@asof:2025-05-14/russia',
      ['oryx:>=3982'],
    ],
    [
      'the General Staff’s personnel losses, with its own record only',
      '2025-05-14',
      "Ukraine's General Staff said Russia had lost 969,370 soldiers since the start of the full-scale invasion.",
      '969,370',
      'single',
      'losses.personnel.total@asof:2025-05-14/russia',
      ['ua-general-staff:~969370'],
    ],
    [
      'a West Bank toll from UN OCHA against the Palestinian Ministry of Health',
      '2023-10-20',
      'OCHA said 88 Palestinians had been killed in the occupied West Bank since 7 October.',
      '88',
      'diverges',
      'casualties.killed.total@asof:2023-10-20#west bank',
      ['ps-moh:=84', 'un-ocha:=88'],
    ],
    [
      "Lebanon's count since October 2023",
      '2024-11-01',
      "Lebanon's health ministry said 2,897 people had been killed in Lebanon since October 2023.",
      '2,897',
      'single',
      'casualties.killed.total@asof:2024-11-01#lebanon',
      ['lb-moph:=2897'],
    ],
    [
      "Lebanon's count started afresh on 2 March 2026",
      '2026-04-02',
      "Lebanon's health ministry said 1,345 people had been killed in Lebanon since March 2.",
      '1,345',
      'single',
      'casualties.killed-from-2026-03-02.total@asof:2026-04-02#lebanon',
      ['lb-moph:=1345'],
    ],
  ])('%s', (_what, published, sentence, figure, status, topic, others) => {
    const m = matchOf(published, sentence, figure);
    expect(m.status).toBe(status);
    expect(m.topic?.id ?? null).toBe(topic);
    expect(shown(m)).toEqual(others);
  });

  it("shows the General Staff's larger count beside Oryx's own lower bound as related", () => {
    const m = matchOf(
      '2025-05-14',
      'Oryx said at least 3,982 Russian tanks had been lost since February 2022.',
      '3,982',
    );
    expect(m.related.map((o) => `${o.claimant}:${o.qualifier}${o.value}`)).toEqual([
      'ua-general-staff:=10804',
    ]);
  });

  it("never sets one party's soldiers against the toll the other side's authority keeps", () => {
    const m = matchOf(
      '2024-08-12',
      'The army said 330 Israeli soldiers had been killed in Gaza since the war began.',
      '330',
    );
    expect([...m.others, ...m.related].some((o) => o.claimant === 'gaza-moh')).toBe(false);
  });

  it.each([
    [
      'the same Gaza toll quoted a week later',
      '2024-08-20',
      "Gaza's health ministry said on Monday that 39,897 Palestinians had been killed in Gaza since the war began.",
      '39,897',
    ],
    [
      'a toll counted from another day than the series',
      '2024-08-12',
      "Gaza's health ministry said 3,000 Palestinians had been killed in Gaza since June 2024.",
      '3,000',
    ],
    [
      "one party's soldiers set against the other side's toll for the place",
      '2024-08-12',
      'The army said 330 Israeli soldiers had been killed in Gaza since the war began.',
      '330',
    ],
  ])('never says %s agrees with, or is, its record', (_what, published, sentence, figure) => {
    const m = matchOf(published, sentence, figure);
    expect(['agrees', 'diverges']).not.toContain(m.status);
    expect(m.others.some((o) => o.value === Number(figure.replace(/,/g, '')))).toBe(false);
  });

  it.each([
    [
      'confirmed deaths',
      'An independent count has confirmed the deaths of 106,000 Russian soldiers since the start of the full-scale invasion.',
      '106,000',
    ],
    [
      'soldiers killed',
      'Ukraine says 200,000 Russian soldiers have been killed since the start of the war.',
      '200,000',
    ],
    [
      'equipment',
      "Ukraine's General Staff said Russia had lost 10,804 tanks since the start of the full-scale invasion.",
      '10,804',
    ],
  ])('never compares General Staff personnel losses with %s', (_what, sentence, figure) => {
    const m = matchOf('2025-05-14', sentence, figure);
    expect(m.topic?.id.startsWith('losses.personnel.') ?? false).toBe(false);
    expect(m.others.some((o) => o.claimant === 'ua-general-staff' && o.value === 969370)).toBe(false);
  });
});
