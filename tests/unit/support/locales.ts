import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { LANGUAGES, messagesOf, type Language } from '../../../utils/i18n';

/** One language's messages as the build writes them into `_locales/<language>/messages.json`. */
export function localeMessages(language: Language): Record<string, string> {
  const text = readFileSync(resolve('locales', `${language}.yml`), 'utf8');
  return messagesOf(generateChromeMessages(parseMessagesText(text, 'YAML')));
}

/** Every language's messages. */
export function allLocaleMessages(): Record<Language, Record<string, string>> {
  return Object.fromEntries(LANGUAGES.map((l) => [l, localeMessages(l)])) as Record<
    Language,
    Record<string, string>
  >;
}
