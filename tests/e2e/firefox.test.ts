import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox } from './support/firefox';
import { HOSTILE_CASES } from './support/hostile-cases';
import type { CheckPage } from './support/page-checks';
import { serveFixtures, type FixtureServer } from './support/server';
import { listPainted, readTallyState } from './support/tally-page';

let server: FixtureServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchFirefox();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type AnyFn = (arg: unknown) => unknown;

function asCheckPage(page: Page): CheckPage {
  return {
    goto: (url) => page.goto(url),
    evaluate: <R, A>(fn: (arg: A) => R, arg: A) => page.evaluate(fn as AnyFn, arg) as Promise<R>,
    waitForFunction: (fn, arg, o) =>
      page.waitForFunction(fn as AnyFn, { timeout: o.timeout, polling: o.polling ?? 'raf' }, arg),
  };
}

describe('the demo article in Firefox', () => {
  it('is read, matched and painted by the content script', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/pages/demo/page.html'));
    await page.waitForSelector('html[data-tally="done"]', { timeout: 20_000 });
    const state = await page.evaluate(readTallyState);
    expect(state.claims).toBeGreaterThan(10);
    expect(state.diverging).toBeGreaterThanOrEqual(1);
    const painted = await page.evaluate(listPainted, 'article');
    expect(painted.some((p) => p.status === 'diverges')).toBe(true);
    expect(painted.filter((p) => !p.insideArticle)).toEqual([]);
    await page.close();
  });
});

describe('hostile and heavy pages in Firefox', () => {
  it.each(HOSTILE_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const page = await browser.newPage();
    await page.goto(server.url(c.path));
    await c.run(asCheckPage(page));
    await page.close();
  });
});
