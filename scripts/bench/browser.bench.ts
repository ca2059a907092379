/**
 * Chromium with the built extension, on the demo article and the 50,000-word page: time from
 * DOMContentLoaded to the last highlight, the time to open a popover, and the main-thread tasks
 * read from a performance trace (see trace-tasks.ts): Tally's own tasks (those whose script is the
 * extension's) — the longest, how many pass 50 ms, and their total — beside the same page's tasks
 * in a second Chromium without the extension, alternating within the same run. Task lengths are
 * given as thread (CPU) time and as wall time: on a machine shared with other work the wall time
 * of a task counts its waits for a core. Builds the end-to-end variant first; needs Debian's chromium.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath } from '../../tests/e2e/support/browsers';
import { chromiumArgs, launchChromium } from '../../tests/e2e/support/chromium';
import { serveFixtures } from '../../tests/e2e/support/server';
import { clickFigure } from '../../tests/e2e/support/click-figure';
import { median, type Figure } from './section';
import { mainTasks, summarize, traceWhile, type MainTask, type TaskSummary } from './trace-tasks';

const RUNS = 5;
/** The trace goes on this long after Tally is done (or, without it, as long after load): Tally's idle work comes after. */
const AFTER_MS = 1000;

/** One traced load of a page with Tally. */
interface TallyRun {
  highlightMs: number;
  /** Tally's tasks from navigation until AFTER_MS after it is done. */
  load: TaskSummary;
  /** Tally's tasks from the click on a figure until its popover is shown and AFTER_MS after (demo only). */
  popover: TaskSummary | null;
  popoverOpenMs: number;
  /** Tally's tasks over 50 ms CPU, with what each did (printed to stderr: the figures are numbers). */
  over50: string[];
  /** Every task of the thread in the same window, whoever's. */
  all: TaskSummary;
  /** Milliseconds from navigation to the end of the load window, for the run without Tally to match. */
  windowMs: number;
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

/** The first task at or after `ts` (µs) splits a run's tasks into before and after it. */
function splitAt(tasks: readonly MainTask[], ts: number): [MainTask[], MainTask[]] {
  return [tasks.filter((t) => t.ts < ts), tasks.filter((t) => t.ts >= ts)];
}

/** The trace clock (µs) of a `performance.mark` named `name` (its last one), or Infinity. */
function markTs(events: readonly { name: string; ts: number }[], name: string): number {
  return events.filter((e) => e.name === name).at(-1)?.ts ?? Infinity;
}

/** Loads `url` with Tally under a trace, waits until it is done, then (when asked) opens a popover. */
async function tracePage(page: Page, url: string, origin: string, withPopover: boolean): Promise<TallyRun> {
  let windowMs = 0;
  let popoverOpenMs = NaN;
  let clicked = false;
  const events = await traceWhile(page, async () => {
    const t0 = Date.now();
    await page.goto(url);
    await waitTallyDone(page);
    await page.waitForTimeout(AFTER_MS);
    windowMs = Date.now() - t0;
    if (!withPopover) return;
    await page.evaluate(() => performance.mark('bench:click'));
    clicked = (await clickFigure(page, 'diverges')) !== null;
    popoverOpenMs = await page.evaluate(
      () => performance.getEntriesByName('tally:popover-open').at(-1)?.duration ?? NaN,
    );
    await page.waitForTimeout(AFTER_MS);
  });
  const tasks = mainTasks(events, url, origin);
  const [load, after] = splitAt(tasks, markTs(events, 'bench:click'));
  const highlightMs = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return (
      (performance.getEntriesByName('tally:done').at(-1)?.startTime ?? NaN) - nav.domContentLoadedEventStart
    );
  });
  return {
    highlightMs,
    load: summarize(load, 'tally'),
    over50: tasks
      .filter((t) => t.owner === 'tally' && t.cpuMs > 50)
      .map((t) => `${t.cpuMs.toFixed(1)} ms CPU (${t.wallMs.toFixed(1)} wall): ${t.what}`),
    popover: withPopover && clicked ? summarize(after, 'tally') : null,
    popoverOpenMs,
    all: summarize(load),
    windowMs,
  };
}

/** The same page in the Chromium without Tally, traced from navigation for as long as the run with Tally. */
async function tracePlainPage(browser: BrowserContext, url: string, windowMs: number): Promise<TaskSummary> {
  const page = await browser.newPage();
  const events = await traceWhile(page, async () => {
    const t0 = Date.now();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(Math.max(AFTER_MS, windowMs - (Date.now() - t0)));
  });
  await page.close();
  return summarize(mainTasks(events, url, 'chrome-extension://'));
}

/** Median of one field over the runs. */
function med<T>(runs: readonly T[], field: (run: T) => number): number {
  return median(runs.map(field));
}

