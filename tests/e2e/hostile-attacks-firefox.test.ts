import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_CHECKS, coveredNear, figureMiddle, forgeClick, forgeKeys } from './support/attacks';
import { launchFirefox } from './support/firefox';
import { puppeteerCheckPage, waitDone } from './support/page-checks';
import { listPainted } from './support/tally-page';
import { useBrowser } from './support/use-browser';

/**
 * The attacks of hostile-attacks.test.ts in Firefox. Puppeteer cannot look inside closed
 * shadow roots here, so a popover is seen the way the page itself could see it: Tally's
 * host answering `elementFromPoint` below the figure.
 */
const tally = useBrowser(() => launchFirefox());
let page: Page;
const pause = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

beforeAll(async () => {
  page = await tally.browser.newPage();
  await page.goto(tally.server.url('/sites/hostile/page.html'));
  await waitDone(puppeteerCheckPage(page));
});
afterAll(() => page?.close());

describe('a hostile page in Firefox', () => {
  it('claiming the custom element names first neither disables Tally nor gets its elements', async () => {
    await SHARED_CHECKS.namesClaimed(puppeteerCheckPage(page));
  });

  it('cannot open a popover with scripted clicks, while a real click does', async () => {
    const at = (await page.evaluate(figureMiddle, 'diverges'))!;
    expect(at).not.toBeNull();
    await page.evaluate(forgeClick, at);
    await pause(400);
    expect(await page.evaluate(coveredNear, at)).toBe(false);
    await page.mouse.click(at.x, at.y);
    await pause(400);
    expect(await page.evaluate(coveredNear, at)).toBe(true);
    await page.keyboard.press('Escape');
    await pause(200);
    expect(await page.evaluate(coveredNear, at)).toBe(false);
  });

  it('cannot reach into, replace or read any of Tally’s shadow roots', async () => {
    await SHARED_CHECKS.noWayIn(puppeteerCheckPage(page));
  });

  it('cannot hide or open highlights with forged keys', async () => {
    const before = (await page.evaluate(listPainted, 'article')).length;
    const at = (await page.evaluate(figureMiddle, 'diverges'))!;
    await page.evaluate(forgeKeys);
    await pause(400);
    expect((await page.evaluate(listPainted, 'article')).length).toBe(before);
    expect(await page.evaluate(coveredNear, at)).toBe(false);
  });

  it('cannot guess Tally’s highlight names', async () => {
    await SHARED_CHECKS.namesUnguessable(puppeteerCheckPage(page));
  });

  it('cannot keep its own text in Tally’s highlights after the next repaint', async () => {
    await SHARED_CHECKS.foreignRangesDropped(puppeteerCheckPage(page));
  });

  it('posing as a newer copy of Tally does not switch it off', async () => {
    await SHARED_CHECKS.newerCopyPose(puppeteerCheckPage(page), 'tally@tally.example');
  });
});
