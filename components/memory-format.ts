import { INTL_LOCALE } from '../utils/i18n/languages';
import { currentLanguage, t } from '../utils/i18n/messages';

const relative = new Map<string, Intl.RelativeTimeFormat>();

/**
 * How long ago a time was, in the reader's words and language ("3 hours ago", "3 часа назад",
 * "3 години тому"): the language's own plural forms, by `Intl.RelativeTimeFormat`.
 */
export function agoText(at: number, now = Date.now()): string {
  const minutes = Math.max(0, Math.round((now - at) / 60_000));
  if (minutes < 1) return t('memory.justNow');
  const locale = INTL_LOCALE[currentLanguage()];
  let format = relative.get(locale);
  if (!format) relative.set(locale, (format = new Intl.RelativeTimeFormat(locale, { numeric: 'always' })));
  if (minutes < 60) return format.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 24) return format.format(-hours, 'hour');
  return format.format(-Math.round(hours / 24), 'day');
}

/** A size in bytes as the language in force writes it ("1.4 MB", "1,4 МБ"). */
export function formatBytes(bytes: number): string {
  const locale = INTL_LOCALE[currentLanguage()];
  const [value, unit] =
    bytes < 1024
      ? [bytes, 'byte']
      : bytes < 1_048_576
        ? [Math.round(bytes / 1024), 'kilobyte']
        : [bytes / 1_048_576, 'megabyte'];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}
