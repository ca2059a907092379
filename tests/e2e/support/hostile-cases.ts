import { expect } from 'vitest';
import { painted, waitDone, waitForPageFlag, waitForRanges, type HostileCase } from './page-checks';

/** The hostile and heavy pages every browser must get through without breaking them. */
export const HOSTILE_CASES: HostileCase[] = [
  {
    name: 'article text with HTML and script-looking strings shows them as text and runs nothing',
    path: '/sites/script-strings/page.html',
    article: 'article',
    async run(page) {
      const state = await waitDone(page);
      expect(state.claims).toBeGreaterThan(0);
      const texts = (await painted(page, 'article')).map((p) => p.text);
      expect(texts.length).toBeGreaterThan(0);
      expect(
        await page.evaluate(() => document.documentElement.getAttribute('data-fixture-xss'), undefined),
      ).toBeNull();
    },
  },
  {
    name: 'a page that re-renders its body keeps live highlights on the new nodes',
    path: '/sites/rerender/page.html',
    article: 'article',
    async run(page) {
      await waitDone(page);
      await waitForPageFlag(page, 'data-fixture-renders', '2');
      await waitForRanges(page, {});
      const p = await painted(page, 'article');
      expect(p.filter((x) => !x.insideArticle)).toEqual([]);
    },
  },
  {
    name: 'a 50,000-word page is annotated',
    path: '/sites/long/page.html',
    article: 'article',
    async run(page) {
      const state = await waitDone(page, 500, 60_000);
      expect(state.claims).toBeGreaterThan(500);
    },
  },
  {
    name: 'a live blog that appends entries gets the new figures too',
    path: '/sites/live/page.html',
    article: 'main',
    async run(page) {
      const first = await waitDone(page);
      await waitForPageFlag(page, 'data-fixture-live-done', 'true');
      const later = await waitDone(page, first.claims + 5);
      expect(later.claims).toBeGreaterThanOrEqual(first.claims + 5);
      const p = await painted(page, 'main');
      expect(p.some((x) => x.text.includes('171'))).toBe(true);
    },
  },
  {
    name: 'a page whose article changes faster than the settle delay is still read again, entries starting with a participle included',
    path: '/sites/ticker/page.html',
    article: 'main',
    async run(page) {
      await waitDone(page);
      await waitForPageFlag(page, 'data-fixture-ticker-added', 'true');
      // The new entry is read while the article still ticks every 100 ms (for 8 s from load).
      await waitForRanges(page, { text: '171' }, 6000);
      expect(await page.evaluate(() => document.documentElement.dataset.fixtureTickerDone, undefined)).toBe(
        undefined,
      );
      // An entry that begins 'saying 145 drones…' blanks neither itself nor the rest.
      const texts = (await painted(page, 'main')).map((x) => x.text);
      for (const figure of ['171', '52']) expect(texts.some((t) => t.includes(figure))).toBe(true);
    },
  },
  {
    name: 'a dark page is annotated inside its article only',
    path: '/sites/dark/page.html',
    article: 'article',
    async run(page) {
      const state = await waitDone(page);
      expect(state.claims).toBeGreaterThan(0);
      const p = await painted(page, 'article');
      expect(p.length).toBeGreaterThan(0);
      expect(p.filter((x) => !x.insideArticle)).toEqual([]);
    },
  },
];
