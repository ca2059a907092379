import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  applyLanguageChoice,
  formatDay,
  formatNumber,
  readLanguageChoice,
  saveLanguageChoice,
  setMessages,
  t,
  tn,
  type Language,
} from '../../../utils/i18n';
import { localeMessages } from '../support/locales';

const use = (language: Language) => setMessages(language, localeMessages(language));

describe('t and tn', () => {
  afterEach(() => use('en'));

  it('fills in a message’s names', () => {
    expect(t('qualifier.about', { figure: '200' })).toBe('about 200');
  });

  it.each([
    ['en', 1, 'one'],
    ['en', 2, 'other'],
    ['ru', 1, 'one'],
    ['ru', 3, 'few'],
    ['ru', 5, 'many'],
    ['ru', 11, 'many'],
    ['ru', 21, 'one'],
    ['ru', 24, 'few'],
    ['uk', 2, 'few'],
    ['uk', 12, 'many'],
    ['uk', 101, 'one'],
  ] as const)('in %s, %i takes the %s form', (language, count, form) => {
    use(language);
    const messages = localeMessages(language);
    const expected = messages[`page_found_${form}`]!.replace('{count}', String(count)).replace(
      '{diverging}',
      '0',
    );
    expect(tn('page.found', count, { diverging: 0 })).toBe(expected);
  });

  it('writes numbers and dates as the language in force does', () => {
    expect([formatNumber(1700.5), formatDay('2025-03-18')]).toEqual(['1,700.5', '18 March 2025']);
    use('uk');
    expect([formatNumber(1700.5), formatDay('2025-03-18')]).toEqual(['1\u00a0700,5', '18 березня 2025 р.']);
    use('ru');
    expect([formatNumber(1700), formatDay('2025-03-18T10:00:00Z')]).toEqual([
      '1\u00a0700',
      '18 марта 2025 г.',
    ]);
  });

  it('gives the key itself for a message that is missing', () => {
    setMessages('en', {});
    expect(t('popover.close')).toBe('popover.close');
  });
});

describe('the reader’s choice of language', () => {
  afterEach(() => use('en'));

  it('is stored, and a malformed value reads as the browser’s language', async () => {
    fakeBrowser.reset();
    expect(await readLanguageChoice()).toBe('auto');
    await saveLanguageChoice('uk');
    expect(await readLanguageChoice()).toBe('uk');
    await fakeBrowser.storage.local.set({ language: 'klingon' });
    expect(await readLanguageChoice()).toBe('auto');
  });

  it('loads another language than the browser’s, and keeps the browser’s when it cannot', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const loaded: Language[] = [];
    const load = async (language: Language) => {
      loaded.push(language);
      if (language === 'uk') throw new Error('gone');
      return localeMessages(language);
    };
    expect(await applyLanguageChoice('ru', load)).toBe('ru');
    expect(t('popover.close')).toBe(localeMessages('ru').popover_close);
    expect(await applyLanguageChoice('uk', load)).toBe('en');
    expect(loaded).toEqual(['ru', 'uk']);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
