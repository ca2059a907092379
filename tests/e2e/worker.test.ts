import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDraft } from '../unit/support/records';
import { listPainted } from './support/tally-page';
import { clickInTallyUi, inTallyUi, waitPopover } from './support/tally-ui';
import { useChromium } from './support/use-browser';

/**
 * The background worker as a hostile or unlucky reader meets it: content scripts asking for
 * what is not theirs, the worker stopped in the middle of a burst of notes, full storage,
 * and the toolbar badge.
 */
const tally = useChromium();
const DEMO = '/pages/demo/page.html';
const NOTES = '/sites/notes/page.html';

/** A reply as the tests read it. */
interface Reply {
  ok: boolean;
  error?: string;
  note?: { id: string; quote: { exact: string } };
  notes?: { id: string; quote: { exact: string } }[];
}

/** Runs `expression` inside Tally's content script world of `page` (its isolated world, not the page's). */
async function inContentScript(page: Page, expression: string): Promise<unknown> {
  const cdp: CDPSession = await tally.browser.context.newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) =>
    contexts.push(e.context),
  );
  await cdp.send('Runtime.enable');
  const world = contexts.find(
    (c) => c.auxData?.type === 'isolated' && c.origin.includes(tally.browser.extensionId),
  );
  if (!world) throw new Error('no content script world in this page');
  const out = (await cdp.send('Runtime.evaluate', {
    expression,
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
  })) as { result: { value?: unknown }; exceptionDetails?: { exception?: { description?: string } } };
  await cdp.detach();
  if (out.exceptionDetails)
    throw new Error(out.exceptionDetails.exception?.description ?? 'evaluation failed');
  return out.result.value;
}

/** Sends `msg` to the background from the content script of `page`; a rejection comes back as `{ok: false}`. */
function fromContentScript(page: Page, msg: unknown): Promise<Reply> {
  return inContentScript(
    page,
    `chrome.runtime.sendMessage(${JSON.stringify(msg)}).then((r) => r ?? { ok: false, error: 'no reply' }, (e) => ({ ok: false, error: String(e && e.message || e) }))`,
  ) as Promise<Reply>;
}

let panel: Page;
/** Sends `msg` from an extension page (the side panel). */
function fromPanel(msg: unknown): Promise<Reply> {
  return panel.evaluate((m) => chrome.runtime.sendMessage(m), msg) as Promise<Reply>;
}

/** Stops the extension's service worker, as the browser does when it is idle (CDP). */
async function stopWorker(page: Page): Promise<void> {
  const cdp = await tally.browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** Clicks the `n`th diverging figure of `page` and waits for its popover; its text, or null when there are fewer. */
async function clickDiverging(page: Page, n: number): Promise<string | null> {
  const find = async () =>
    (await page.evaluate(listPainted, 'article')).filter((p) => p.status === 'diverges')[n];
  const target = await find();
  if (!target) return null;
  await page.evaluate((y) => window.scrollBy(0, y - 200), target.rect.y);
  const fresh = (await find())!;
  await page.mouse.click(fresh.rect.x + fresh.rect.width / 2, fresh.rect.y + fresh.rect.height / 2);
  await waitPopover(page);
  return target.text;
}

/** A note draft of the page at `url` for a figure of its own (`label` makes the quote unique). */
function draftOn(url: string, label: string) {
  const base = makeDraft();
  return makeDraft({
    page: { ...base.page, url },
    quote: { type: 'TextQuoteSelector', exact: `${label} drones`, prefix: 'about ', suffix: ' overnight' },
  });
}

beforeAll(async () => {
  panel = await tally.browser.context.newPage();
  await panel.goto(`chrome-extension://${tally.browser.extensionId}/sidepanel.html`);
});

describe('what a content script is served', () => {
  let page: Page;
  beforeAll(async () => {
    page = await tally.openDone(NOTES);
    await fromPanel({ type: 'notes-add', draft: draftOn('https://elsewhere.example/story', 'private') });
  });
  afterAll(() => page.close());

  it.each([
    ['the whole ledger', { type: 'notes-list' }],
    ['deleting notes', { type: 'notes-delete', ids: ['any'] }],
    ['importing notes', { type: 'notes-import', notes: [] }],
    ['a settings change', { type: 'settings-site', host: 'evil.example', on: true }],
  ])('is refused %s', async (_name, msg) => {
    expect(await fromContentScript(page, msg)).toEqual({
      ok: false,
      error: `${msg.type}: not served to this sender`,
    });
  });

  it('is refused the notes of another page', async () => {
    const reply = await fromContentScript(page, {
      type: 'notes-page',
      url: 'https://elsewhere.example/story',
    });
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('only ask about its own') });
  });

  it('gets its own page’s notes', async () => {
    const url = tally.server.url(NOTES);
    expect(await fromContentScript(page, { type: 'notes-add', draft: draftOn(url, 'own') })).toMatchObject({
      ok: true,
    });
    const reply = await fromContentScript(page, { type: 'notes-page', url });
    expect(reply.notes?.map((n) => n.quote.exact)).toContain('own drones');
    expect(reply.notes?.map((n) => n.quote.exact)).not.toContain('private drones');
  });

  it('finds no notes in the storage it can read', async () => {
    const stored = (await inContentScript(page, 'chrome.storage.local.get(null)')) as Record<string, unknown>;
    expect(Object.keys(stored)).not.toContain('notes');
    expect(JSON.stringify(stored)).not.toContain('private drones');
  });
});

