import { useEffect, useState } from 'preact/hooks';
import {
  LANGUAGES,
  LANGUAGE_NAME,
  browserLanguage,
  readLanguageChoice,
  saveLanguageChoice,
  type LanguageChoice,
} from '../../utils/i18n';
import { t } from '../../utils/i18n/messages';

/**
 * Options → Language: the browser's language (the default) or one of Tally's three. Each
 * language is named in itself, so a reader who cannot read the current one still finds theirs.
 */
export function LanguageSection() {
  const [choice, setChoice] = useState<LanguageChoice | null>(null);
  useEffect(() => void readLanguageChoice().then(setChoice), []);
  if (!choice) return null;
  const native = LANGUAGE_NAME[browserLanguage()];
  return (
    <section aria-labelledby="language-head" data-testid="tally-options-language">
      <h2 id="language-head">{t('options.language.title')}</h2>
      <p class="intro">{t('options.language.intro')}</p>
      <label class="inline" for="language">
        {t('options.language.label')}
      </label>{' '}
      <select
        id="language"
        data-testid="tally-language"
        value={choice}
        onChange={(e) => {
          const next = e.currentTarget.value as LanguageChoice;
          setChoice(next);
          void saveLanguageChoice(next);
        }}
      >
        <option value="auto">{t('options.language.auto', { language: native })}</option>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAME[l]}
          </option>
        ))}
      </select>
    </section>
  );
}
