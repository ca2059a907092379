import type { Page } from 'playwright-core';
import { listPainted } from './tally-page';
import { waitPopover } from './tally-ui';

/**
 * Scrolls the first painted figure with `status` (on one line, when one is) into view, clicks its middle
 * and waits for the popover. Returns the figure's text, or null when the page
 * has no such figure.
 */
export async function clickFigure(page: Page, status: string): Promise<string | null> {
  // A figure on one line: the middle of a wrapped figure's box is the text between its lines.
  const all = (await page.evaluate(listPainted, 'article')).filter((p) => p.status === status);
  const target = all.find((p) => p.rect.height < 40) ?? all[0];
  if (!target) return null;
  await page.evaluate((y) => window.scrollBy(0, y - 200), target.rect.y);
  const fresh = (await page.evaluate(listPainted, 'article')).find((p) => p.text === target.text)!;
  await page.mouse.click(fresh.rect.x + fresh.rect.width / 2, fresh.rect.y + fresh.rect.height / 2);
  await waitPopover(page);
  return target.text;
}
