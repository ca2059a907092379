import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../../utils/extract';

/** The measure of each figure in a sentence, by the figure's words. */
function measures(text: string): Record<string, string | null> {
  const claims = extractClaims(text, { published: '2025-03-19' });
  return Object.fromEntries(claims.map((c) => [c.text, c.frame.measure]));
}

describe('"уничтожено" / "знищено": shot down only for what flies', () => {
  it.each([
    [
      'ru drones',
      'Минобороны сообщило, что за ночь уничтожено 120 беспилотников.',
      '120 беспилотников',
      'shot down',
    ],
    ['uk drones', 'Повітряні сили повідомили, що знищено 60 дронів.', '60 дронів', 'shot down'],
    ['ru tanks', 'По данным Минобороны, уничтожено 5 танков.', '5 танков', 'destroyed'],
    ['uk tanks', 'Генштаб повідомив, що знищено 12 танків.', '12 танків', 'destroyed'],
    ['ru intercepted', 'Минобороны: перехвачено 40 беспилотников.', '40 беспилотников', 'shot down'],
  ])('%s', (_, text, figure, measure) => {
    expect(measures(text)[figure]).toBe(measure);
  });
});
