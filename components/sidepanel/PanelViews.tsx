import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n/messages';
import { ReadView } from './ReadView';
import { SidePanelApp } from './SidePanelApp';

const VIEWS = [
  { view: 'noted', label: () => t('memory.read.noted') },
  { view: 'read', label: () => t('memory.read.read') },
] as const;

/** The side panel's two views: the figures noted, and the figures read (the reading memory). */
export function PanelViews() {
  const [view, setView] = useState<(typeof VIEWS)[number]['view']>('noted');
  return (
    <>
      <nav class="views" aria-label={t('memory.read.views')}>
        {VIEWS.map((v) => (
          <button
            type="button"
            key={v.view}
            aria-pressed={view === v.view}
            data-testid={`tally-view-${v.view}`}
            onClick={() => setView(v.view)}
          >
            {v.label()}
          </button>
        ))}
      </nav>
      {view === 'noted' ? <SidePanelApp /> : <ReadView />}
    </>
  );
}
