import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox } from './support/firefox';
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
