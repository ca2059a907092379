import { useState } from 'preact/hooks';
import { exportMemory, type ExportFormat, type MemoryExportScope } from '../../utils/export';
import { t } from '../../utils/i18n/messages';
import { filterRead, NO_READ_FILTER, type ReadFilter } from '../../utils/memory/read-filter';
import { requestAllMemoryPages } from '../../utils/memory/requests';
import { downloadFile } from './download';
import { FORMATS } from './ExportMenu';

/**
 * Exports the reading memory on the reader's request, in the notes' four formats: every figure
 * remembered, or (when `filter` is given and filters something) those the Read view's filters
 * show. The figures are fetched whole when a format is picked, not only the pages shown.
 */
export function MemoryExport({ filter }: { filter?: ReadFilter }) {
  const filtered = filter !== undefined && JSON.stringify(filter) !== JSON.stringify(NO_READ_FILTER);
  const [picked, setPicked] = useState<MemoryExportScope>('filtered');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const scope: MemoryExportScope = filtered ? picked : 'all';

  const run = async (format: ExportFormat) => {
    setBusy(true);
    try {
      const reply = await requestAllMemoryPages();
      if (!reply.ok) return setError(t('memory.export.failed', { error: reply.error }));
      const figures = filterRead(reply.pages, scope === 'filtered' && filter ? filter : NO_READ_FILTER);
      downloadFile(exportMemory(figures, format, { scope }));
      setError(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details class="more memory-export" data-testid="tally-memory-export">
      <summary>{t('memory.export.title')}</summary>
      {filtered ? (
        <fieldset>
          <legend>{t('memory.export.which')}</legend>
          {(['all', 'filtered'] as const).map((s) => (
            <label key={s} class="choice">
              <input
                type="radio"
                name="memory-export-scope"
                value={s}
                checked={scope === s}
                data-testid={`tally-memory-export-scope-${s}`}
                onChange={() => setPicked(s)}
              />
              {t(s === 'all' ? 'memory.export.all' : 'memory.export.filtered')}
            </label>
          ))}
        </fieldset>
      ) : null}
      <div class="formats" role="group" aria-label={t('memory.export.as')}>
        {FORMATS.map((f) => (
          <button
            type="button"
            key={f.format}
            disabled={busy}
            data-testid={`tally-memory-export-${f.format}`}
            onClick={() => void run(f.format)}
          >
            {f.label()}
          </button>
        ))}
      </div>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </details>
  );
}
