import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../../utils/extract';

const frame = (text: string, lang: 'ru' | 'uk') =>
  extractClaims(text, { published: '2025-06-10', lang })[0]?.frame;

describe('Slavic time phrases', () => {
  it.each([
    ['ru', 'В ночь на 9 июня над регионом сбили 12 беспилотников.', '2025-06-08T19:00', '2025-06-09T08:00'],
    ['ru', 'Ночью над регионом сбили 12 беспилотников.', '2025-06-09T19:00', '2025-06-10T08:00'],
    ['uk', 'Уночі 10 червня росіяни запустили 40 дронів.', '2025-06-09T19:00', '2025-06-10T08:00'],
    ['uk', 'У ніч на 9 червня росіяни запустили 40 дронів.', '2025-06-08T19:00', '2025-06-09T08:00'],
    ['ru', 'За сутки сбили 12 беспилотников.', '2025-06-09', '2025-06-10'],
    ['uk', 'За минулу добу знищено 14 танків.', '2025-06-09', '2025-06-10'],
    ['ru', 'Вчера сбили 12 беспилотников.', '2025-06-09', '2025-06-10'],
  ] as const)('%s: %s', (lang, text, start, end) => {
    expect(frame(text, lang)?.period).toEqual({ start, end });
  });

  it.each([
    ['ru', 'В ночь на 9 июня сбили 12 беспилотников.', 'night'],
    ['uk', 'Уночі збито 40 дронів.', 'night'],
    ['ru', 'За сутки сбили 12 беспилотников.', 'past-day'],
    ['uk', 'За добу знищено 14 танків.', 'past-day'],
    ['ru', 'С начала вторжения армия потеряла 900 танков.', 'cumulative'],
    ['uk', 'З початку повномасштабного вторгнення знищено 900 танків.', 'cumulative'],
    ['ru', 'Вчера сбили 12 беспилотников.', 'day'],
    ['uk', 'Збито 40 дронів.', 'none'],
  ] as const)('the time form of %s: %s is %s', (lang, text, form) => {
    expect(frame(text, lang)?.timeForm).toBe(form);
  });

  it('reads the action and the place in the matcher’s English', () => {
    const f = frame('Над Брянской областью уничтожены 47 беспилотников.', 'ru');
    expect(f?.action).toBe('shot down');
    expect(f?.place).toBe('Bryansk region');
  });
});
