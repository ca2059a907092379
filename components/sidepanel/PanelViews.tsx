import { useState } from 'preact/hooks';
import { ReadView } from './ReadView';
import { SidePanelApp } from './SidePanelApp';

const VIEWS = [
  { view: 'noted', label: 'Noted' },
  { view: 'read', label: 'Read' },
] as const;

/** The side panel's two views: the figures noted, and the figures read (the reading memory). */
export function PanelViews() {
  const [view, setView] = useState<(typeof VIEWS)[number]['view']>('noted');
  return (
    <>
      <nav class="views" aria-label="Side panel views">
        {VIEWS.map((v) => (
          <button
            type="button"
            key={v.view}
            aria-pressed={view === v.view}
            data-testid={`tally-view-${v.view}`}
            onClick={() => setView(v.view)}
          >
            {v.label}
          </button>
        ))}
      </nav>
      {view === 'noted' ? <SidePanelApp /> : <ReadView />}
    </>
  );
}
