import type { Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { listPainted, type PaintedRange } from './tally-page';
import { waitPopover } from './tally-ui';

/** What clicking a painted figure needs of a page, in Playwright (Chromium) and Puppeteer (Firefox). */
type AnyPage = Page | PuppeteerPage;

/**
 * Scrolls the first painted figure with `status` (on one line, when one is) into view and clicks
 * its middle with the real mouse. Returns the figure's text, or null when the page has no such figure.
 */
export async function clickPainted(page: AnyPage, status: string): Promise<string | null> {
  // Both drivers' `evaluate(fn, arg)` and `mouse.click(x, y)` take the same arguments.
  const driver = page as Page;
  // A figure on one line: the middle of a wrapped figure's box is the text between its lines.
  const all = (await driver.evaluate(listPainted, 'article')).filter((p) => p.status === status);
  const target = all.find((p) => p.rect.height < 40) ?? all[0];
  if (!target) return null;
  await driver.evaluate((y) => window.scrollBy(0, y - 200), target.rect.y);
  const fresh: PaintedRange = (await driver.evaluate(listPainted, 'article')).find(
    (p) => p.text === target.text,
  )!;
  await driver.mouse.click(fresh.rect.x + fresh.rect.width / 2, fresh.rect.y + fresh.rect.height / 2);
  return target.text;
}

/**
 * Clicks the first painted figure with `status` (see {@link clickPainted}) and waits for the
 * popover (Chromium). Returns the figure's text, or null when the page has no such figure.
 */
export async function clickFigure(page: Page, status: string): Promise<string | null> {
  const text = await clickPainted(page, status);
  if (text !== null) await waitPopover(page);
  return text;
}
