import * as z from 'zod/mini';

/** The languages Tally's own text is written in (locales/<language>.yml). */
export const LANGUAGES = ['en', 'uk', 'ru'] as const;
/** One of {@link LANGUAGES}, as messages carry it. */
export const Language = z.enum(LANGUAGES);
/** @see LANGUAGES */
export type Language = z.infer<typeof Language>;

/** What the reader chose in the options: the browser's language, or one of Tally's. */
export const LanguageChoice = z.enum(['auto', ...LANGUAGES]);
/** @see LanguageChoice */
export type LanguageChoice = z.infer<typeof LanguageChoice>;

/**
 * The locale each language formats numbers and dates with: British English keeps
 * "18 March 2025" and "1,700"; Ukrainian and Russian write "18 березня 2025 р." and "1 700".
 */
export const INTL_LOCALE: Record<Language, string> = { en: 'en-GB', uk: 'uk-UA', ru: 'ru-RU' };

/** Each language's name in itself, as a language menu lists it. */
export const LANGUAGE_NAME: Record<Language, string> = {
  en: 'English',
  uk: 'Українська',
  ru: 'Русский',
};

/** One of Tally's languages from a locale tag ("ru", "uk_UA", "en-GB"), else null. */
export function asLanguage(tag: string | null | undefined): Language | null {
  const base = tag?.toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l === base) ?? null;
}
