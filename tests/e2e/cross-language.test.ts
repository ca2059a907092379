import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickFigure } from './support/click-figure';
import { screenshotPath } from './support/screenshot-path';
import { inTallyUi, readPopover } from './support/tally-ui';
import { useChromium } from './support/use-browser';

/**
 * One night as each side first publishes it (issue 15): a Russian page gives the Ministry of
 * Defence's count of the drones launched, a Ukrainian page the Air Force's. The Russian page
 * shows the Air Force's figure (the bundled dataset); the Ukrainian page, read after it with the
 * reading memory on, shows the Ministry's. Both name the same topic, each in the reader's language.
 */
const tally = useChromium();
const RU = '/sites/cross-language/ru-mod.html';
const UK = '/sites/cross-language/uk-air-force.html';

let options: Page;
/** Sends `msg` from an extension page (the options page). */
function fromOptions(msg: unknown): Promise<{ ok: boolean }> {
  return options.evaluate((m) => chrome.runtime.sendMessage(m), msg) as Promise<{ ok: boolean }>;
}

/** Chooses Tally's language in the options and waits until the page reads in it. */
async function chooseLanguage(language: string, settingsTitle: string): Promise<void> {
  await options.getByTestId('tally-language').selectOption(language);
  await options.locator('h1', { hasText: settingsTitle }).waitFor();
}

/** The open popover's topic label and the names and values of the figures it lists. */
function popoverParts(page: Page): Promise<{ topic: string; others: string[] } | null> {
  return inTallyUi(
    page,
    '.frame:not([hidden]) .pop',
    `function () {
      return {
        topic: this.querySelector('.topic')?.textContent ?? '',
        others: [...this.querySelectorAll('.other')].map((li) => li.textContent ?? ''),
      };
    }`,
  );
}

/** Waits until the memory holds at least `n` figures. */
async function waitRemembered(n: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const reply = (await fromOptions({ type: 'memory-stats' })) as {
      ok: boolean;
      stats?: { figures: number };
    };
    if (reply.ok && (reply.stats?.figures ?? 0) >= n) return;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`the memory never held ${n} figures`);
}

beforeAll(async () => {
  options = await tally.browser.context.newPage();
  await options.goto(`chrome-extension://${tally.browser.extensionId}/options.html`);
  await options.getByTestId('tally-language').waitFor();
  expect(await fromOptions({ type: 'memory-settings', patch: { enabled: true } })).toMatchObject({
    ok: true,
  });
});
afterAll(async () => {
  await fromOptions({ type: 'memory-forget', scope: { kind: 'everything' } });
  await fromOptions({ type: 'memory-settings', patch: { enabled: false } });
  await options.getByTestId('tally-language').selectOption('auto');
  await options.close();
});

describe('one night, a Russian and a Ukrainian page', () => {
  it('the Russian Ministry’s figure shows the Air Force’s, the topic in Russian', async () => {
    await chooseLanguage('ru', 'Настройки Tally');
    const ru = await tally.openDone(RU);
    await ru.setViewportSize({ width: 1000, height: 700 });
    await waitRemembered(1);
    expect(await clickFigure(ru, 'diverges')).toBe('120 ударными беспилотниками');
    const parts = await popoverParts(ru);
    expect(parts?.topic).toBe(
      'Запущенные дроны (ударные и дроны-имитаторы) · ночь на 19 марта 2025 г. · Россия → Украина',
    );
    expect(parts?.others.some((o) => o.includes('145'))).toBe(true);
    expect((await readPopover(ru))?.text).toMatch(/Дроны, запущенные за одну атаку или ночь/);
    await ru.screenshot({ path: screenshotPath('cross-language-ru.png') });
    await ru.close();
  });

  it('the Ukrainian Air Force’s figure names the same topic, in Ukrainian', async () => {
    await chooseLanguage('uk', 'Налаштування Tally');
    const uk = await tally.openDone(UK);
    await uk.setViewportSize({ width: 1000, height: 700 });
    expect(await clickFigure(uk, 'diverges')).toBe('145 ударними БпЛА');
    const parts = await popoverParts(uk);
    expect(parts?.topic).toBe(
      'Запущені дрони (ударні та дрони-імітатори) · ніч на 19 березня 2025 р. · Росія → Україна',
    );
    expect((await readPopover(uk))?.text).toMatch(/Дрони, запущені за одну атаку чи ніч/);
    await uk.screenshot({ path: screenshotPath('cross-language-uk.png') });
    await uk.close();
  });

  // the memory keys a figure by what it counts in the matcher's words (the noun's lemma), so the
  // Ministry's "беспилотниками" and the Air Force's "БпЛА" are one quantity
  it('the Ukrainian page also shows the Ministry’s figure, read earlier', async () => {
    const uk = await tally.openDone(UK);
    try {
      await clickFigure(uk, 'diverges');
      const parts = await popoverParts(uk);
      expect(parts?.others.join(' | ')).toContain('120');
    } finally {
      await uk.close();
    }
  });

  it('lists the commands in the browser with their descriptions resolved', async () => {
    const commands = (await tally.browser.worker.evaluate(() => chrome.commands.getAll())) as {
      name?: string;
      description?: string;
    }[];
    const described = commands.filter((c) => c.name && !c.name.startsWith('_'));
    expect(described.length).toBe(3);
    for (const c of described) expect(c.description).not.toMatch(/__MSG_|^$/);
  });
});
