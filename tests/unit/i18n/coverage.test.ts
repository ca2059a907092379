import { afterEach, describe, expect, it } from 'vitest';
import { coverageStatement } from '../../../utils/dataset/coverage';
import { setMessages, type Language } from '../../../utils/i18n';
import type { FamilySummary } from '../../../utils/schema';
import { localeMessages } from '../support/locales';

const use = (language: Language) => setMessages(language, localeMessages(language));

/** One family of figures about the Russia–Ukraine war, written for this test. */
const FAMILY: FamilySummary = {
  id: 'air-force-reports',
  name: 'Air force reports',
  credit: 'written for this test',
  claims: 12,
  from: '2022-09-10',
  to: '2025-03-19',
  claimants: [{ id: 'ua-air-force', name: 'Ukraine’s Air Force', side: 'ukraine', claims: 12 }],
  conflicts: ['russia-ukraine'],
  metrics: [{ id: 'drones-launched', label: 'Drones launched' }],
};

describe('the popup’s statement of what the data covers', () => {
  afterEach(() => use('en'));

  it.each([
    [
      'en',
      5,
      "None of the 5 figures on this page is in Tally's data. It covers the Russia–Ukraine war, Sept 2022 – Mar 2025 (figures from Ukraine’s Air Force). Figures on the page are still compared with each other.",
    ],
    [
      'uk',
      21,
      'Жодної з 21 цифри цієї сторінки немає в даних Tally. Дані охоплюють: Російсько-українська війна, вер. 2022 р. – бер. 2025 р. (цифри від: Ukraine’s Air Force). Цифри на сторінці все одно порівнюються між собою.',
    ],
    [
      'ru',
      5,
      'Ни одной из 5 цифр этой страницы нет в данных Tally. Данные охватывают: Российско-украинская война, сент. 2022 г. – март 2025 г. (цифры от: Ukraine’s Air Force). Цифры на странице всё равно сравниваются между собой.',
    ],
  ] as const)('in %s, for %i figures', (language, figures, want) => {
    use(language);
    expect(coverageStatement([FAMILY], figures)).toBe(want);
  });

  it('speaks of the one figure when the page has one', () => {
    use('ru');
    expect(coverageStatement([], 1)).toBe(
      'Цифры с этой страницы нет в данных Tally. Цифры на странице всё равно сравниваются между собой.',
    );
  });
});
