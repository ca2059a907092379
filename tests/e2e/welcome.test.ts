import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { screenshotPath } from './support/screenshot-path';
import { useChromium } from './support/use-browser';

const tally = useChromium();

/** The first-run page the browser opened when Tally was installed. */
async function openedOnInstall(): Promise<Page> {
  const isWelcome = (p: Page) => p.url().endsWith('/welcome.html');
  return (
    tally.browser.context.pages().find(isWelcome) ?? tally.browser.context.waitForEvent('page', isWelcome)
  );
}

describe('the first-run page', () => {
  let welcome: Page;
  beforeAll(async () => {
    welcome = await openedOnInstall();
    await welcome.setViewportSize({ width: 1280, height: 900 });
    await welcome.getByTestId('tally-welcome-data').waitFor();
    await welcome.locator('tr[data-command]').first().waitFor();
    await welcome.getByTestId('tally-welcome-memory-toggle').waitFor();
  });
  afterAll(() => welcome?.close());

  it('is opened once, on install', () => {
    const opened = tally.browser.context.pages().filter((p) => p.url().endsWith('/welcome.html'));
    expect(opened).toHaveLength(1);
  });

  it('says what each highlight means', async () => {
    const colours = await welcome.getByTestId('tally-welcome-colours').textContent();
    for (const label of ['Figures differ', 'Figures agree', 'Single source', 'No match']) {
      expect(colours).toContain(label);
    }
  });

  it('says what the bundled data covers, from the dataset itself', async () => {
    const info = (await welcome.evaluate(() => chrome.runtime.sendMessage({ type: 'dataset-info' }))) as {
      info: { claims: number; claimants: number };
    };
    const text = await welcome.getByTestId('tally-welcome-data').textContent();
    expect(text).toContain(`${info.info.claims.toLocaleString('en-GB')} figures`);
    expect(text).toContain(`${info.info.claimants} claimants`);
  });

  it('says that nothing leaves the device', async () => {
    expect(await welcome.getByTestId('tally-welcome-private').textContent()).toContain('no network requests');
  });

  it('lists the shortcuts in force, as the browser’s commands API has them', async () => {
    // A browser has no commands API for an extension whose manifest declares no commands.
    const commands = await welcome.evaluate(() => (chrome.commands ? chrome.commands.getAll() : []));
    const rows = welcome.getByTestId('tally-welcome-shortcuts').locator('tr[data-command]');
    expect(await rows.count()).toBe(commands.length);
    for (const c of commands) {
      const row = welcome.locator(`tr[data-command="${c.name}"]`);
      expect(await row.locator('td').first().textContent()).toBe(c.shortcut || 'not set');
    }
    expect(await welcome.locator('tr[data-command="next-figure"] td').nth(1).textContent()).toBe(
      'Move to the next highlighted figure',
    );
  });

  it('says the reading memory is off until the reader turns it on, and stays on the device', async () => {
    const memory = await welcome.getByTestId('tally-welcome-memory').textContent();
    expect(memory).toContain('off until you turn it on');
    expect(memory).toContain('stays on this device');
  });

  it('turns the reading memory on and off with the same setting the popup and options use', async () => {
    const toggle = welcome.getByTestId('tally-welcome-memory-toggle');
    const enabled = () =>
      welcome.evaluate(async () => {
        const reply = (await chrome.runtime.sendMessage({ type: 'memory-settings' })) as {
          settings: { enabled: boolean };
        };
        return reply.settings.enabled;
      });
    expect(await toggle.isChecked()).toBe(false);
    await toggle.check();
    await expect.poll(enabled).toBe(true);
    await toggle.uncheck();
    await expect.poll(enabled).toBe(false);
  });

  it('fits one screen and has no axe-core violations', async () => {
    expect(await welcome.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(900);
    expect(await axeViolations(welcome)).toEqual([]);
    await welcome.screenshot({ path: screenshotPath('welcome.png') });
  });

  it('is reachable from the options page', async () => {
    const options = await tally.browser.context.newPage();
    await options.goto(`chrome-extension://${tally.browser.extensionId}/options.html`);
    await options.getByTestId('tally-options-welcome').click();
    await options.getByTestId('tally-welcome-colours').waitFor();
    await options.close();
  });
});
