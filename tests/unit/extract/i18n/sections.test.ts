import { describe, expect, it } from 'vitest';
import { extractSections } from '../../../../utils/extract';

describe('language per live-blog entry', () => {
  const ru = 'Минобороны России заявило, что за сутки сбиты 30 беспилотников.';
  const uk = 'Повітряні сили повідомили, що за добу збито 40 безпілотників.';
  const en = 'The air force said 50 drones were shot down.';
  const text = [en, uk, ru].join('\n');
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

  it('reads each entry in its own language, the rest in the page’s', () => {
    const claims = extractSections(
      text,
      '2025-03-19',
      [
        { ...at(uk), published: '2025-03-19T09:00', lang: 'uk' },
        { ...at(ru), published: '2025-03-19T10:00', lang: 'ru' },
      ],
      'en',
    );
    expect(claims.map((c) => [c.value, c.concept, c.lemma ?? null])).toEqual([
      [50, 'drones', null],
      [40, 'безпілотників', 'drones'],
      [30, 'беспилотников', 'drones'],
    ]);
  });

  it('treats a date in the other language as a date, not a figure', () => {
    // a Russian entry under a Ukrainian date label
    const label = '19 березня, 21:10\nМинобороны России заявило, что сбиты 30 беспилотников.';
    const claims = extractSections(label, '2025-03-19', [], 'ru');
    expect(claims.map((c) => c.value)).toEqual([30]);
  });
});
