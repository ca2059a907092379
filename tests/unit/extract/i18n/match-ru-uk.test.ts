import { beforeAll, describe, expect, it } from 'vitest';
import { extractClaims } from '../../../../utils/extract';
import { ClaimantResolver, createMatcher, type Matcher } from '../../../../utils/match';
import type { ClaimMatch } from '../../../../utils/schema';
import { bundled } from '../../match/bundled';

let matcher: Matcher;
let resolver: ClaimantResolver;

beforeAll(async () => {
  const ds = await bundled();
  matcher = createMatcher(ds);
  resolver = new ClaimantResolver(ds.claimants);
});

/** The match of the only figure of a sentence published on 19 March 2025. */
function matchOf(text: string, lang: 'en' | 'ru' | 'uk'): ClaimMatch {
  const published = '2025-03-19';
  const claims = extractClaims(text, { published, lang });
  expect(claims).toHaveLength(1);
  return matcher.match(claims, { url: null, published, outlet: null, headline: null })[0]!;
}

describe('a figure reaches the same topic whatever language it is read in', () => {
  const english =
    "Russia launched 145 attack and decoy drones at Ukraine overnight, Ukraine's Air Force said.";

  it.each([
    [
      'uk',
      'У ніч на 19 березня росіяни атакували Україну 145 ударними БпЛА, повідомили у Повітряних силах ЗСУ.',
    ],
    ['ru', 'Ночью Россия атаковала Украину 145 ударными беспилотниками, сообщили Воздушные силы ВСУ.'],
  ] as const)('%s: %s', (lang, text) => {
    const en = matchOf(english, 'en');
    const m = matchOf(text, lang);
    expect(m.claimant?.id).toBe('ua-air-force');
    expect(m.topic).toEqual(en.topic);
    expect(m.status).toBe(en.status);
    expect(m.others.map((o) => [o.claimant, o.value])).toEqual(en.others.map((o) => [o.claimant, o.value]));
  });

  it('shows the other side’s figure of an exchange on a Russian page', () => {
    const m = matchOf('Из плена вернулись 175 российских военнослужащих, сообщило Минобороны России.', 'ru');
    expect(m.claimant?.id).toBe('ru-mod');
    expect(m.topic?.label).toMatch(/^Prisoners returned in an exchange/);
    expect(m.others.some((o) => o.claimant === 'ua-president' && o.value === 175)).toBe(true);
  });

  it('reads a Ukrainian exchange figure as its English twin is read', () => {
    const en = matchOf(
      'Some 175 Ukrainian defenders returned home, the Coordination Headquarters said.',
      'en',
    );
    const m = matchOf('Додому повернулися 175 українських захисників, повідомив Координаційний штаб.', 'uk');
    expect(m.claimant?.id).toBe('ua-coordination-hq-pows');
    expect([m.status, m.topic]).toEqual([en.status, en.topic]);
  });
});

describe('claimants named in Russian and Ukrainian', () => {
  it.each([
    ['Минобороны России', 'ru-mod'],
    ['Міноборони Росії', 'ru-mod'],
    ['Минобороны', 'ru-mod'],
    ['Повітряні сили ЗСУ', 'ua-air-force'],
    ['Воздушные силы ВСУ', 'ua-air-force'],
    ['Генштаб ЗСУ', 'ua-general-staff'],
    ['Генеральний штаб', 'ua-general-staff'],
    ['губернатор Курской области', 'ru-kursk-governor'],
    ['Володимир Зеленський', 'ua-president'],
    // a bare name both sides' bodies are called is only itself as the whole name
    ['Минобороны Украины', null],
    // a place is no speaker inside another name, nor inside a longer word
    ['мэр Киева', null],
    ['Киевская область', null],
  ] as const)('%s → %s', (name, id) => {
    expect(resolver.resolve(name)?.id ?? null).toBe(id);
  });
});
