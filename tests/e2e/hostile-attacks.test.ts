import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SHARED_CHECKS,
  coveredNear,
  figureMiddle,
  forgeClick,
  forgeKeys,
  highlightNames,
  pageView,
} from './support/attacks';
import { playwrightCheckPage, waitDone } from './support/page-checks';
import { listPainted } from './support/tally-page';
import { clickInTallyUi, focusedIn, readPopover, waitPopover } from './support/tally-ui';
import { useChromium } from './support/use-browser';

/**
 * A hostile page (tests/fixtures/sites/hostile) tries each attack of issue 11 on Tally in
 * Chromium, with no more power than any page has, and each attack must fail.
 */
const HOSTILE = '/sites/hostile/page.html';
const tally = useChromium();
let page: Page;

const settle = () => page.waitForTimeout(400);

/** Asks the background, from an extension page, for the ledger's notes (and deletes them all with `clear`). */
async function ledger(clear = false): Promise<number> {
  const panel = await tally.browser.context.newPage();
  await panel.goto(`chrome-extension://${tally.browser.extensionId}/sidepanel.html`);
  const count = await panel.evaluate(async (wipe) => {
    const reply = (await chrome.runtime.sendMessage({ type: 'notes-list' })) as { notes: { id: string }[] };
    if (wipe) await chrome.runtime.sendMessage({ type: 'notes-delete', ids: reply.notes.map((n) => n.id) });
    return wipe ? 0 : reply.notes.length;
  }, clear);
  await panel.close();
  return count;
}
const noteCount = () => ledger();

beforeAll(async () => {
  page = await tally.browser.context.newPage();
  await page.goto(tally.server.url(HOSTILE));
  await waitDone(playwrightCheckPage(page));
});
afterAll(() => page?.close());

describe('a page that claims the custom element names first (issue 11, item 3)', () => {
  it('neither disables Tally nor gets any of its elements or text', async () => {
    await SHARED_CHECKS.namesClaimed(playwrightCheckPage(page));
    const at = await page.evaluate(figureMiddle, 'diverges');
    expect(at).not.toBeNull();
    await page.mouse.click(at!.x, at!.y);
    expect((await waitPopover(page))?.status).toBe('diverges');
    await page.keyboard.press('Escape');
    await waitPopover(page, false);
  });

  it("is not hidden by the page's styles for plain elements (the popover shows over the text)", async () => {
    const at = (await page.evaluate(figureMiddle, 'diverges'))!;
    await page.mouse.click(at.x, at.y);
    await waitPopover(page);
    expect(await page.evaluate(coveredNear, at)).toBe(true);
    await page.keyboard.press('Escape');
    await waitPopover(page, false);
  });
});

describe('a page acting on Tally (issue 11, item 1)', () => {
  it('cannot open a popover with scripted clicks on a highlight', async () => {
    const at = (await page.evaluate(figureMiddle, 'diverges'))!;
    expect(await page.evaluate(forgeClick, at)).not.toBe('nothing there');
    await settle();
    expect(await readPopover(page)).toBeNull();
    expect(await page.evaluate(coveredNear, at)).toBe(false);
  });

  it('cannot reach into any of Tally’s shadow roots, replace them or read their text', async () => {
    await SHARED_CHECKS.noWayIn(playwrightCheckPage(page));
  });

  it('cannot move between, open or hide highlights with forged keys', async () => {
    const before = (await page.evaluate(listPainted, 'article')).length;
    const focus = await focusedIn(page);
    expect(await page.evaluate(forgeKeys)).toBeGreaterThan(0);
    await settle();
    expect(await readPopover(page)).toBeNull();
    expect(await focusedIn(page)).toBe(focus);
    expect((await page.evaluate(listPainted, 'article')).length).toBe(before);
  });

  it('cannot make a note: a forged click, then forged clicks on everything it can find', async () => {
    const before = await noteCount();
    const at = (await page.evaluate(figureMiddle, 'diverges'))!;
    await page.evaluate(forgeClick, at);
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('*')) {
        if (el.parentElement === document.documentElement && el !== document.body) el.click();
        for (const b of el.shadowRoot?.querySelectorAll<HTMLElement>('button') ?? []) b.click();
      }
    });
    await settle();
    expect(await noteCount()).toBe(before);
  });

  it('still lets the reader act: a real click opens the popover, and Note notes', async () => {
    const before = await noteCount();
    const at = (await page.evaluate(figureMiddle, 'diverges'))!;
    await page.mouse.click(at.x, at.y);
    await waitPopover(page);
    expect(await clickInTallyUi(page, '[data-testid="tally-note"]')).toBe(true);
    await expect.poll(noteCount).toBe(before + 1);
    await page.keyboard.press('Escape');
    await waitPopover(page, false);
  });
});

describe('a page posing as a newer copy of Tally', () => {
  it('does not switch Tally off: it keeps its highlights and reads the page again when it changes', async () => {
    await SHARED_CHECKS.newerCopyPose(playwrightCheckPage(page), tally.browser.extensionId);
    expect((await page.evaluate(listPainted, 'article')).length).toBeGreaterThan(0);
  });
});

describe('a page reading the reader’s notes or borrowing Tally’s look (issue 11, item 2)', () => {
  it('sees nothing change when the reader notes a figure', async () => {
    await ledger(true);
    await settle();
    const before = await page.evaluate(pageView);
    const at = (await page.evaluate(figureMiddle, 'diverges'))!;
    const count = await noteCount();
    await page.mouse.click(at.x, at.y);
    await waitPopover(page);
    await clickInTallyUi(page, '[data-testid="tally-note"]');
    await expect.poll(noteCount).toBe(count + 1);
    await page.keyboard.press('Escape');
    await waitPopover(page, false);
    await settle();
    expect(await page.evaluate(pageView)).toEqual(before);
  });

  it('cannot guess Tally’s highlight names, which change on every load', async () => {
    const names = await SHARED_CHECKS.namesUnguessable(playwrightCheckPage(page));
    const again = await tally.browser.context.newPage();
    await again.goto(tally.server.url(HOSTILE));
    await waitDone(playwrightCheckPage(again));
    const other = await again.evaluate(highlightNames);
    await again.close();
    expect(other.filter((n) => names.includes(n))).toEqual([]);
  });

  it('cannot keep its own text in Tally’s highlights: they hold only Tally’s ranges after the next repaint', async () => {
    await SHARED_CHECKS.foreignRangesDropped(playwrightCheckPage(page));
  });
});
