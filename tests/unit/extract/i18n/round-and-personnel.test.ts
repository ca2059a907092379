import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../../utils/extract';
import type { PageClaim, Qualifier } from '../../../../utils/schema';

/** The only claim of one Russian or Ukrainian sentence (written for this test). */
const one = (text: string, lang: 'ru' | 'uk'): PageClaim => {
  const found = extractClaims(text, { published: '2025-06-10', lang });
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('hundreds and thousands as a round amount, not a precise figure', () => {
  it.each<['ru' | 'uk', string, number, Qualifier, boolean]>([
    // a round hundred ("сотня"): vague, never compared, whatever the qualifier
    ['ru', 'За ночь над регионом перехватили около сотни беспилотников.', 100, '~', true],
    ['uk', 'За ніч над областю перехопили близько сотні безпілотників.', 100, '~', true],
    ['ru', 'На акцию вышла сотня пенсионеров.', 100, '~', true],
    ['ru', 'В очереди на границе стояли порядка сотни грузовиков.', 100, '~', true],
    ['uk', 'Рятувальники вивели з підвалів понад сотню людей.', 100, '>', true],
    ['ru', 'Из-под завалов достали более сотни человек.', 100, '>', true],
    ['uk', 'Штурм відбили, ворог втратив майже сотню бійців.', 100, '~', true],
    ['ru', 'В городе остались около сотни тысяч жителей.', 100000, '~', true],
    // hundreds, plural: at least that many, vague
    ['ru', 'Сотни жителей остались без света.', 100, '>=', true],
    ['uk', 'Сотні родин досі чекають на компенсацію.', 100, '>=', true],
    // hundreds counted: roughly so many, a figure
    ['ru', 'Над областью сбили две сотни дронов.', 200, '~', false],
    ['uk', 'Поліція перевірила п’ять сотень автомобілів.', 500, '~', false],
    // "about a thousand": the singular scale word, a figure
    ['ru', 'Из зоны подтопления вывезли около тысячи человек.', 1000, '~', false],
    ['uk', 'Без води залишилися понад тисячу родин.', 1000, '>', false],
  ])('%s: %s', (lang, text, value, qualifier, vague) => {
    const c = one(text, lang);
    expect([c.value, c.qualifier, c.vague]).toEqual([value, qualifier, vague]);
  });
});

describe('persons counted as an army’s losses are personnel; elsewhere, people', () => {
  it.each<['ru' | 'uk', string, string]>([
    ['uk', 'Втрати противника за минулу добу склали 1 140 осіб, повідомив Генштаб.', 'personnel'],
    ['uk', 'За тиждень окупанти втратили 8 200 осіб особового складу.', 'personnel'],
    ['ru', 'Потери вражеской группировки составили до 230 человек, заявили в ведомстве.', 'personnel'],
    ['ru', 'За сутки армия противника лишилась около 1 200 человек личного состава.', 'personnel'],
    ['uk', 'Загалом втрати російського війська у цьому бою склали 90 осіб.', 'personnel'],
    // civilians in the sentence, or no army's losses: people
    ['uk', 'Унаслідок удару по ринку загинули 9 осіб, серед них мирні мешканці.', 'people'],
    ['uk', 'Через обстріл постраждали 14 осіб, повідомила ОВА.', 'people'],
    ['ru', 'Потери среди мирного населения составили 31 человек.', 'people'],
    ['ru', 'На концерт пришли 2 000 человек.', 'people'],
  ])('%s: %s', (lang, text, lemma) => {
    expect(one(text, lang).lemma).toBe(lemma);
  });
});
