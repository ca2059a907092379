import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickFigure } from './support/click-figure';
import { screenshotPath } from './support/screenshot-path';
import { listPainted } from './support/tally-page';
import { inTallyUi } from './support/tally-ui';
import { useChromium } from './support/use-browser';
import { memoryLinks } from './memory-support';

/**
 * The reading memory in Chromium: page A read, then page B of another outlet giving another
 * figure for the same night's drones → B's figure shows A's with its link; A forgotten → gone
 * from B on reload; with the memory off nothing is written.
 */
const tally = useChromium();
const KYIV = '/sites/memory/kyiv.html';
const MOSCOW = '/sites/memory/moscow.html';

let panel: Page;
/** Sends `msg` from an extension page (the side panel). */
function fromPanel(msg: unknown): Promise<{ ok: boolean; [k: string]: unknown }> {
  return panel.evaluate((m) => chrome.runtime.sendMessage(m), msg) as Promise<{ ok: boolean }>;
}

/** The IndexedDB databases the extension's worker has (the memory's is "tally-memory"). */
function databases(): Promise<string[]> {
  return tally.browser.worker.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));
}

/** Waits until the memory holds at least `n` figures; returns how many it holds. */
async function waitRemembered(n: number): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const reply = (await fromPanel({ type: 'memory-stats' })) as { ok: boolean; stats?: { figures: number } };
    if (reply.ok && (reply.stats?.figures ?? 0) >= n) return reply.stats!.figures;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`the memory never held ${n} figures`);
}

beforeAll(async () => {
  panel = await tally.browser.context.newPage();
  await panel.goto(`chrome-extension://${tally.browser.extensionId}/sidepanel.html`);
});

describe('the reading memory', () => {
  const opened: Page[] = [];
  afterAll(async () => {
    for (const p of opened) await p.close();
  });

  it('writes nothing while it is off (the default)', async () => {
    opened.push(await tally.openDone(KYIV));
    expect(await databases()).not.toContain('tally-memory');
    expect(await fromPanel({ type: 'memory-settings' })).toMatchObject({ settings: { enabled: false } });
  });

  it("shows page A's figure on page B of another outlet, with its link", async () => {
    expect(await fromPanel({ type: 'memory-settings', patch: { enabled: true } })).toMatchObject({
      ok: true,
    });
    const a = await tally.openDone(KYIV);
    opened.push(a);
    await waitRemembered(1);
    const b = await tally.openDone(MOSCOW);
    opened.push(b);
    expect(await clickFigure(b, 'diverges')).toBe('90 drones');
    expect(await memoryLinks(b)).toEqual([tally.server.url(KYIV)]);
    // Told apart without colour: the mark and the legend's key are hollow and dashed, not solid.
    const drawn = await inTallyUi<{ key: string; keyBorder: string; mark: string }>(
      b,
      '.frame:not([hidden]) .pop',
      `function () {
        const key = getComputedStyle(this.querySelector('.key.memory'), '::before');
        const mark = getComputedStyle(this.querySelector('.mark.memory'));
        return { key: key.backgroundColor, keyBorder: key.borderTopStyle, mark: mark.fill };
      }`,
    );
    expect(drawn).toEqual({ key: 'rgba(0, 0, 0, 0)', keyBorder: 'dashed', mark: 'rgb(255, 255, 255)' });
    await b.screenshot({ path: screenshotPath('memory-popover.png') });
  });

  it('lists what it remembers in the side panel’s Read view', async () => {
    await panel.reload();
    await panel.click('[data-testid="tally-view-read"]');
    await panel.waitForSelector('[data-testid="tally-read-item"]');
    const items = await panel.locator('[data-testid="tally-read-item"]').allTextContents();
    expect(items.join('\n')).toContain('145');
    expect(items.join('\n')).toContain('90');
    await panel.screenshot({ path: screenshotPath('memory-read.png'), fullPage: true });
  });

  it('exports what it remembers from the Read view, in the notes’ formats', async () => {
    await panel.click('[data-testid="tally-memory-export"] summary');
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.click('[data-testid="tally-memory-export-csv"]'),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tally-memory-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await download.path()) as string, 'utf8');
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFF?id,read,figure,value/);
    expect(text).toContain(tally.server.url(KYIV));
    expect(text).toContain('90 drones');
  });

  it('offers its controls in the options page, with how much it holds', async () => {
    const options = await tally.browser.context.newPage();
    opened.push(options);
    await options.goto(`chrome-extension://${tally.browser.extensionId}/options.html`);
    const section = options.locator('[data-testid="tally-options-memory"]');
    await section.waitFor();
    await options.waitForFunction(() =>
      /figures remembered/.test(
        document.querySelector('[data-testid="tally-memory-stats"]')?.textContent ?? '',
      ),
    );
    expect(await options.isChecked('[data-testid="tally-memory-enabled"]')).toBe(true);
    await section.screenshot({ path: screenshotPath('memory-options.png') });
  });

  it('forgets page A: it is gone from B on reload', async () => {
    expect(
      await fromPanel({ type: 'memory-forget', scope: { kind: 'page', url: tally.server.url(KYIV) } }),
    ).toMatchObject({ ok: true });
    const b = await tally.openDone(MOSCOW);
    opened.push(b);
    const painted = await b.evaluate(listPainted, 'article');
    expect(painted.filter((p) => p.status === 'diverges')).toEqual([]);
  });
});
