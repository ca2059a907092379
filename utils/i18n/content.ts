import { requestUiMessages } from '../messaging/send';
import { applyLanguageChoice } from './apply';
import type { Language, LanguageChoice } from './languages';
import { readLanguageChoice, watchLanguageChoice } from './setting';

async function viaBackground(language: Language): Promise<Record<string, string>> {
  const reply = await requestUiMessages(language);
  if (!reply.ok) throw new Error(reply.error);
  return Object.fromEntries(reply.messages.filter((pair) => pair.length === 2));
}

/**
 * Puts the reader's language in force in a content script (its messages asked of the
 * background when it is not the browser's) and follows later changes until `signal` aborts.
 * Resolves once the language is in force.
 */
export async function setupContentI18n(signal: AbortSignal): Promise<Language> {
  const apply = (choice: LanguageChoice) => applyLanguageChoice(choice, viaBackground);
  const stop = watchLanguageChoice((choice) => void apply(choice));
  signal.addEventListener('abort', stop, { once: true });
  return apply(await readLanguageChoice());
}
