import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n/messages';
import { DatasetSection } from './DatasetSection';
import { DisplaySection } from './DisplaySection';
import { LanguageSection } from './LanguageSection';
import { MemorySection } from './MemorySection';
import type { PackApi } from './packs';
import { PacksSection } from './PacksSection';
import { SitesSection } from './SitesSection';

/** The options page: sites, highlights, the reading memory, language, the dataset and its packs, and the welcome page. */
export function OptionsApp({ packs }: { packs: PackApi | null }) {
  const [version, setVersion] = useState(0);
  return (
    <main class="options">
      <header>
        <h1>{t('options.title')}</h1>
        <p class="muted">{t('common.private')}</p>
        <p>
          <a href="/welcome.html" data-testid="tally-options-welcome">
            {t('options.welcome')}
          </a>
        </p>
      </header>
      <SitesSection />
      <DisplaySection />
      <MemorySection />
      <LanguageSection />
      <DatasetSection version={version} />
      <PacksSection api={packs} onChanged={() => setVersion((v) => v + 1)} />
    </main>
  );
}