describe('a worker stopped during a burst of notes from two tabs', () => {
  const PER_TAB = 12;
  let tabs: Page[];
  let urls: string[];
  let results: { url: string; label: string; reply: Reply }[];

  beforeAll(async () => {
    tabs = [await tally.openDone(DEMO), await tally.openDone(NOTES)];
    urls = [tally.server.url(DEMO), tally.server.url(NOTES)];
    const burst = tabs.map(async (tab, t) => {
      const out: { url: string; label: string; reply: Reply }[] = [];
      for (let i = 0; i < PER_TAB; i++) {
        const label = `burst-${t}-${i}`;
        out.push({
          url: urls[t]!,
          label,
          reply: await fromContentScript(tab, { type: 'notes-add', draft: draftOn(urls[t]!, label) }),
        });
      }
      return out;
    });
    // Stopped three times while the notes are being sent.
    const stops = (async () => {
      for (let i = 0; i < 3; i++) {
        await new Promise((ok) => setTimeout(ok, 60 + i * 90));
        await stopWorker(panel);
      }
    })();
    results = (await Promise.all([...burst, stops]).then((all) => all.slice(0, 2).flat())) as typeof results;
  });
  afterAll(async () => {
    for (const t of tabs) await t.close();
  });

  it('stores every note it acknowledged', async () => {
    const stored = new Set(((await fromPanel({ type: 'notes-list' })).notes ?? []).map((n) => n.id));
    const acknowledged = results.filter((r) => r.reply.ok);
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const r of acknowledged) expect(stored.has(r.reply.note!.id)).toBe(true);
  });

  it('reports every note it did not acknowledge as failed, with a reason', () => {
    for (const r of results.filter((x) => !x.reply.ok)) expect(r.reply.error).toMatch(/\S/);
    expect(results).toHaveLength(2 * PER_TAB);
  });

  it('stores each failed note once when it is sent again (a retry never doubles a note)', async () => {
    for (const r of results.filter((x) => !x.reply.ok)) {
      const tab = tabs[urls.indexOf(r.url)]!;
      expect(
        await fromContentScript(tab, { type: 'notes-add', draft: draftOn(r.url, r.label) }),
      ).toMatchObject({
        ok: true,
      });
    }
    const exacts = ((await fromPanel({ type: 'notes-list' })).notes ?? [])
      .map((n) => n.quote.exact)
      .filter((e) => e.startsWith('burst-'));
    expect(exacts.sort()).toEqual(results.map((r) => `${r.label} drones`).sort());
  });
});

describe('the popover’s Note when the worker stops right after the click', () => {
  it('either says Noted and the note is stored, or says it failed and Retry stores it', async () => {
    const page = await tally.openDone(DEMO);
    for (let attempt = 0; attempt < 4; attempt++) {
      await page.keyboard.press('Escape');
      const figure = await clickDiverging(page, attempt);
      if (figure === null) break;
      const NOTE = '[data-testid="tally-note"]';
      const label = () => inTallyUi<string>(page, NOTE, 'function () { return this.textContent; }');
      const failed = async () =>
        (await inTallyUi<boolean>(
          page,
          '[data-testid="tally-note-failed"]',
          'function () { return true; }',
        )) === true;
      if ((await label()) === 'Noted') continue;
      expect(await clickInTallyUi(page, NOTE)).toBe(true);
      await stopWorker(panel);
      await expect.poll(async () => (await label()) === 'Noted' || (await failed())).toBe(true);
      if ((await label()) !== 'Noted') {
        expect(await clickInTallyUi(page, NOTE)).toBe(true);
        await expect.poll(label).toBe('Noted');
      }
      const quotes = ((await fromPanel({ type: 'notes-list' })).notes ?? []).map((n) => n.quote.exact);
      expect(quotes).toContain(figure);
    }
    await page.close();
  });
});

describe('full storage', () => {
  it('says a display setting was not saved, keeps what is stored, and saves it on Retry once there is room', async () => {
    const options = await tally.browser.context.newPage();
    await options.goto(`chrome-extension://${tally.browser.extensionId}/options.html`);
    const box = options.getByTestId('tally-show-unmatched');
    const before = await box.isChecked();
    // storage.local's quota is 10 MB: fill it up to a few bytes (the display settings are not stored yet).
    await options.evaluate(async () => {
      const used = await chrome.storage.local.getBytesInUse(null);
      await chrome.storage.local.set({
        filler: 'x'.repeat(10 * 1024 * 1024 - used - 'filler'.length - 2 - 16),
      });
    });
    await box.click();
    await expect.poll(() => options.getByTestId('tally-display-failed').count()).toBe(1);
    expect(await box.isChecked()).toBe(before);
    await options.reload();
    expect(await options.getByTestId('tally-show-unmatched').isChecked()).toBe(before);
    await options.evaluate(() => chrome.storage.local.remove('filler'));
    await options.getByTestId('tally-show-unmatched').click();
    await expect.poll(() => options.getByTestId('tally-show-unmatched').isChecked()).toBe(!before);
    await options.reload();
    expect(await options.getByTestId('tally-show-unmatched').isChecked()).toBe(!before);
    await options.getByTestId('tally-show-unmatched').click();
    await options.close();
  });
});

describe('the toolbar badge', () => {
  const badgeOf = (tabId: number) => panel.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

  it('shows the page’s count of diverging figures, and nothing on a page without', async () => {
    const page = await tally.openDone(DEMO);
    const diverging = await page.evaluate(() =>
      document.documentElement.getAttribute('data-tally-diverging'),
    );
    expect(Number(diverging)).toBeGreaterThan(0);
    const tabId = await tally.tabIdOf(page.url());
    await expect.poll(() => badgeOf(tabId)).toBe(diverging);
    await page.goto(tally.server.url('/pages/div-soup/page.html'));
    await page.waitForSelector('html[data-tally="done"]');
    const none = await page.evaluate(() => document.documentElement.getAttribute('data-tally-diverging'));
    await expect.poll(() => badgeOf(tabId)).toBe(none === '0' ? '' : none);
    await page.close();
  });
});
