import { beforeAll, describe, expect, it } from 'vitest';
import { extractClaims } from '../../../utils/extract';
import { createMatcher, type Matcher } from '../../../utils/match';
import { localiseMatches, localiseTopic, topicLabel } from '../../../utils/i18n/topic';
import type { ClaimMatch, TopicParts } from '../../../utils/schema';
import { bundled } from '../match/bundled';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const HOUR = 3_600_000;

/** Parts with nothing said but a period. */
const base: TopicParts = {
  metric: null,
  what: null,
  period: { start: day('2025-03-19'), end: day('2025-03-20'), asOf: false },
  place: null,
  actor: null,
  target: null,
  part: false,
};
const night = { start: day('2025-03-18') + 18 * HOUR, end: day('2025-03-19') + 9 * HOUR, asOf: false };

describe('a topic label written from its parts in each language', () => {
  it.each<[string, TopicParts, string | null, Record<'en' | 'uk' | 'ru', string>]>([
    [
      'drones launched over a night, one side at another',
      { ...base, metric: 'm', period: night, actor: 'russia', target: 'ukraine' },
      null,
      {
        en: 'M · night of 18–19 Mar 2025 · Russia → Ukraine',
        uk: 'M · ніч на 19 березня 2025 р. · Росія → Україна',
        ru: 'M · ночь на 19 марта 2025 г. · Россия → Украина',
      },
    ],
    [
      'a running total as of a day, one side’s losses',
      { ...base, metric: 'm', period: { ...base.period, asOf: true }, target: 'russia' },
      null,
      {
        en: 'M · as of 19 Mar 2025 · losses of Russia',
        uk: 'M · станом на 19 березня 2025 р. · втрати Росії',
        ru: 'M · на 19 марта 2025 г. · потери России',
      },
    ],
    [
      'ground held in a dataset place',
      { ...base, metric: 'm', place: 'kursk', actor: 'ukraine' },
      null,
      {
        en: 'M · 19 Mar 2025 · Kursk · by Ukraine',
        uk: 'M · 19 березня 2025 р. · Курськ · сторона: Україна',
        ru: 'M · 19 марта 2025 г. · Курск · сторона: Украина',
      },
    ],
    [
      'a page figure of a role and measure over a week, in a country',
      {
        ...base,
        what: { thing: 'person', kind: 'civilian', measure: 'killed' },
        period: { start: day('2025-03-01'), end: day('2025-03-08'), asOf: false },
        place: 'country:UA',
      },
      null,
      {
        en: 'Civilian killed · 1 Mar 2025 – 7 Mar 2025 · Ukraine',
        uk: 'Цивільні: загиблі · 1–7 березня 2025 р. · Україна',
        ru: 'Мирные жители: погибшие · 1–7 марта 2025 г. · Украина',
      },
    ],
    [
      'a part of a larger figure, of a people’s soldiers, in a city',
      {
        ...base,
        what: { thing: 'person', kind: 'israeli soldier', measure: 'injured' },
        place: 'local:kyiv',
        part: true,
      },
      null,
      {
        en: 'Israeli Soldier injured · 19 Mar 2025 · Kyiv · part of a larger figure',
        uk: 'Ізраїльські військові: поранені · 19 березня 2025 р. · Київ · частина більшої цифри',
        ru: 'Израильские военные: раненые · 19 марта 2025 г. · Киев · часть большей цифры',
      },
    ],
    [
      'a rate, the world over',
      { ...base, what: { thing: 'percent', kind: '', measure: 'inflation' }, place: 'world' },
      null,
      {
        en: 'Inflation (%) · 19 Mar 2025 · World',
        uk: 'Інфляція (%) · 19 березня 2025 р. · Світ',
        ru: 'Инфляция (%) · 19 марта 2025 г. · Мир',
      },
    ],
  ])('%s', (_name, parts, metricLabel, expected) => {
    for (const language of ['en', 'uk', 'ru'] as const)
      expect(topicLabel(parts, language, parts.metric ? 'M' : metricLabel)).toBe(expected[language]);
  });

  it('keeps a topic without parts, and a pack’s metric with no text, as they are', () => {
    const old = { id: 'x', label: 'Drones launched · 19 Mar 2025', definition: null };
    expect(localiseTopic(old, 'ru')).toBe(old);
    const pack = { ...old, parts: { ...base, metric: 'pack.own' } };
    expect(localiseTopic(pack, 'uk')).toBe(pack);
  });
});

describe('a page’s topics in the reader’s language', () => {
  let matcher: Matcher;
  beforeAll(async () => {
    matcher = createMatcher(await bundled());
  });

  /** The matches of one sentence published on 19 March 2025. */
  function matchesOf(text: string, lang: 'ru' | 'uk'): ClaimMatch[] {
    const published = '2025-03-19';
    const claims = extractClaims(text, { published, lang });
    return matcher.match(claims, { url: null, published, outlet: null, headline: null });
  }

  it('names the Air Force’s night of drones in Ukrainian, with the metric’s definition', () => {
    const [m] = localiseMatches(
      matchesOf(
        'У ніч на 19 березня ворог запустив 145 ударних БпЛА, повідомили у Повітряних силах ЗСУ.',
        'uk',
      ),
      'uk',
    );
    expect(m?.topic?.label).toBe(
      'Запущені дрони (ударні та дрони-імітатори) · ніч на 19 березня 2025 р. · Росія → Україна',
    );
    expect(m?.topic?.definition).toMatch(/^Дрони, запущені за одну атаку чи ніч/);
    // the id, which every language shares, is untouched
    expect(m?.topic?.id).toBe(
      matchesOf(
        'У ніч на 19 березня ворог запустив 145 ударних БпЛА, повідомили у Повітряних силах ЗСУ.',
        'uk',
      )[0]?.topic?.id,
    );
  });

  it('names a Russian exchange figure in Russian', () => {
    const [m] = localiseMatches(
      matchesOf('Из плена вернулись 175 российских военнослужащих, сообщило Минобороны России.', 'ru'),
      'ru',
    );
    expect(m?.topic?.label).toMatch(/^Пленные, возвращённые при обмене \(каждая сторона\) · /);
    expect(m?.topic?.label).not.toMatch(/[a-z]{3,}/i);
  });
});
