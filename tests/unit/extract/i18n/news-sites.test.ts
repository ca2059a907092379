import { describe, expect, it } from 'vitest';
import { isBuiltInNewsSite, NEWS_SITES } from '../../../../utils/sites/news-sites';

describe('built-in Russian and Ukrainian outlets', () => {
  it.each([
    'www.pravda.com.ua',
    'suspilne.media',
    'www.ukrinform.ua',
    'tass.ru',
    'ria.ru',
    'www.interfax.ru',
    'mil.ru',
  ])('%s is built in', (host) => {
    expect(isBuiltInNewsSite(host)).toBe(true);
  });

  it('lists each host once', () => {
    expect(new Set(NEWS_SITES).size).toBe(NEWS_SITES.length);
  });

  it('takes no look-alike host for an outlet', () => {
    expect(isBuiltInNewsSite('tass.ru.example.com')).toBe(false);
    expect(isBuiltInNewsSite('notmil.ru')).toBe(false);
  });
});
