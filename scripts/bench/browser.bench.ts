/**
 * Chromium with the built extension: time from DOMContentLoaded to the last
 * highlight on the demo article and the 50,000-word page, the longest
 * main-thread task while Tally works, the longest task of the whole load beside
 * the same page's without the extension (a second Chromium, same run), and the
 * time to open a popover. Builds the end-to-end variant first; needs Debian's chromium.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath } from '../../tests/e2e/support/browsers';
import { chromiumArgs, launchChromium } from '../../tests/e2e/support/chromium';
import { serveFixtures } from '../../tests/e2e/support/server';
import { clickFigure } from '../../tests/e2e/support/click-figure';
import { median, type Figure } from './section';

const RUNS = 5;
/** Tasks are watched this long after Tally is done (or the page loaded): Tally's idle work comes after. */
const AFTER_MS = 1000;

interface Timing {
  highlightMs: number;
  /** The longest task from Tally's start until AFTER_MS after it is done. */
  longestTaskMs: number;
  /** The longest task of the whole load, the page's own included. */
  loadLongestTaskMs: number;
}

/** Records long tasks from the very start of the page. */
async function watchTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { __tasks: typeof tasks }).__tasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/**
 * Waits for `<html data-tally="done">` with a plain evaluate: Playwright's
 * selector engine, injected by `waitForSelector`, would itself make a long task.
 */
function waitTallyDone(page: Page): Promise<void> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate(
    () =>
      new Promise<void>((done) => {
        const html = document.documentElement;
        if (html.getAttribute('data-tally') === 'done') return done();
        new MutationObserver((_records, observer) => {
          if (html.getAttribute('data-tally') !== 'done') return;
          observer.disconnect();
          done();
        }).observe(html, { attributes: true, attributeFilter: ['data-tally'] });
      }),
  );
}

/** Loads `url` with long-task observation from the start, waits for Tally, reads the marks. */
async function timePage(page: Page, url: string): Promise<Timing> {
  await watchTasks(page);
  await page.goto(url);
  await waitTallyDone(page);
  await page.waitForTimeout(AFTER_MS);
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const start = performance.getEntriesByName('tally:start')[0]?.startTime ?? 0;
    const tasks = (window as unknown as { __tasks: { start: number; duration: number }[] }).__tasks;
    // Tally's tasks: those that begin once it starts (the page's own parsing task is before).
    const mine = tasks.filter((t) => t.start >= start);
    return {
      highlightMs:
        (performance.getEntriesByName('tally:done').at(-1)?.startTime ?? NaN) -
        nav.domContentLoadedEventStart,
      longestTaskMs: Math.max(0, ...mine.map((t) => t.duration)),
      loadLongestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
    };
  });
}

/** The longest task of the page's load in a Chromium without Tally, watched as long after `load`. */
async function timePlainPage(browser: BrowserContext, url: string): Promise<number> {
  const page = await browser.newPage();
  await watchTasks(page);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(AFTER_MS);
  const tasks = await page.evaluate(() => (window as unknown as { __tasks: { duration: number }[] }).__tasks);
  await page.close();
  return Math.max(0, ...tasks.map((t) => t.duration));
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
  // The same pages without the extension, in a second Chromium, alternating with the first.
  // A persistent context, as the extension's: Chromium's non-persistent headless mode reports no long tasks.
  const plainBrowser = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    args: chromiumArgs('').filter((a) => !a.includes('extension')),
    viewport: { width: 1280, height: 900 },
  });
  const demo: Timing[] = [];
  const long: Timing[] = [];
  const plain = { demo: [] as number[], long: [] as number[] };
  const popover: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      for (const [path, out, plainOut] of [
        ['/pages/demo/page.html', demo, plain.demo],
        ['/sites/long/page.html', long, plain.long],
      ] as const) {
        const page = await browser.context.newPage();
        out.push(await timePage(page, server.url(path)));
        if (out === demo) popover.push(await timePopover(page));
        await page.close();
        plainOut.push(await timePlainPage(plainBrowser, server.url(path)));
      }
    }
  } finally {
    await plainBrowser.close();
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
      label: 'longest task ≥ 50 ms from Tally’s start on, any run (0 = none)',
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
      key: 'browser_demo_load_longest_task_ms',
      label: 'demo article: longest task of the load, with Tally (median)',
      value: median(demo.map((t) => t.loadLongestTaskMs)),
      unit: 'ms',
    },
    {
      key: 'browser_demo_plain_longest_task_ms',
      label: 'demo article: the same without the extension (median)',
      value: median(plain.demo),
      unit: 'ms',
    },
    {
      key: 'browser_50k_load_longest_task_ms',
      label: '50,000 words: longest task of the load, with Tally (median)',
      value: median(long.map((t) => t.loadLongestTaskMs)),
      unit: 'ms',
    },
    {
      key: 'browser_50k_plain_longest_task_ms',
      label: '50,000 words: the same without the extension (median)',
      value: median(plain.long),
      unit: 'ms',
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
