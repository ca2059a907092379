import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPainted } from './support/tally-page';
import { focusedIn, inTallyUi, waitPopover } from './support/tally-ui';
import { useChromium } from './support/use-browser';

/** The popover and the hover tip with the keyboard and the mouse, on the demo article in Chromium (issue 14). */
const tally = useChromium();
let page: Page;

/** The hover tip's text when it shows, else null. */
const tipShown = () =>
  inTallyUi<string>(page, '.tip:not([hidden])', 'function () { return this.textContent; }');

beforeAll(async () => {
  page = await tally.openDone('/pages/demo/page.html');
});
afterAll(() => page?.close());

describe('the highlights from the keyboard', () => {
  const label = (p: Page) =>
    inTallyUi<string>(p, 'div[role="button"]', 'function () { return this.getAttribute("aria-label"); }');

  it('says how to move between them, and Tab and Shift+Tab do what it says', async () => {
    const before = await label(page);
    expect(before).toContain('Tab or Alt+Shift+J for the next figure');
    expect(before).toContain('Shift+Tab or Alt+Shift+K');
    await tally.command(page, 'next-figure');
    await expect.poll(() => label(page)).toMatch(/\(1 of \d+\)$/);
    await page.keyboard.press('Tab');
    await expect.poll(() => label(page)).toMatch(/\(2 of \d+\)$/);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => label(page)).toMatch(/\(1 of \d+\)$/);
    expect(await focusedIn(page)).toBe('tally:button');
  });
});

describe('the popover from the keyboard', () => {
  it.each([
    ['Tab', 'Tab'],
    ['Shift+Tab', 'Shift+Tab'],
  ])('keeps focus inside it when %s goes past its last control', async (_name, key) => {
    await tally.command(page, 'next-figure');
    await page.keyboard.press('Enter');
    await waitPopover(page);
    const seen: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press(key);
      seen.push(await focusedIn(page));
    }
    expect(seen.filter((f) => !f.startsWith('tally:'))).toEqual([]);
    // It went round: some control came back.
    expect(new Set(seen).size).toBeLessThan(seen.length);
    await page.keyboard.press('Escape');
    await waitPopover(page, false);
    expect(await focusedIn(page)).toBe('tally:button');
  });
});

describe('the hover tip', () => {
  it('names the figure under the pointer, and never stays over an open popover', async () => {
    const [first, second] = (await page.evaluate(listPainted, 'article')).filter((p) => p.rect.y > 0);
    await page.mouse.move(first!.rect.x + 2, first!.rect.y + first!.rect.height / 2);
    await expect.poll(tipShown).toContain(first!.text);
    await page.mouse.click(first!.rect.x + 2, first!.rect.y + first!.rect.height / 2);
    await waitPopover(page);
    expect(await tipShown()).toBeNull();
    await page.mouse.move(second!.rect.x + 2, second!.rect.y + second!.rect.height / 2);
    await page.waitForTimeout(200);
    expect(await tipShown()).toBeNull();
    await page.keyboard.press('Escape');
    await waitPopover(page, false);
  });
});
