import type { Language, LanguageChoice } from './languages';
import { browserLanguage, setMessages } from './messages';

/** Loads one language's messages as `{key: message}`. */
export type MessagesLoader = (language: Language) => Promise<Record<string, string>>;

/**
 * Puts the reader's choice of language in force and returns the language in force. The
 * browser's own language needs nothing loaded; another is loaded with `load`. A language
 * that cannot be loaded leaves the browser's in force.
 */
export async function applyLanguageChoice(choice: LanguageChoice, load: MessagesLoader): Promise<Language> {
  const native = browserLanguage();
  const wanted = choice === 'auto' ? native : choice;
  if (wanted === native) {
    setMessages(native, null);
    return native;
  }
  try {
    setMessages(wanted, await load(wanted));
    return wanted;
  } catch (e) {
    console.warn(`Tally: the ${wanted} messages could not be loaded:`, e);
    setMessages(native, null);
    return native;
  }
}
