import { describe, expect, it } from 'vitest';
import {
  divergenceRows,
  othersToShow,
  popupState,
  readableHost,
  type PopupTab,
} from '../../../components/popup/view';
import type { DivergenceSummary, PageSummaryReply } from '../../../utils/schema';
import { makeClaim, makeMatch, makeOther } from '../support/records';

const TAB: PopupTab = { id: 1, windowId: 2, url: 'https://example.org/a', host: 'example.org' };
const summary = (claims: number, enabled = true): PageSummaryReply => ({
  ok: true,
  host: 'example.org',
  enabled,
  claims,
  counts: { diverges: 0, agrees: 0, single: 0, related: 0, unmatched: claims },
  divergences: [],
});

describe('popupState', () => {
  it.each<[string, PopupTab | null | undefined, boolean | null, PageSummaryReply | null, string]>([
    ['still looking for the tab', undefined, null, null, 'loading'],
    ['no tab', null, null, null, 'no-page'],
    ['a browser page', { ...TAB, url: 'chrome://newtab', host: null }, null, null, 'no-page'],
    ['settings not read yet', TAB, null, null, 'loading'],
    ['Tally off for the site', TAB, false, null, 'off'],
    ['on, waiting for the page', TAB, true, null, 'loading'],
    ['on, but no content script answered', TAB, true, { ok: false, error: 'no receiver' }, 'not-read'],
    ['on, but the content script is off', TAB, true, summary(3, false), 'not-read'],
    ['read, no figures', TAB, true, summary(0), 'empty'],
    ['read, with figures', TAB, true, summary(4), 'summary'],
  ])('%s → %s', (_name, tab, enabled, reply, kind) => {
    expect(popupState(tab, enabled, reply).kind).toBe(kind);
  });
});

describe('readableHost', () => {
  it.each([
    ['https://www.BBC.co.uk/news', 'www.bbc.co.uk'],
    ['http://127.0.0.1:8080/x', '127.0.0.1'],
    ['chrome://extensions', null],
    ['file:///tmp/a.html', null],
    [undefined, null],
  ])('%s → %s', (url, host) => {
    expect(readableHost(url)).toBe(host);
  });
});

const AIR_FORCE = { id: 'ua-air-force', name: "Ukraine's Air Force", side: 'ukraine' as const };

/** A diverging figure on the page: the Air Force's 145 drones unless overridden. */
function divergence(
  claim: Parameters<typeof makeClaim>[0] = {},
  match: Parameters<typeof makeMatch>[0] = {},
): DivergenceSummary {
  const c = makeClaim(claim);
  return { claim: c, match: makeMatch({ claimId: c.id, claimant: AIR_FORCE, ...match }) };
}

describe('othersToShow', () => {
  it.each([
    [
      'drops the speaker’s own record of the same number, whatever its qualifier',
      divergence(
        {},
        { others: [makeOther({ claimant: 'ua-air-force', name: 'Air Force', value: 145, qualifier: '~' })] },
      ),
      [],
    ],
    [
      'keeps the speaker’s own record of a different figure',
      divergence({}, { others: [makeOther({ claimant: 'ua-air-force', name: 'Air Force', value: 150 })] }),
      [{ who: 'Air Force', side: 'russia', figure: '150' }],
    ],
    [
      'writes figures as the popover does: separators, qualifiers and ranges',
      divergence(
        { text: '1,700 square metres', value: 1700 },
        {
          others: [
            makeOther({ name: 'Ministry', value: 1700, qualifier: '~' }),
            makeOther({ name: 'Krai', value: null, low: 20, high: 30 }),
            makeOther({ name: 'Krai', value: null, low: 20, high: 30 }),
          ],
        },
      ),
      [
        { who: 'Ministry', side: 'russia', figure: 'about 1,700' },
        { who: 'Krai', side: 'russia', figure: '20–30' },
      ],
    ],
  ])('%s', (_name, d, want) => {
    expect(othersToShow(d)).toEqual(want);
  });
});

describe('divergenceRows', () => {
  it('lists a figure the page repeats once, with every place it appears', () => {
    const rows = divergenceRows([
      divergence({ id: 'c1', text: '145 drones' }),
      divergence({ id: 'c2', text: '57 drones', value: 57 }, { claimant: null, others: [makeOther()] }),
      divergence({ id: 'c3', text: '145 attack drones' }),
    ]);
    expect(rows.map((r) => [r.claimIds, r.text])).toEqual([
      [['c1', 'c3'], '145 drones'],
      [['c2'], '57 drones'],
    ]);
  });

  it('lists a figure restated in another unit once', () => {
    const rows = divergenceRows([
      divergence({ id: 'c1', text: '200 square kilometres', value: 200, unit: 'km2' }),
      divergence({ id: 'c2', text: '77 square miles', value: 77, unit: 'mi2', sameAs: 'c1' }),
    ]);
    expect(rows.map((r) => r.claimIds)).toEqual([['c1', 'c2']]);
  });

  it('keeps the same number from two speakers apart', () => {
    const rows = divergenceRows([
      divergence({ id: 'c1' }),
      divergence({ id: 'c2', speaker: 'Zelensky' }, { claimant: null }),
    ]);
    expect(rows.map((r) => r.speaker)).toEqual(["Ukraine's Air Force", 'Zelensky']);
  });
});
