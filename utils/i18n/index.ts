/** Tally's own text in English, Ukrainian and Russian, and numbers and dates as each language writes them. */
export {
  t,
  tn,
  formatNumber,
  currentLanguage,
  browserLanguage,
  setMessages,
  chromeKey,
  type MessageKey,
  type PlainKey,
  type PluralKey,
  type Values,
} from './messages';
export { formatDay, formatList, formatMonth } from './format';
export { LANGUAGES, LANGUAGE_NAME, INTL_LOCALE, Language, LanguageChoice, asLanguage } from './languages';
export { applyLanguageChoice, type MessagesLoader } from './apply';
export { fetchMessages, messagesOf, MessagesFile } from './load';
export { readLanguageChoice, saveLanguageChoice, watchLanguageChoice } from './setting';