/** The task figures of one page: Tally's tasks with the extension, every task without it, one run. */
function taskFigures(
  slug: string,
  label: string,
  runs: readonly TallyRun[],
  plain: readonly TaskSummary[],
): Figure[] {
  return [
    {
      key: `browser_${slug}_tally_longest_task_cpu_ms`,
      label: `${label}: longest Tally task, CPU (worst run)`,
      value: Math.max(...runs.map((r) => r.load.longestCpuMs)),
      unit: 'ms',
      goal: '≤ 50 ms',
    },
    {
      key: `browser_${slug}_tally_longest_task_cpu_median_ms`,
      label: `${label}: longest Tally task, CPU (median run)`,
      value: med(runs, (r) => r.load.longestCpuMs),
      unit: 'ms',
      goal: '≤ 50 ms',
    },
    {
      key: `browser_${slug}_tally_longest_task_wall_ms`,
      label: `${label}: longest Tally task, wall (median run)`,
      value: med(runs, (r) => r.load.longestWallMs),
      unit: 'ms',
    },
    {
      key: `browser_${slug}_tally_tasks_over_50_cpu`,
      label: `${label}: Tally tasks > 50 ms CPU (all runs)`,
      value: runs.reduce((sum, r) => sum + r.load.overCpu50, 0),
      unit: 'tasks',
      goal: '0',
    },
    {
      key: `browser_${slug}_tally_tasks_over_50_wall`,
      label: `${label}: Tally tasks > 50 ms wall (all runs)`,
      value: runs.reduce((sum, r) => sum + r.load.overWall50, 0),
      unit: 'tasks',
    },
    {
      key: `browser_${slug}_tally_main_thread_cpu_ms`,
      label: `${label}: Tally tasks' main-thread CPU, total (median)`,
      value: med(runs, (r) => r.load.totalCpuMs),
      unit: 'ms',
    },
    {
      key: `browser_${slug}_main_thread_cpu_ms`,
      label: `${label}: every task's main-thread CPU with Tally (median)`,
      value: med(runs, (r) => r.all.totalCpuMs),
      unit: 'ms',
    },
    {
      key: `browser_${slug}_plain_main_thread_cpu_ms`,
      label: `${label}: the same without the extension (median)`,
      value: med(plain, (p) => p.totalCpuMs),
      unit: 'ms',
    },
    {
      key: `browser_${slug}_plain_longest_task_cpu_ms`,
      label: `${label}: longest task without the extension, CPU (median)`,
      value: med(plain, (p) => p.longestCpuMs),
      unit: 'ms',
    },
    {
      key: `browser_${slug}_plain_longest_task_wall_ms`,
      label: `${label}: longest task without the extension, wall (median)`,
      value: med(plain, (p) => p.longestWallMs),
      unit: 'ms',
    },
  ];
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
  const origin = `chrome-extension://${browser.extensionId}/`;
  // The same pages without the extension, in a second Chromium, alternating with the first.
  const plainBrowser = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    args: chromiumArgs('').filter((a) => !a.includes('extension')),
    viewport: { width: 1280, height: 900 },
  });
  const demo: TallyRun[] = [];
  const long: TallyRun[] = [];
  const plain = { demo: [] as TaskSummary[], long: [] as TaskSummary[] };
  try {
    for (let i = 0; i < RUNS; i++) {
      for (const [path, out, plainOut] of [
        ['/pages/demo/page.html', demo, plain.demo],
        ['/sites/long/page.html', long, plain.long],
      ] as const) {
        const url = server.url(path);
        const page = await browser.context.newPage();
        const run = await tracePage(page, url, origin, out === demo);
        out.push(run);
        await page.close();
        plainOut.push(await tracePlainPage(plainBrowser, url, run.windowMs));
      }
    }
  } finally {
    await plainBrowser.close();
    await browser.close();
    await server.close();
  }
  for (const [name, runs] of [
    ['demo article', demo],
    ['50,000 words', long],
  ] as const)
    for (const line of runs.flatMap((r) => r.over50))
      console.error(`  Tally task > 50 ms on the ${name}: ${line}`);
  const popovers = demo.flatMap((r) => (r.popover ? [r.popover] : []));
  return [
    {
      key: 'browser_demo_highlight_ms',
      label: 'demo article: DOMContentLoaded → last highlight (median)',
      value: med(demo, (r) => r.highlightMs),
      unit: 'ms',
      goal: '< 100 ms',
    },
    {
      key: 'browser_50k_highlight_ms',
      label: '50,000 words: DOMContentLoaded → last highlight (median)',
      value: med(long, (r) => r.highlightMs),
      unit: 'ms',
      goal: '< 400 ms',
    },
    ...taskFigures('demo', 'demo article', demo, plain.demo),
    ...taskFigures('50k', '50,000 words', long, plain.long),
    {
      key: 'browser_longest_task_ms',
      label: 'longest Tally task, CPU, any page, any run, popovers included',
      value: Math.max(
        ...[...demo, ...long].map((r) => r.load.longestCpuMs),
        ...popovers.map((p) => p.longestCpuMs),
      ),
      unit: 'ms',
      goal: '≤ 50 ms',
    },
    {
      key: 'popover_longest_task_cpu_ms',
      label: 'click → popover: longest Tally task, CPU (worst run)',
      value: Math.max(0, ...popovers.map((p) => p.longestCpuMs)),
      unit: 'ms',
      goal: '≤ 50 ms',
    },
    {
      key: 'popover_open_ms',
      label: 'click → popover shown (median)',
      value: med(demo, (r) => r.popoverOpenMs),
      unit: 'ms',
      goal: '< 16 ms',
    },
  ];
}
