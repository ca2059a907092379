import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { overflowing } from './support/look';
import { screenshotPath } from './support/screenshot-path';
import { readTallyState } from './support/tally-page';
import { waitPopover } from './support/tally-ui';
import { useChromium } from './support/use-browser';

/** `chrome.storage.local`, as extension pages see it (run inside the page). */
interface WithStorage {
  chrome: {
    storage: {
      local: {
        get(key: string): Promise<Record<string, unknown>>;
        set(items: Record<string, unknown>): Promise<void>;
      };
    };
  };
}

/** `chrome.scripting`'s registrations, as the worker sees them (run inside the worker). */
interface WithScripting {
  chrome: {
    scripting: {
      getRegisteredContentScripts(): Promise<
        { id: string; matches?: string[]; js?: string[]; css?: string[] }[]
      >;
    };
  };
}

/** A pack whose claim row (line 3) gives a word where its figure belongs. */
const BAD_PACK_CSV = [
  'record,id,name,aliases,side,kind,metric,claimant,value,period_start,period_end,source_url',
  'claimant,test-ministry,Test Ministry,the ministry,other,government,,,,,,',
  'claim,c1,,,,,air-attack.drones.launched,test-ministry,lots,2025-03-18,2025-03-19,https://example.org/r',
].join('\n');

/** A valid pack that uses its own claimant and metric. */
const GOOD_PACK = {
  name: 'Test ministry reports',
  claimants: [{ id: 'test-ministry', name: 'Test Ministry', aliases: [], side: 'other', kind: 'government' }],
  metrics: [{ id: 'test.drones', label: 'Test drones', concepts: ['test drone'], kind: 'flow' }],
  claims: [
    {
      id: 'test-c1',
      metric: 'test.drones',
      claimant: 'test-ministry',
      value: 12,
      period: { start: '2025-03-18T18:00+02:00', end: '2025-03-19T08:00+02:00' },
      source: { url: 'https://example.org/report' },
    },
  ],
};

const tally = useChromium();

