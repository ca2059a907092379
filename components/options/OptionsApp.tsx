import { useState } from 'preact/hooks';
import { DatasetSection } from './DatasetSection';
import { DisplaySection } from './DisplaySection';
import { MemorySection } from './MemorySection';
import type { PackApi } from './packs';
import { PacksSection } from './PacksSection';
import { SitesSection } from './SitesSection';

/** The options page: sites, highlights, the reading memory, the dataset and its packs. */
export function OptionsApp({ packs }: { packs: PackApi | null }) {
  const [version, setVersion] = useState(0);
  return (
    <main class="options">
      <header>
        <h1>Tally settings</h1>
        <p class="muted">Everything is matched on your device; Tally sends nothing.</p>
      </header>
      <SitesSection />
      <DisplaySection />
      <MemorySection />
      <DatasetSection version={version} />
      <PacksSection api={packs} onChanged={() => setVersion((v) => v + 1)} />
    </main>
  );
}
