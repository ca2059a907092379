import { describe, expect, it } from 'vitest';
import { detectLanguage, langOfTag } from '../../../../utils/extract/lang';

describe('langOfTag', () => {
  it.each([
    ['ru', 'ru'],
    ['ru-RU', 'ru'],
    ['uk', 'uk'],
    ['uk-UA', 'uk'],
    ['ua', 'uk'],
    ['en-GB', 'en'],
    ['de', null],
    ['', null],
    [null, null],
  ])('%s → %s', (tag, lang) => {
    expect(langOfTag(tag)).toBe(lang);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['The council said 40 houses were damaged.', null, 'en'],
    ['Вчера в городе открылись две новые школы, это было ожидаемо.', null, 'ru'],
    ['Учора в місті відкрилися дві нові школи, що було очікувано.', null, 'uk'],
    // one letter only Ukrainian writes is enough in a short text
    ['Окупанти втратили 900 тис. осіб.', null, 'uk'],
    // the page's lang decides where the letters do not
    ['Знеструмлено майже 70% громади.', 'uk', 'uk'],
    ['Погода: 20 градусов тепла.', 'ru', 'ru'],
    // the letters win over a page that claims the other language
    ['Учора в місті відкрилися дві нові школи, що було очікувано.', 'ru', 'uk'],
    // an English page with a Cyrillic name in it stays English
    ['The mayor, quoted as «Мэр», said 12 buses were hit.', 'en', 'en'],
    ['The mayor said 12 buses were hit.', 'uk', 'en'],
  ])('%s (lang %s) → %s', (text, hint, lang) => {
    expect(detectLanguage(text, hint)).toBe(lang);
  });
});
