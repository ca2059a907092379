/**
 * Tally's own text: `t('popup.settings')`, `tn('popup.figures', 12)`. Messages are written in
 * locales/*.yml, built into the extension's `_locales/<language>/messages.json` by
 * `@wxt-dev/i18n`, and read with the browser's `i18n.getMessage` — unless the reader chose
 * another language than the browser's in the options, in which case that language's
 * messages file is loaded once ({@link setMessages}) and read from memory.
 */
import type { GeneratedI18nStructure } from '#i18n';
import { browser } from 'wxt/browser';
import { INTL_LOCALE, asLanguage, type Language } from './languages';

type Structure = GeneratedI18nStructure;

/** A message's key, as written in locales/en.yml ("popup.settings"). */
export type MessageKey = Exclude<keyof Structure & string, `@@${string}`>;

/** The `{names}` a message substitutes. */
type Names<K extends MessageKey> = Structure[K] extends { namedSubstitutions: readonly (infer N)[] }
  ? N & string
  : never;

/** What a message's `{names}` are filled with. */
export type Values<K extends MessageKey> = Record<Names<K>, string | number>;

/** A message with no `{names}`, so it can be passed around as a key alone. */
export type PlainKey = { [K in MessageKey]: [Names<K>] extends [never] ? K : never }[MessageKey];

/** The arguments after the key: the values when the message has `{names}`, nothing otherwise. */
type ArgsOf<K extends MessageKey> = [Names<K>] extends [never] ? [] : [values: Values<K>];

/** A message with plural forms: `base.one`, `base.other` (and `few`, `many` where a language has them). */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer B}.other` ? B : never) : never;

/** The values of a plural message besides `{count}`. */
type PluralArgs<B extends PluralKey> = [Exclude<Names<`${B}.other` & MessageKey>, 'count'>] extends [never]
  ? []
  : [values: Record<Exclude<Names<`${B}.other` & MessageKey>, 'count'>, string | number>];

/** The messages in force: null reads the browser's own `i18n.getMessage`. */
let table: Readonly<Record<string, string>> | null = null;
let language: Language = 'en';
let plurals: Intl.PluralRules | null = null;
let numbers: Intl.NumberFormat | null = null;

/** A message key as the browser's messages files name it ("popup.settings" → "popup_settings"). */
export function chromeKey(key: string): string {
  return key.replaceAll('.', '_');
}

/** The browser's own message for `key` in the browser's language ('' when it has none). */
function nativeMessage(key: string): string {
  try {
    return browser.i18n.getMessage(chromeKey(key) as '@@ui_locale') ?? '';
  } catch {
    return '';
  }
}

/** Which of Tally's languages the browser's own messages are in (English when it has none of them). */
export function browserLanguage(): Language {
  return asLanguage(nativeMessage('meta.language')) ?? 'en';
}

function lookup(key: string): string {
  return table ? (table[chromeKey(key)] ?? '') : nativeMessage(key);
}

function fill(message: string, values: Record<string, string | number> | undefined): string {
  if (!values) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** The message `key` in the language in force, its `{names}` filled in; the key itself when it is missing. */
export function t<K extends MessageKey>(key: K, ...args: ArgsOf<K>): string {
  const message = lookup(key);
  return message ? fill(message, args[0]) : key;
}

/** The message `key` in the language in force when it has one, else null: keys made from data (a side's id). */
export function tIfAny(key: string): string | null {
  return lookup(key) || null;
}

/**
 * The message naming a thing the data knows by id, when the locales name it, else null: a side or
 * a conflict (`tOfId('conflict', 'russia-ukraine')` reads `conflict.russiaUkraine`).
 */
export function tOfId(group: string, id: string): string | null {
  return tIfAny(`${group}.${id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())}`);
}

/**
 * The plural form of `base` for `count` by the language's own rules (Ukrainian and Russian:
 * one, few, many; English: one, other), with `{count}` written as the language writes numbers.
 */
export function tn<B extends PluralKey>(base: B, count: number, ...args: PluralArgs<B>): string {
  plurals ??= new Intl.PluralRules(INTL_LOCALE[language]);
  const form = lookup(`${base}.${plurals.select(count)}`) || lookup(`${base}.other`);
  const values: Record<string, string | number> = { ...args[0], count: formatNumber(count) };
  return form ? fill(form, values) : base;
}

/** The language Tally's text and numbers are in. */
export function currentLanguage(): Language {
  return language;
}

/** A number as the language in force writes it ("898,070" in English, "898 070" in Ukrainian). */
export function formatNumber(x: number): string {
  // One formatter per language: making one costs milliseconds, and a popover shows dozens of numbers.
  numbers ??= new Intl.NumberFormat(INTL_LOCALE[language], { maximumFractionDigits: 2 });
  return numbers.format(x);
}

/**
 * Puts `lang` in force: `messages` is its messages file (`{key: message}`), or null to read the
 * browser's own. Pages call this through `setupI18n`; tests call it directly.
 */
export function setMessages(lang: Language, messages: Readonly<Record<string, string>> | null): void {
  language = lang;
  table = messages;
  plurals = null;
  numbers = null;
}
