import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clickFigure } from './support/click-figure';
import { useChromium } from './support/use-browser';
import { memoryLinks } from './memory-support';

/**
 * The reading memory when things go wrong, in Chromium: the worker stopped and started again,
 * two tabs read at once, the memory at its size limit. What it already remembered is never
 * lost, doubled or damaged, and it goes on cross-referencing.
 */
const tally = useChromium();
const KYIV = '/sites/memory/kyiv.html';
const MOSCOW = '/sites/memory/moscow.html';
/** The fewest figures the reader may set as the memory's size limit (CAP_RANGE.min). */
const CAP = 1_000;
/** Figures on each generated long page (one dated night each). */
const PER_PAGE = 350;

interface Stats {
  figures: number;
  dropped: { reason: string; count: number } | null;
}

let panel: Page;
/** Sends `msg` from an extension page (the side panel). */
function fromPanel<T = { ok: boolean; [k: string]: unknown }>(msg: unknown): Promise<T> {
  return panel.evaluate((m) => chrome.runtime.sendMessage(m), msg) as Promise<T>;
}

/** How the memory stands. */
async function stats(): Promise<Stats> {
  const reply = await fromPanel<{ ok: boolean; stats: Stats; error?: string }>({ type: 'memory-stats' });
  if (!reply.ok) throw new Error(reply.error);
  return reply.stats;
}

/** Waits until the memory's stats pass `test` (by default: it holds `n` figures). */
async function waitFigures(n: number, test = (s: Stats) => s.figures === n): Promise<Stats> {
  let last: Stats | null = null;
  for (let i = 0; i < 200; i++) {
    last = await stats();
    if (test(last)) return last;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`the memory holds ${last?.figures} figures (${JSON.stringify(last?.dropped)}), not ${n}`);
}

/** Stops the extension's service worker, as the browser does when it is idle (CDP). */
async function stopWorker(): Promise<void> {
  const cdp = await tally.browser.context.newCDPSession(panel);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** A long page of the project's own sentences: a figure for each of `PER_PAGE` nights of `year` (dated by its last day). */
function longPage(year: number): string {
  const nights = Array.from({ length: PER_PAGE }, (_, i) => {
    const day = new Date(Date.UTC(year, 0, 1 + i));
    const date = day.toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    return `<p>On the night of ${date}, Russia launched ${100 + (i % 50)} drones at Ukraine, Ukraine's Air Force said.</p>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Nights of ${year}</title>
    <meta property="og:site_name" content="Long Archive ${year}">
    <meta property="article:published_time" content="${year}-12-31T09:00:00Z"><link rel="icon" href="data:,"></head>
    <body><main><article><h1>Every night of ${year}</h1>${nights.join('')}</article></main></body></html>`;
}

const opened: Page[] = [];
/** Opens a page and keeps it to close after the file. */
async function open(path: string): Promise<Page> {
  const page = await tally.openDone(path);
  opened.push(page);
  return page;
}

beforeAll(async () => {
  await tally.browser.context.route(/\/generated\/long-(\d+)\.html$/, (route) => {
    const year = Number(/long-(\d+)/.exec(route.request().url())?.[1]);
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: longPage(year) });
  });
  panel = await tally.browser.context.newPage();
  await panel.goto(`chrome-extension://${tally.browser.extensionId}/sidepanel.html`);
  expect(await fromPanel({ type: 'memory-settings', patch: { enabled: true } })).toMatchObject({ ok: true });
});

afterAll(async () => {
  for (const p of opened) await p.close();
});

beforeEach(async () => {
  expect(await fromPanel({ type: 'memory-forget', scope: { kind: 'everything' } })).toMatchObject({
    ok: true,
  });
  await waitFigures(0);
});

describe('the reading memory, when things go wrong', () => {
  it('survives a worker restart, and still cross-references what it remembered', async () => {
    await open(KYIV);
    await waitFigures(1);
    await stopWorker();
    // the next message starts the worker again, which opens the memory afresh
    expect((await stats()).figures).toBe(1);
    await stopWorker();
    const moscow = await open(MOSCOW);
    expect(await clickFigure(moscow, 'diverges')).toBe('90 drones');
    expect(await memoryLinks(moscow)).toEqual([tally.server.url(KYIV)]);
    await waitFigures(2);
  });

  it('two tabs reading at once lose nothing and double nothing, and read again stay as they were', async () => {
    await Promise.all([open(KYIV), open(MOSCOW)]);
    await waitFigures(2);
    await Promise.all([open(KYIV), open(MOSCOW), open(KYIV)]);
    // each page's figure is remembered once, the newest reading winning
    await new Promise((ok) => setTimeout(ok, 500));
    expect((await stats()).figures).toBe(2);
    const reply = await fromPanel<{ ok: boolean; pages: { url: string; figures: unknown[] }[] }>({
      type: 'memory-pages',
      before: null,
      limit: 10,
    });
    expect(reply.pages.map((p) => [p.url, p.figures.length]).sort()).toEqual(
      [
        [tally.server.url(KYIV), 1],
        [tally.server.url(MOSCOW), 1],
      ].sort(),
    );
  });

  it('at its size limit drops the oldest pages, says so in options, and keeps the rest whole', async () => {
    expect(await fromPanel({ type: 'memory-settings', patch: { cap: CAP } })).toMatchObject({ ok: true });
    try {
      for (const [i, year] of [2021, 2022].entries()) {
        await open(`/generated/long-${year}.html`);
        await waitFigures((i + 1) * PER_PAGE);
      }
      await open(KYIV);
      await waitFigures(2 * PER_PAGE + 1);
      // the third long page takes the memory over its limit: the page read longest ago goes whole
      await open('/generated/long-2023.html');
      const after = await waitFigures(2 * PER_PAGE + 1, (st) => st.dropped !== null);
      expect(after.figures).toBe(2 * PER_PAGE + 1);
      expect(after.dropped).toMatchObject({ reason: 'cap', count: PER_PAGE });
      const pages = await fromPanel<{ ok: boolean; pages: { url: string; figures: unknown[] }[] }>({
        type: 'memory-pages',
        before: null,
        limit: 10,
      });
      expect(pages.pages.map((p) => [new URL(p.url).pathname, p.figures.length])).toEqual([
        ['/generated/long-2023.html', PER_PAGE],
        [KYIV, 1],
        ['/generated/long-2022.html', PER_PAGE],
      ]);
      // what is left still cross-references
      const moscow = await open(MOSCOW);
      expect(await clickFigure(moscow, 'diverges')).toBe('90 drones');
      expect(await memoryLinks(moscow)).toEqual([tally.server.url(KYIV)]);
      // and the reader is told, in options
      const options = await tally.browser.context.newPage();
      opened.push(options);
      await options.goto(`chrome-extension://${tally.browser.extensionId}/options.html`);
      await options.waitForFunction(() =>
        /size limit/.test(document.querySelector('[data-testid="tally-memory-stats"]')?.textContent ?? ''),
      );
      expect(await options.textContent('[data-testid="tally-memory-stats"]')).toMatch(
        /350 of the oldest figures were dropped: the memory reached its size limit/,
      );
    } finally {
      await fromPanel({ type: 'memory-settings', patch: { cap: 200_000 } });
    }
  });
});
