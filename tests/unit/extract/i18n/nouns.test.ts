import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../../utils/extract';
import type { PageClaim } from '../../../../utils/schema';

const one = (text: string, lang: 'ru' | 'uk'): PageClaim => {
  const found = extractClaims(text, { published: '2025-06-10', lang });
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('Slavic counted nouns: as written, with the concept the matcher reads', () => {
  it.each([
    ['ru', 'Над морем сбили 47 украинских беспилотников.', 'беспилотников', 'drones'],
    ['ru', 'За сутки перехвачено 120 БПЛА самолётного типа.', 'БПЛА', 'drones'],
    ['uk', 'Уночі збито 85 ударних дронів.', 'дронів', 'drones'],
    ['uk', 'Сили ППО знешкодили 40 безпілотників.', 'безпілотників', 'drones'],
    ['uk', '„Ми збили 25 шахедів“, — сказав командувач.', 'шахедів', 'drones'],
    ['uk', 'Росіяни випустили дві балістичні ракети.', 'ракети', 'ballistic missiles'],
    ['ru', 'Армия освободила 3 населённых пункта.', 'пункта', 'settlements'],
    ['ru', 'Домой вернулись 84 российских военнослужащих.', 'военнослужащих', 'servicemen'],
    ['ru', 'Ранены пятеро мирных жителей.', 'жителей', 'people'],
    ['ru', 'Погибли двое детей.', 'детей', 'children'],
    ['uk', 'За добу знищено 14 танків.', 'танків', 'tanks'],
    ['uk', 'Відбито 32 артилерійські системи.', 'системи', 'artillery systems'],
    ['uk', 'Відбулося 148 бойових зіткнень.', 'зіткнень', 'clashes'],
    ['ru', 'Повреждены 15 жилых домов.', 'домов', 'buildings'],
    ['uk', 'Знайдено тіла двох загиблих.', 'загиблих', 'dead'],
  ] as const)('%s: %s', (lang, text, concept, lemma) => {
    const c = one(text, lang);
    expect(c.concept).toBe(concept);
    expect(c.lemma).toBe(lemma);
  });

  it('counts the noun named before in "из них"', () => {
    const found = extractClaims('Ранены 12 человек, 5 из них госпитализированы.', { lang: 'ru' });
    expect(found.map((c) => c.lemma)).toEqual(['people', 'people']);
  });

  it('stops before a collective numeral that starts the next figure', () => {
    const found = extractClaims('Из пяти пострадавших трое госпитализированы.', { lang: 'ru' });
    expect(found[0]?.text).toBe('пяти пострадавших');
    expect(found[0]?.lemma).toBe('injured');
  });

  it('takes the noun before an owner’s abbreviation, not the abbreviation', () => {
    const c = one('Домой вернулись 40 пленных военнослужащих ВМС.', 'ru');
    expect([c.concept, c.lemma]).toEqual(['военнослужащих', 'prisoners']);
  });

  it('gives a figure whose noun is left out the noun counted just before in its sentence', () => {
    const found = extractClaims('Збито 40 безпілотників, ще 12 локаційно втрачені.', { lang: 'uk' });
    expect(found.map((c) => [c.value, c.lemma])).toEqual([
      [40, 'drones'],
      [12, 'drones'],
    ]);
  });

  it('gives English claims no lemma', () => {
    expect(extractClaims('The navy sank 12 patrol boats.')[0]?.lemma).toBeUndefined();
  });
});