async function openPopup(tabId: number): Promise<Page> {
  const popup = await tally.browser.context.newPage();
  await popup.setViewportSize({ width: 340, height: 600 });
  await popup.goto(`chrome-extension://${tally.browser.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

async function readStorage(page: Page, key: string): Promise<unknown> {
  return page.evaluate(async (k) => {
    const got = await (globalThis as unknown as WithStorage).chrome.storage.local.get(k);
    return got[k];
  }, key);
}

describe('the popup on the demo article', () => {
  let page: Page;
  let popup: Page;
  beforeAll(async () => {
    page = await tally.openDone('/pages/demo/page.html');
    popup = await openPopup(await tally.tabIdOf(page.url()));
    await popup.getByTestId('tally-popup-claims').waitFor();
  });
  afterAll(async () => {
    await popup?.close();
    await page?.close();
  });

  it('shows the page’s figure count and its count of divergences', async () => {
    const state = await page.evaluate(readTallyState);
    expect(await popup.getByTestId('tally-popup-claims').textContent()).toContain(`${state.claims} figures`);
    expect(await popup.getByTestId('tally-popup-count-diverges').textContent()).toBe(String(state.diverging));
  });

  it('lists each divergence once, with the page’s figure and at least one other figure', async () => {
    const state = await page.evaluate(readTallyState);
    const items = popup.getByTestId('tally-popup-divergences').locator('button.divergence');
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThanOrEqual(state.diverging);
    const rows: string[] = [];
    for (const item of await items.all()) {
      const figure = (await item.locator('.this .fig').textContent())?.trim() ?? '';
      expect(figure).toMatch(/\d/);
      rows.push(`${figure} ${await item.locator('.this .who').textContent()}`);
      expect(await item.locator('.other .fig').count()).toBeGreaterThanOrEqual(1);
    }
    expect(new Set(rows).size).toBe(rows.length);
  });

  it('writes the other figures as the popover does, qualifiers included', async () => {
    const others = await popup.locator('.divergence .other .fig').allTextContents();
    // The demo's commander gives "up to 200" square kilometres: a qualifier the old popup dropped.
    expect(others.every((o) => /^(about |more than |at least |fewer than |up to )?[\d,.–]+$/.test(o))).toBe(
      true,
    );
  });

  it('says "unattributed" the same way the popover does, and explains "no match"', async () => {
    const why = popup.getByTestId('tally-popup-unmatched-why');
    expect(Number(await popup.getByTestId('tally-popup-count-unmatched').textContent())).toBeGreaterThan(0);
    expect(await why.textContent()).toContain('nothing to compare');
    expect(await popup.getByTestId('tally-popup-count-unmatched').locator('..').textContent()).toContain(
      'not highlighted',
    );
    expect(await popup.locator('body').textContent()).not.toContain("outlet's own figure");
  });

  it('names each divergence button by its visible text, and shows a clear focus ring', async () => {
    const first = popup.getByTestId('tally-popup-divergences').locator('button.divergence').first();
    expect(await first.getAttribute('aria-label')).toBeNull();
    await popup.locator('h1').click();
    for (let i = 0; i < 10 && !(await first.evaluate((b) => b === document.activeElement)); i++) {
      await popup.keyboard.press('Tab');
    }
    const ring = await first.evaluate((b) => {
      const s = getComputedStyle(b);
      return {
        focused: b.matches(':focus-visible'),
        width: parseFloat(s.outlineWidth),
        style: s.outlineStyle,
      };
    });
    expect(ring).toEqual({ focused: true, width: 3, style: 'solid' });
  });

  it('has no axe-core violations', async () => {
    expect(await axeViolations(popup)).toEqual([]);
  });

  it('fits its 340 px width, nothing cut off (screenshot)', async () => {
    await popup.locator('h1').click();
    const height = await popup.evaluate(() => document.documentElement.scrollHeight);
    await popup.setViewportSize({ width: 340, height });
    await popup.screenshot({ path: screenshotPath('popup.png') });
    expect(await overflowing(popup)).toEqual([]);
  });

  it('opens the figure’s popover on the page when a divergence is clicked', async () => {
    const first = popup.getByTestId('tally-popup-divergences').locator('button.divergence').first();
    const text = (await first.locator('.this .fig').textContent())?.trim() ?? '';
    await first.focus();
    await popup.keyboard.press('Enter');
    const pop = await waitPopover(page, true, 5_000);
    expect(pop?.status).toBe('diverges');
    expect(pop?.text).toContain(text);
    await page.keyboard.press('Escape');
    await waitPopover(page, false);
  });

  it('opens the side panel from its button', async () => {
    // The panel is no tab, so Playwright lists no page for it: ask the browser for its targets.
    const cdp = await tally.browser.context.newCDPSession(popup);
    const panels = async () =>
      (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.url.endsWith('/sidepanel.html'))
        .length;
    expect(await panels()).toBe(0);
    await popup.getByTestId('tally-popup-sidepanel').click();
    await expect.poll(panels).toBe(1);
    expect(await popup.getByTestId('tally-popup-message').count()).toBe(0);
    await cdp.detach();
  });

  it('turns the reading memory on and off with its switch, drawn as the site’s switch', async () => {
    const toggle = popup.getByTestId('tally-popup-memory-toggle');
    const enabled = () =>
      popup.evaluate(async () => {
        const reply = (await chrome.runtime.sendMessage({ type: 'memory-settings' })) as {
          settings: { enabled: boolean };
        };
        return reply.settings.enabled;
      });
    expect(await toggle.isChecked()).toBe(false);
    const memorySwitch = popup.locator('label.switch', { has: toggle });
    expect(await memorySwitch.locator('.track').count()).toBe(1);
    await memorySwitch.click();
    await expect.poll(enabled).toBe(true);
    expect(await toggle.isChecked()).toBe(true);
    await memorySwitch.click();
    await expect.poll(enabled).toBe(false);
  });

  it('turns Tally off for the site, clearing the page, and back on', async () => {
    const toggle = popup.getByTestId('tally-popup-toggle');
    expect(await toggle.isChecked()).toBe(true);
    await popup.locator('label.switch', { has: toggle }).click();
    await page.waitForSelector('html:not([data-tally])');
    expect(await popup.getByTestId('tally-popup-state').textContent()).toContain('off');
    await popup.locator('label.switch', { has: toggle }).click();
    await page.waitForSelector('html[data-tally="done"]');
    await popup.getByTestId('tally-popup-claims').waitFor();
    expect(await toggle.isChecked()).toBe(true);
    expect(await readStorage(popup, 'sites')).toEqual({ disabled: [], enabled: [] });
  });
});

describe('the options page', () => {
  let options: Page;
  beforeAll(async () => {
    options = await tally.browser.context.newPage();
    await options.setViewportSize({ width: 900, height: 900 });
    await options.goto(`chrome-extension://${tally.browser.extensionId}/options.html`);
    await options.getByTestId('tally-dataset-claims').waitFor();
  });
  afterAll(() => options?.close());

  it('shows what the dataset holds and links its credits', async () => {
    const claims = Number(
      (await options.getByTestId('tally-dataset-claims').textContent())?.replace(/,/g, ''),
    );
    expect(claims).toBeGreaterThan(1000);
    const href = await options.getByTestId('tally-dataset-credits').getAttribute('href');
    const res = await options.evaluate(async (h) => (await fetch(h!)).status, href);
    expect(res).toBe(200);
  });

  it.each([
    ['a built-in site', 'tally-site-bbc.com', 'sites', { disabled: ['bbc.com'], enabled: [] }],
    [
      'a status to highlight',
      'tally-show-unmatched',
      'display',
      {
        show: { diverges: true, agrees: true, single: true, related: true, unmatched: true },
        style: 'standard',
      },
    ],
  ])('keeps %s switched after a reload', async (_name, testId, key, stored) => {
    const box = options.getByTestId(testId);
    const before = await box.isChecked();
    await box.click();
    await expect.poll(() => readStorage(options, key)).toEqual(stored);
    await options.reload();
    expect(await options.getByTestId(testId).isChecked()).toBe(!before);
    await options.getByTestId(testId).click();
    await expect.poll(async () => options.getByTestId(testId).isChecked()).toBe(before);
  });

  it('keeps the highlight style after a reload', async () => {
    await options.getByTestId('tally-style-subtle').check();
    await expect
      .poll(async () => (await readStorage(options, 'display')) as { style: string })
      .toMatchObject({
        style: 'subtle',
      });
    await options.reload();
    expect(await options.getByTestId('tally-style-subtle').isChecked()).toBe(true);
    await options.getByTestId('tally-style-standard').check();
  });

  it('lists a site the user added, flags its missing permission, and removes it', async () => {
    await options.evaluate(
      (sites) => (globalThis as unknown as WithStorage).chrome.storage.local.set({ sites }),
      { enabled: ['example.org'], disabled: [] },
    );
    const added = options.getByTestId('tally-options-added');
    await added.waitFor();
    expect(await added.textContent()).toContain('example.org — not allowed in your browser');
    expect(await options.getByRole('button', { name: 'Allow Tally on example.org' }).count()).toBe(1);
    await options.getByRole('button', { name: 'Remove example.org' }).click();
    await added.waitFor({ state: 'detached' });
    expect(await readStorage(options, 'sites')).toEqual({ enabled: [], disabled: [] });
  });

  it('rejects a pack with an error, with a report naming the row and field', async () => {
    await options.getByTestId('tally-pack-input').setInputFiles({
      name: 'bad-pack.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(BAD_PACK_CSV),
    });
    const report = options.getByTestId('tally-pack-report');
    await report.waitFor();
    expect(await report.textContent()).toContain('bad-pack.csv was not imported');
    const cells = await report.locator('tbody tr').first().locator('td').allTextContents();
    expect(cells[0]).toBe('Row 3, field “value”');
    expect(await options.getByTestId('tally-pack-list').count()).toBe(0);
  });

  it('imports a valid pack, lists it, and removes it', async () => {
    await options.getByTestId('tally-pack-input').setInputFiles({
      name: 'good-pack.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(GOOD_PACK)),
    });
    await options.getByTestId('tally-pack-imported').waitFor();
    expect(await options.getByTestId('tally-pack-list').textContent()).toContain(GOOD_PACK.name);
    await options.reload();
    // A new version under the same name asks first, and replaces the old one only when told to.
    const newer = { ...GOOD_PACK, claims: [{ ...GOOD_PACK.claims[0]!, value: 14 }] };
    const listed = () => options.getByTestId('tally-pack-list').locator('li').allTextContents();
    await options.getByTestId('tally-pack-list').waitFor();
    await options.getByTestId('tally-pack-input').setInputFiles({
      name: 'good-pack-2.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(newer)),
    });
    await options.getByTestId('tally-pack-confirm').waitFor();
    expect(await listed()).toHaveLength(1);
    await options.getByTestId('tally-pack-replace').click();
    await options.getByTestId('tally-pack-imported').waitFor();
    expect(await options.getByTestId('tally-pack-imported').textContent()).toContain('Replaced');
    expect(await listed()).toHaveLength(1);
    await options.reload();
    await options.getByTestId('tally-pack-list').waitFor();
    await options.getByRole('button', { name: `Remove pack ${GOOD_PACK.name}` }).click();
    await options.getByTestId('tally-pack-list').waitFor({ state: 'detached' });
  });

  it('has no axe-core violations', async () => {
    expect(await axeViolations(options)).toEqual([]);
  });

  it('links the first-run page', async () => {
    expect(await options.getByTestId('tally-options-welcome').getAttribute('href')).toBe('/welcome.html');
  });

  it('shows a pack report that fits the page, nothing cut off (screenshot)', async () => {
    await options.reload();
    await options.getByTestId('tally-dataset-claims').waitFor();
    await options.getByTestId('tally-pack-input').setInputFiles({
      name: 'bad-pack.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(BAD_PACK_CSV),
    });
    await options.getByTestId('tally-pack-report').waitFor();
    await options.screenshot({ path: screenshotPath('options.png'), fullPage: true });
    expect(await options.getByTestId('tally-pack-report').isVisible()).toBe(true);
    expect(await overflowing(options)).toEqual([]);
  });
});

describe('sites the user turned on', () => {
  async function registered() {
    return tally.browser.worker.evaluate(() =>
      (globalThis as unknown as WithScripting).chrome.scripting.getRegisteredContentScripts(),
    );
  }

  it('get the built content script registered for their granted origin, and lose it when turned off', async () => {
    // 127.0.0.1 is granted in the e2e build: storing it as a user site stands in for a granted prompt.
    const page = await tally.browser.context.newPage();
    await page.goto(`chrome-extension://${tally.browser.extensionId}/options.html`);
    const setSites = (enabled: string[]) =>
      page.evaluate((sites) => (globalThis as unknown as WithStorage).chrome.storage.local.set({ sites }), {
        enabled,
        disabled: [],
      });
    await setSites(['127.0.0.1']);
    await expect.poll(registered).toEqual([
      expect.objectContaining({
        id: 'tally-user-sites',
        matches: ['http://127.0.0.1/*'],
        js: ['content-scripts/news.js'],
        css: ['content-scripts/news.css'],
      }),
    ]);
    await setSites([]);
    await expect.poll(registered).toEqual([]);
    await page.close();
  });
});
