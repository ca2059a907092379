/**
 * Chromium with the built extension: time from DOMContentLoaded to the last
 * highlight on the demo article and the 50,000-word page, the longest
 * main-thread task while Tally works, and the time to open a popover.
 * Builds the end-to-end variant first; needs Debian's chromium.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/support/chromium';
import { serveFixtures } from '../../tests/e2e/support/server';
import { clickFigure } from '../../tests/e2e/support/click-figure';
import { median, type Figure } from './section';

const RUNS = 5;

interface Timing {
  highlightMs: number;
  longestTaskMs: number;
}

/** Loads `url` with long-task observation from the start, waits for Tally, reads the marks. */
async function timePage(page: Page, url: string): Promise<Timing> {
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { __tasks: typeof tasks }).__tasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  await page.waitForSelector('html[data-tally="done"]', { timeout: 60_000 });
  await page.waitForTimeout(100);
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const start = performance.getEntriesByName('tally:start')[0]?.startTime ?? 0;
    const done = performance.getEntriesByName('tally:done').at(-1)?.startTime ?? NaN;
    const tasks = (window as unknown as { __tasks: { start: number; duration: number }[] }).__tasks;
    // Tally's tasks: those that begin once it starts (the page's own parsing task is before).
    const mine = tasks.filter((t) => t.start >= start && t.start <= done);
    return {
      highlightMs: done - nav.domContentLoadedEventStart,
      longestTaskMs: Math.max(0, ...mine.map((t) => t.duration)),
    };
  });
}

async function timePopover(page: Page): Promise<number> {
  if ((await clickFigure(page, 'diverges')) === null) return NaN;
  const ms = await page.evaluate(
    () => performance.getEntriesByName('tally:popover-open').at(-1)?.duration ?? NaN,
  );
  await page.keyboard.press('Escape');
  return ms;
}

export default async function browserBench(): Promise<Figure[]> {
  // Always a fresh end-to-end build: a stale one would measure old code.
  execFileSync(process.execPath, [
    resolve('node_modules/tsx/dist/cli.mjs'),
    'scripts/build-e2e.ts',
    '--quiet',
  ]);
  const server = await serveFixtures();
  const browser = await launchChromium();
  const demo: Timing[] = [];
  const long: Timing[] = [];
  const popover: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      for (const [path, out] of [
        ['/pages/demo/page.html', demo],
        ['/sites/long/page.html', long],
      ] as const) {
        const page = await browser.context.newPage();
        out.push(await timePage(page, server.url(path)));
        if (out === demo) popover.push(await timePopover(page));
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const all = [...demo, ...long];
  const longest = Math.max(...all.map((t) => t.longestTaskMs));
  // The first page after the browser starts runs Tally's code cold (no JIT yet); later pages are warm.
  const warm = median(all.slice(2).map((t) => t.longestTaskMs));
  return [
    {
      key: 'browser_demo_highlight_ms',
      label: 'demo article: DOMContentLoaded → last highlight (median)',
      value: median(demo.map((t) => t.highlightMs)),
      unit: 'ms',
      goal: '< 100 ms',
    },
    {
      key: 'browser_50k_highlight_ms',
      label: '50,000 words: DOMContentLoaded → last highlight (median)',
      value: median(long.map((t) => t.highlightMs)),
      unit: 'ms',
      goal: '< 400 ms',
    },
    {
      key: 'browser_longest_task_ms',
      label: 'longest task ≥ 50 ms Tally caused, any run (0 = none)',
      value: longest,
      unit: 'ms',
      goal: '≤ 50 ms',
    },
    {
      key: 'browser_longest_task_warm_ms',
      label: 'the same, pages after the first (median; 0 = none)',
      value: warm,
      unit: 'ms',
      goal: '≤ 50 ms',
    },
    {
      key: 'popover_open_ms',
      label: 'click → popover shown (median)',
      value: median(popover),
      unit: 'ms',
      goal: '< 16 ms',
    },
  ];
}
