import { INTL_LOCALE } from './languages';
import { currentLanguage } from './messages';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar day as the language in force writes it ("18 March 2025", "18 березня 2025 р.")
 * from an ISO date or date-time; the day as written (no time-zone shift). Null when it is none.
 */
export function formatDay(iso: string | null | undefined, month: 'long' | 'short' = 'long'): string | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return null;
  const locale = INTL_LOCALE[currentLanguage()];
  const cacheKey = `${locale}:${month}`;
  let format = dayFormats.get(cacheKey);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' });
    dayFormats.set(cacheKey, format);
  }
  return format.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

const lists = new Map<string, Intl.ListFormat>();

/** Items joined as the language in force joins them ("A, B and C", "A, B і C", "A, B и C"). */
export function formatList(items: readonly string[]): string {
  const locale = INTL_LOCALE[currentLanguage()];
  let format = lists.get(locale);
  if (!format) lists.set(locale, (format = new Intl.ListFormat(locale, { type: 'conjunction' })));
  return format.format(items);
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** A month as the language in force writes it briefly ("Feb 2022", "лют. 2022 р."), from an ISO date; '' when none. */
export function formatMonth(iso: string | null | undefined): string {
  const m = iso ? /^(\d{4})-(\d{2})/.exec(iso) : null;
  if (!m) return '';
  const locale = INTL_LOCALE[currentLanguage()];
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    monthFormats.set(locale, format);
  }
  return format.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
}
