import { browser } from 'wxt/browser';
import { LanguageChoice } from './languages';

// Read straight from storage.local, like utils/settings/read-in-page.ts: the content script
// reads it too, and the storage wrapper would add to its size for one read and a watch.
const KEY = 'language';

function parse(raw: unknown): LanguageChoice {
  const parsed = LanguageChoice.safeParse(raw);
  return parsed.success ? parsed.data : 'auto';
}

/** The language the reader chose in the options ('auto': the browser's); a malformed value reads as 'auto'. */
export async function readLanguageChoice(): Promise<LanguageChoice> {
  return parse((await browser.storage.local.get(KEY))[KEY]);
}

/** Stores the reader's choice of language; every open page of Tally follows it. */
export async function saveLanguageChoice(choice: LanguageChoice): Promise<void> {
  await browser.storage.local.set({ [KEY]: LanguageChoice.parse(choice) });
}

/** Calls back with the new choice whenever it changes; returns the unwatch function. */
export function watchLanguageChoice(onChange: (choice: LanguageChoice) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[KEY];
    if (area === 'local' && change) onChange(parse(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
