import { Fragment, render, type VNode } from 'preact';
import { applyLanguageChoice, fetchMessages, readLanguageChoice, watchLanguageChoice } from '../utils/i18n';
import { t, type PlainKey } from '../utils/i18n/messages';

/**
 * Renders one of Tally's pages in the reader's language: the language chosen in the options
 * (else the browser's) is put in force first, the page's `lang` and title follow it, and the
 * page is drawn afresh in the new language whenever the choice changes.
 */
export async function mountPage(app: () => VNode, root: HTMLElement, title: PlainKey): Promise<void> {
  const draw = (language: string) => {
    document.documentElement.lang = language;
    document.title = t(title);
    // Keyed on the language: every component starts again, with its text in the new language.
    render(<Fragment key={language}>{app()}</Fragment>, root);
  };
  draw(await applyLanguageChoice(await readLanguageChoice(), fetchMessages));
  watchLanguageChoice((choice) => void applyLanguageChoice(choice, fetchMessages).then(draw));
}
