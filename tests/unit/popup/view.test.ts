import { describe, expect, it } from 'vitest';
import {
  divergenceLabel,
  othersToShow,
  popupState,
  readableHost,
  splitOther,
  type PopupTab,
} from '../../../components/popup/view';
import type { PageSummaryReply } from '../../../utils/schema';

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

describe('splitOther', () => {
  it.each([
    ["Ukraine's Air Force: 145", { who: "Ukraine's Air Force", figure: '145' }],
    ['Ministry: of Defence: 40–50', { who: 'Ministry: of Defence', figure: '40–50' }],
    ['145', { who: '', figure: '145' }],
  ])('%s', (other, want) => {
    expect(splitOther(other)).toEqual(want);
  });
});

describe('othersToShow', () => {
  it.each([
    [
      'drops the speaker’s own record of the same figure',
      { text: '145 drones', speaker: 'Air Force', others: ['Zelensky: 150', 'Air Force: 145'] },
      [{ who: 'Zelensky', figure: '150' }],
    ],
    [
      'keeps the speaker’s own record of a different figure',
      { text: '150 drones', speaker: 'Air Force', others: ['Air Force: 145'] },
      [{ who: 'Air Force', figure: '145' }],
    ],
    [
      'writes bare numbers with separators and leaves ranges alone',
      { text: '1,700 square metres', speaker: null, others: ['Ministry: 1700', 'Krai: 20–30'] },
      [
        { who: 'Ministry', figure: '1,700' },
        { who: 'Krai', figure: '20–30' },
      ],
    ],
  ])('%s', (_name, d, want) => {
    expect(othersToShow(d)).toEqual(want);
  });
});

describe('divergenceLabel', () => {
  it.each([
    [
      { text: '150 drones', speaker: 'Zelensky', others: ['Air Force: 145', 'Zelensky: 150'] },
      '150 drones, said by Zelensky. Other figures: 145 (Air Force). Show it on the page.',
    ],
    [
      { text: '150 drones', speaker: null, others: [] },
      '150 drones, said by an unnamed source. Show it on the page.',
    ],
  ])('%j', (d, want) => {
    expect(divergenceLabel(d)).toBe(want);
  });
});
