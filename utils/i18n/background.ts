import { applyLanguageChoice } from './apply';
import type { LanguageChoice } from './languages';
import { fetchMessages } from './load';
import { readLanguageChoice, watchLanguageChoice } from './setting';

/**
 * Puts the reader's language in force in the background (for what it shows itself: the context
 * menu) now and whenever the choice changes, calling `onApplied` each time, so what it made in
 * the old language can be written again.
 */
export function followLanguageChoice(onApplied: () => void): void {
  const apply = (choice: LanguageChoice) => void applyLanguageChoice(choice, fetchMessages).then(onApplied);
  void readLanguageChoice().then(apply);
  watchLanguageChoice(apply);
}
