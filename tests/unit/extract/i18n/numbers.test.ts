import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../../utils/extract';
import type { PageClaim } from '../../../../utils/schema';

/** The claims of one Russian or Ukrainian sentence (the page's lang given, as a page gives it). */
const claims = (text: string, lang: 'ru' | 'uk'): PageClaim[] =>
  extractClaims(text, { published: '2025-06-10', lang });

const one = (text: string, lang: 'ru' | 'uk'): PageClaim => {
  const found = claims(text, lang);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('Slavic numbers: digits, scales and words', () => {
  it.each([
    ['ru', 'Спасатели вывезли 12 500 жителей.', 12500],
    ['ru', 'Спасатели вывезли 12\u00a0500 жителей.', 12500],
    ['ru', 'Ущерб оценили в 47,2 тыс. рублей.', 47200],
    ['ru', 'Бюджет проекта — 3,5 млрд рублей.', 3.5e9],
    ['ru', 'Спасатели эвакуировали двадцать два жителя.', 22],
    ['ru', 'Помощь получили около пяти тысяч семей.', 5000],
    ['ru', 'Полиция задержала полтора десятка человек.', 15],
    ['ru', 'Армия потеряла 900 тысяч человек.', 900000],
    ['uk', 'Окупанти втратили 900 тисяч осіб.', 900000],
    ['uk', 'Без газу лишилися 3 тис. будинків.', 3000],
    ['uk', 'Знайдено тіла двох загиблих.', 2],
    ['uk', 'Росіяни скинули півтора десятка авіабомб.', 15],
    ['uk', 'На ремонт виділили півтора мільйона гривень.', 1.5e6],
    ['uk', 'Бюджет передбачає 120 млрд гривень на оборону.', 1.2e11],
  ] as const)('%s: %s', (lang, text, value) => {
    expect(one(text, lang).value).toBe(value);
  });

  it.each([
    ['ru', 'В районе работают 40–50 пожарных.', 40, 50],
    ['ru', 'От 40 до 50 населённых пунктов остались без света.', 40, 50],
    ['uk', 'Під завалами можуть бути від 5 до 8 людей.', 5, 8],
  ] as const)('a range: %s: %s', (lang, text, low, high) => {
    const c = one(text, lang);
    expect([c.value, c.low, c.high]).toEqual([null, low, high]);
  });

  it.each([
    ['ru', 'На митинг вышли сотни человек.'],
    ['ru', 'Десятки беспилотников атаковали город.'],
    ['uk', 'Десятки дронів атакували місто.'],
  ] as const)('a vague amount: %s: %s', (lang, text) => {
    const c = one(text, lang);
    expect(c.vague).toBe(true);
  });

  it.each([
    ['ru', 'Совещание прошло 19 марта 2025 года.'],
    ['ru', 'Ракеты С-300 и Х-101 были перехвачены.'],
    ['ru', 'Пострадавшему 68 лет.'],
    ['ru', 'Цены выросли в три раза.'],
    ['uk', 'Засідання відбулося 20 березня.'],
    ['uk', 'За 3 тижні ситуація не змінилася.'],
    ['uk', 'Сталося це у 2024 році.'],
  ] as const)('no claim: %s: %s', (lang, text) => {
    expect(claims(text, lang)).toEqual([]);
  });
});

describe('Slavic apostrophes', () => {
  it.each(['пʼять', 'п`ять', 'п’ять', "п'ять"])('reads "%s" as 5 and keeps the page’s own text', (word) => {
    const c = one(`Рятувальники знайшли ${word} загиблих.`, 'uk');
    expect([c.value, c.text, c.lemma]).toEqual([5, `${word} загиблих`, 'dead']);
  });
});

describe('Slavic qualifiers', () => {
  it.each([
    ['ru', 'Погибли не менее 12 человек.', '>='],
    ['ru', 'Ракета пролетела почти 300 км.', '~'],
    ['ru', 'Эвакуировали около 200 человек.', '~'],
    ['ru', 'Пострадали более 30 человек.', '>'],
    ['ru', 'Пострадали 30 человек и более.', '>='],
    ['ru', 'Под завалами могут быть до 15 человек.', '<='],
    ['ru', 'Цена выросла до 60 рублей.', '='],
    ['uk', 'Евакуювали близько 200 людей.', '~'],
    ['uk', 'Понад 3 тис. будинків лишилися без газу.', '>'],
    ['uk', 'Загинули щонайменше шестеро цивільних.', '>='],
    ['uk', 'Знеструмлено майже 70% громади.', '~'],
    ['uk', 'Під завалами можуть бути до 15 людей.', '<='],
    ['uk', 'Ціна зросла до 60 гривень.', '='],
  ] as const)('%s: %s → %s', (lang, text, qualifier) => {
    expect(one(text, lang).qualifier).toBe(qualifier);
  });
});

describe('Slavic units and currencies', () => {
  it.each([
    ['ru', 'Цена выросла на 15%.', '%'],
    ['ru', 'Компания заплатила 5 млн долларов.', 'USD'],
    ['ru', 'Штраф составил 250 тыс. ₽.', 'RUB'],
    ['ru', 'Площадь пожара составила 12 кв. км.', 'km2'],
    ['ru', 'Войска продвинулись на 4,5 км² за неделю.', 'km2'],
    ['ru', 'Урожай собран с 800 га.', 'ha'],
    ['ru', 'Бюджет предусматривает 120 млрд гривен.', 'UAH'],
    ['uk', 'Ціна зросла до 60 ₴ за літр.', 'UAH'],
    ['uk', 'Виділено 300 млн євро.', 'EUR'],
    ['uk', 'Бюджет передбачає 120 млрд гривень.', 'UAH'],
  ] as const)('%s: %s → %s', (lang, text, unit) => {
    expect(one(text, lang).unit).toBe(unit);
  });

  it('leaves a sentence’s full stop out of an abbreviated unit', () => {
    expect(one('Ракета пролетела почти 300 км.', 'ru').text).toBe('300 км');
  });
});
