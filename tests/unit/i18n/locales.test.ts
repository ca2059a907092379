import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../utils/i18n';
import { allLocaleMessages } from '../support/locales';

const messages = allLocaleMessages();
const english = messages.en;

/** The plural forms each language writes (CLDR categories for whole numbers, and `other` for fractions). */
const FORMS = {
  en: ['one', 'other'],
  uk: ['one', 'few', 'many', 'other'],
  ru: ['one', 'few', 'many', 'other'],
};
const PLURAL = /_(one|few|many|other)$/;

const names = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const pluralBases = (keys: string[]) => [
  ...new Set(keys.filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, ''))),
];

describe('the locales', () => {
  it.each(LANGUAGES)('%s has every message English has, and no other', (language) => {
    const keys = Object.keys(messages[language]).filter((k) => !PLURAL.test(k));
    expect(keys.sort()).toEqual(
      Object.keys(english)
        .filter((k) => !PLURAL.test(k))
        .sort(),
    );
  });

  it.each(LANGUAGES)('%s writes every plural message in each of its forms', (language) => {
    const keys = Object.keys(messages[language]);
    expect(pluralBases(keys).sort()).toEqual(pluralBases(Object.keys(english)).sort());
    for (const base of pluralBases(keys)) {
      const forms = keys.filter((k) => k.replace(PLURAL, '') === base).map((k) => PLURAL.exec(k)![1]);
      expect({ base, forms: forms.sort() }).toEqual({ base, forms: [...FORMS[language]].sort() });
    }
  });

  it.each(LANGUAGES)('%s fills in the same {names} as English (a plural form: some of them)', (language) => {
    for (const [key, message] of Object.entries(messages[language])) {
      if (PLURAL.test(key)) {
        const en = names(english[key.replace(PLURAL, '_other')]!);
        expect({ key, names: names(message).filter((n) => !en.includes(n)) }).toEqual({ key, names: [] });
      } else expect({ key, names: names(message) }).toEqual({ key, names: names(english[key]!) });
    }
  });

  it.each(LANGUAGES)(
    '%s has no dollar sign (a placeholder to the browser) and no empty message',
    (language) => {
      for (const [key, message] of Object.entries(messages[language])) {
        expect({ key, dollar: message.includes('$'), empty: message.trim() === '' }).toEqual({
          key,
          dollar: false,
          empty: false,
        });
      }
    },
  );

  it('names every message differently even without case (the browser ignores it)', () => {
    const keys = Object.keys(english);
    expect(new Set(keys.map((k) => k.toLowerCase())).size).toBe(keys.length);
  });

  it.each(LANGUAGES)('%s says which language it is', (language) => {
    expect(messages[language].meta_language).toBe(language);
  });
});
