import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, axeViolationsInTallyUi } from './support/axe';
import { clickFigure } from './support/click-figure';
import { englishTells, messagesOf } from './support/locales';
import { screenshotPath } from './support/screenshot-path';
import { clickInTallyUi, inTallyUi, readPopover } from './support/tally-ui';
import { useChromium } from './support/use-browser';

const tally = useChromium();
const page = (path: string) => `chrome-extension://${tally.browser.extensionId}/${path}`;

let article: Page;
let options: Page;
beforeAll(async () => {
  article = await tally.openDone('/pages/demo/page.html');
  // A few notes, for the side panel to show.
  for (const status of ['diverges', 'agrees']) {
    await clickFigure(article, status);
    await clickInTallyUi(article, '[data-testid="tally-note"]');
    await article.keyboard.press('Escape');
  }
  options = await tally.browser.context.newPage();
  await options.setViewportSize({ width: 900, height: 900 });
  await options.goto(page('options.html'));
  await options.getByTestId('tally-language').waitFor();
});
afterAll(async () => {
  await options.getByTestId('tally-language').selectOption('auto');
  await article?.close();
  await options?.close();
});

/** The text of `p` that is English Tally text although `language` is in force. */
async function englishLeft(p: Page, language: string): Promise<string[]> {
  const text = await p.evaluate(() => document.body.innerText);
  return englishTells(language).filter((piece) => text.includes(piece));
}

/** Every text of `p` that reads as a message key ("popup.settings"): a message the language lacks. */
async function keysShown(p: Page): Promise<string[]> {
  const spaces = [...new Set(Object.keys(messagesOf('en')).map((k) => k.split('_')[0]))].join('|');
  const text = await p.evaluate(() => document.body.innerText);
  return text.match(new RegExp(`\\b(${spaces})\\.[a-z][a-zA-Z.]*`, 'g')) ?? [];
}

describe.each([
  ['ru', 'Настройки Tally'],
  ['uk', 'Налаштування Tally'],
])('Tally in %s', (language, settingsTitle) => {
  const messages = messagesOf(language);
  beforeAll(async () => {
    await options.getByTestId('tally-language').selectOption(language);
    await options.locator('h1', { hasText: settingsTitle }).waitFor();
  });

  it('shows the options in the chosen language at once, and marks the page’s language', async () => {
    expect(await options.evaluate(() => document.documentElement.lang)).toBe(language);
    expect(await englishLeft(options, language)).toEqual([]);
    expect(await keysShown(options)).toEqual([]);
  });

  it('reads the popup, with plural forms and numbers the language’s way', async () => {
    const tabId = await tally.tabIdOf(article.url());
    const popup = await tally.browser.context.newPage();
    await popup.setViewportSize({ width: 340, height: 600 });
    await popup.goto(page(`popup.html?tab=${tabId}`));
    await popup.getByTestId('tally-popup-claims').waitFor();
    const claims = Number(
      await article.evaluate(() => document.documentElement.getAttribute('data-tally-claims')),
    );
    const form = new Intl.PluralRules(language).select(claims);
    const expected = messages[`popup_figures_${form}`]!.replace('{count}', claims.toLocaleString(language));
    expect(await popup.getByTestId('tally-popup-claims').textContent()).toBe(expected);
    // Thousands as the language writes them: "1 700", not "1,700".
    const figures = await popup.locator('.divergence .other .fig').allTextContents();
    expect(figures.some((f) => /\d\u00a0\d{3}/.test(f))).toBe(true);
    expect(figures.some((f) => /\d,\d{3}/.test(f))).toBe(false);
    expect(await englishLeft(popup, language)).toEqual([]);
    expect(await keysShown(popup)).toEqual([]);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.setViewportSize({
      width: 340,
      height: await popup.evaluate(() => document.body.scrollHeight),
    });
    await popup.screenshot({ path: screenshotPath(`popup-${language}.png`) });
    await popup.close();
  });

  it('reads the popover on the page', async () => {
    await article.reload();
    await article.waitForSelector('html[data-tally="done"]');
    await clickFigure(article, 'diverges');
    const read = (selector: string, fn = 'function () { return this.textContent; }') =>
      inTallyUi<string>(article, selector, fn);
    expect(await read('.pop .status')).toBe(messages.status_diverges);
    expect(await read('[data-testid="tally-copy"]')).toBe(messages.popover_copy);
    expect(await read('.others', "function () { return this.getAttribute('aria-label'); }")).toBe(
      messages.popover_others,
    );
    const text = (await readPopover(article))?.text ?? '';
    expect(englishTells(language).filter((piece) => text.includes(piece))).toEqual([]);
    expect(await axeViolationsInTallyUi(article, '.pop')).toEqual([]);
    await article.screenshot({ path: screenshotPath(`popover-ui-${language}.png`) });
    await article.keyboard.press('Escape');
  });

  it('reads the side panel', async () => {
    const panel = await tally.browser.context.newPage();
    await panel.setViewportSize({ width: 320, height: 600 });
    await panel.goto(page('sidepanel.html'));
    await panel.getByTestId('tally-toolbar').waitFor();
    expect(await panel.locator('h1').textContent()).toBe(messages.panel_title);
    expect(await englishLeft(panel, language)).toEqual([]);
    expect(await keysShown(panel)).toEqual([]);
    expect(await axeViolations(panel)).toEqual([]);
    await panel.screenshot({ path: screenshotPath(`sidepanel-${language}.png`) });
    await panel.close();
  });

  it('reads the first-run page', async () => {
    const welcome = await tally.browser.context.newPage();
    await welcome.setViewportSize({ width: 1280, height: 900 });
    await welcome.goto(page('welcome.html'));
    await welcome.getByTestId('tally-welcome-data').waitFor();
    expect(await welcome.locator('h1').textContent()).toBe(messages.welcome_title);
    expect(await englishLeft(welcome, language)).toEqual([]);
    expect(await keysShown(welcome)).toEqual([]);
    // One screen, as in English: no scrolling at 1280×900 (once the shortcuts and the memory switch are in).
    await welcome.locator('tr[data-command]').first().waitFor();
    await welcome.getByTestId('tally-welcome-memory-toggle').waitFor();
    expect(await welcome.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(900);
    expect(await axeViolations(welcome)).toEqual([]);
    await welcome.screenshot({ path: screenshotPath(`welcome-${language}.png`) });
    await welcome.close();
  });
});

describe('a Russian article', () => {
  it('is highlighted, and its popover reads in Russian with Russian chosen', async () => {
    await options.getByTestId('tally-language').selectOption('ru');
    await options.locator('h1', { hasText: 'Настройки Tally' }).waitFor();
    const ru = await tally.openDone('/pages/ru-mod-report/page.html');
    await ru.setViewportSize({ width: 1000, height: 760 });
    expect(
      Number(await ru.evaluate(() => document.documentElement.getAttribute('data-tally-claims'))),
    ).toBeGreaterThan(0);
    expect(await clickFigure(ru, 'agrees')).not.toBeNull();
    const text = (await readPopover(ru))?.text ?? '';
    expect(englishTells('ru').filter((piece) => text.includes(piece))).toEqual([]);
    expect(await axeViolationsInTallyUi(ru, '.pop')).toEqual([]);
    await ru.screenshot({ path: screenshotPath('page-ru.png') });
    await ru.close();
  });
});
