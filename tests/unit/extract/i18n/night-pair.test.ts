import { beforeAll, describe, expect, it } from 'vitest';
import { extractClaims } from '../../../../utils/extract';
import { createMatcher, type Matcher } from '../../../../utils/match';
import type { ClaimMatch } from '../../../../utils/schema';
import { bundled } from '../../match/bundled';

let matcher: Matcher;
beforeAll(async () => {
  matcher = createMatcher(await bundled());
});

/** The only figure of a sentence published on 19 March 2025, matched. */
function matchOf(text: string, lang: 'ru' | 'uk'): ClaimMatch {
  const published = '2025-03-19';
  const claims = extractClaims(text, { published, lang });
  expect(claims).toHaveLength(1);
  return matcher.match(claims, { url: null, published, outlet: null, headline: null })[0]!;
}

describe('one night as each side’s ministry gives it', () => {
  const AIR_FORCE =
    'У ніч на 19 березня противник атакував Україну 145 ударними БпЛА, повідомили у Повітряних силах ЗСУ.';

  it.each([
    // the side attacked named between the verb and the figure, or after the noun
    'В ночь на 19 марта российские войска атаковали Украину 120 ударными беспилотниками, сообщили в Минобороны России.',
    'Этой ночью армия России запустила по территории Украины 120 беспилотников, заявили в Минобороны России.',
    'Минувшей ночью Россия атаковала 120 дронами Украину, сообщило Минобороны России.',
  ])('%s', (text) => {
    const airForce = matchOf(AIR_FORCE, 'uk');
    const m = matchOf(text, 'ru');
    expect(m.claimant?.id).toBe('ru-mod');
    expect(m.topic?.id).toBe(airForce.topic?.id);
    expect(m.status).toBe('diverges');
    expect(m.others.some((o) => o.claimant === 'ua-air-force' && o.value === 145)).toBe(true);
  });
});
