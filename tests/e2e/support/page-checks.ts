import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { listPainted, readTallyState, type PaintedRange, type TallyState } from './tally-page';

/** What the checks need of a page, in both Playwright (Chromium) and Puppeteer (Firefox). */
export interface CheckPage {
  goto(url: string): Promise<unknown>;
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  waitForFunction<A>(
    fn: (arg: A) => unknown,
    arg: A,
    options: { timeout: number; polling?: number },
  ): Promise<unknown>;
}

/** Waits until the content script has finished the page (or `min` figures, for pages that grow). */
export async function waitDone(page: CheckPage, min = 1, timeout = 30_000): Promise<TallyState> {
  await page.waitForFunction(
    (n: number) =>
      document.documentElement.getAttribute('data-tally') === 'done' &&
      Number(document.documentElement.getAttribute('data-tally-claims')) >= n,
    min,
    { timeout, polling: 100 },
  );
  return page.evaluate(readTallyState, undefined);
}

/** Painted highlights inside and outside `selector`. */
export function painted(page: CheckPage, selector: string): Promise<PaintedRange[]> {
  return page.evaluate(listPainted, selector);
}

/** Waits for the page's own attribute (set by its script) to reach a value. */
export function waitForPageFlag(
  page: CheckPage,
  name: string,
  value: string,
  timeout = 10_000,
): Promise<unknown> {
  return page.waitForFunction(
    ([n, v]: [string, string]) => document.documentElement.getAttribute(n) === v,
    [name, value] as [string, string],
    { timeout, polling: 50 },
  );
}

/**
 * Waits until the ranges Tally paints (in `CSS.highlights`) show `text`, or, without
 * `text`, until there are some and every one is on a node still in the page.
 */
export function waitForRanges(page: CheckPage, want: { text?: string }, timeout = 10_000): Promise<unknown> {
  return page.waitForFunction(
    ({ text }: { text?: string }) => {
      const registry = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS
        .highlights;
      const all = [...registry.values()].flatMap((h) => [...h]);
      return text === undefined
        ? all.length > 0 && all.every((range) => range.startContainer.isConnected)
        : all.some((range) => range.toString().includes(text));
    },
    want,
    { timeout, polling: 100 },
  );
}

/** One hostile or heavy page and what must hold on it once Tally is done. */
export interface HostileCase {
  name: string;
  path: string;
  /** The article container: nothing outside it may be highlighted. */
  article: string;
  run(page: CheckPage): Promise<void>;
}

type AnyFn = (arg: unknown) => unknown;

/** A Playwright page (Chromium) as a {@link CheckPage}. */
export function playwrightCheckPage(page: PlaywrightPage): CheckPage {
  return {
    goto: (url) => page.goto(url),
    evaluate: <R, A>(fn: (arg: A) => R, arg: A) => page.evaluate(fn as AnyFn, arg) as Promise<R>,
    waitForFunction: (fn, arg, o) =>
      page.waitForFunction(fn as AnyFn, arg, { timeout: o.timeout, polling: o.polling ?? 'raf' }),
  };
}

/** A Puppeteer page (Firefox) as a {@link CheckPage}: its `waitForFunction` takes the options first. */
export function puppeteerCheckPage(page: PuppeteerPage): CheckPage {
  return {
    goto: (url) => page.goto(url),
    evaluate: <R, A>(fn: (arg: A) => R, arg: A) => page.evaluate(fn as AnyFn, arg) as Promise<R>,
    waitForFunction: (fn, arg, o) =>
      page.waitForFunction(fn as AnyFn, { timeout: o.timeout, polling: o.polling ?? 'raf' }, arg),
  };
}
