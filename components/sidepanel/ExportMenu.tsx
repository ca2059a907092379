import { useState } from 'preact/hooks';
import type { ExportFormat } from '../../utils/export';
import type { ExportScope } from '../../utils/export/file-name';
import { t, tn } from '../../utils/i18n/messages';

/** The export formats, with the names the buttons show (the notes' and the reading memory's). */
export const FORMATS: { format: ExportFormat; label: () => string }[] = [
  { format: 'csv', label: () => 'CSV' },
  { format: 'json', label: () => 'JSON' },
  { format: 'markdown', label: () => 'Markdown' },
  { format: 'annotations', label: () => t('export.annotations') },
];

/** The scope an export takes unless the reader picks another: the selection, else what the filters show. */
export function defaultScope(counts: Record<ExportScope, number>, filtered: boolean): ExportScope {
  if (counts.selected > 0) return 'selected';
  return filtered ? 'filtered' : 'all';
}

/**
 * The export panel: which notes it takes — all of them, the ones the filters show (offered when
 * a filter is on), the selected ones (when some are) — each with its count, and the formats.
 */
export function ExportMenu({
  id,
  counts,
  filtered,
  onExport,
}: {
  id: string;
  counts: Record<ExportScope, number>;
  filtered: boolean;
  onExport(scope: ExportScope, format: ExportFormat): void;
}) {
  const [picked, setPicked] = useState<ExportScope | null>(null);
  const choices: { scope: ExportScope; label: string }[] = [
    { scope: 'all' as const, label: tn('export.all', counts.all) },
    ...(filtered ? [{ scope: 'filtered' as const, label: tn('export.filtered', counts.filtered) }] : []),
    ...(counts.selected > 0
      ? [{ scope: 'selected' as const, label: tn('export.selected', counts.selected) }]
      : []),
  ];
  const scope = choices.find((c) => c.scope === picked)?.scope ?? defaultScope(counts, filtered);
  return (
    <div class="menu export-menu" id={id} data-testid="tally-export-menu">
      <fieldset>
        <legend>{t('export.which')}</legend>
        {choices.map((c) => (
          <label key={c.scope} class="choice">
            <input
              type="radio"
              name="export-scope"
              value={c.scope}
              checked={scope === c.scope}
              data-testid={`tally-export-scope-${c.scope}`}
              onChange={() => setPicked(c.scope)}
            />
            {c.label}
          </label>
        ))}
      </fieldset>
      <div class="formats" role="group" aria-label={t('export.formats')}>
        {FORMATS.map((f) => (
          <button
            type="button"
            key={f.format}
            data-testid={`tally-export-${f.format}`}
            disabled={counts[scope] === 0}
            onClick={() => onExport(scope, f.format)}
          >
            {f.label()}
          </button>
        ))}
      </div>
    </div>
  );
}
