import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

/** One language's messages (`{key: message}`) as the build writes them, from locales/<language>.yml. */
export function messagesOf(language: string): Record<string, string> {
  const text = readFileSync(resolve('locales', `${language}.yml`), 'utf8');
  return Object.fromEntries(
    Object.entries(generateChromeMessages(parseMessagesText(text, 'YAML'))).map(([k, m]) => [k, m.message]),
  );
}

/**
 * Pieces of English only Tally's own English text would show: the longest stretch of each English
 * message between its `{names}`, where it has several words and `language` writes it otherwise.
 */
export function englishTells(language: string): string[] {
  const english = messagesOf('en');
  const other = messagesOf(language);
  return Object.entries(english)
    .filter(([key, message]) => other[key] !== message)
    .map(([, message]) =>
      message
        .split(/\{\w+\}/)
        .sort((a, b) => b.length - a.length)[0]!
        .trim(),
    )
    .filter((piece) => piece.split(/\s+/).length >= 3);
}
