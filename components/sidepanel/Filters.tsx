import { t } from '../../utils/i18n/messages';
import { NO_FILTER, type NoteFilter, type facetsOf } from '../../utils/notes/filter-notes';
import { STATUS_LABEL, sideLabel } from '../format';

/** A select over the values a filter can take; empty = any. */
export function FilterSelect<V extends string>(props: {
  label: string;
  value: V | null;
  options: readonly V[];
  show?: (v: V) => string;
  onChange(v: V | null): void;
}) {
  return (
    <label class="pick">
      <span>{props.label}</span>
      <select
        value={props.value ?? ''}
        onChange={(e) => props.onChange((e.currentTarget.value || null) as V | null)}
      >
        <option value="">{t('filters.any')}</option>
        {props.options.map((o) => (
          <option key={o} value={o}>
            {props.show ? props.show(o) : o}
          </option>
        ))}
      </select>
    </label>
  );
}

/** How many filters narrow the list (the search not counted: it sits in the toolbar). */
export function activeFilters(filter: NoteFilter): number {
  return (['side', 'claimant', 'outlet', 'status', 'tag', 'from', 'to'] as const).filter(
    (key) => filter[key] !== NO_FILTER[key],
  ).length;
}

/** The side panel's filters: side, claimant, outlet, status, tag and a date range. */
export function Filters({
  id,
  filter,
  facets,
  onChange,
}: {
  id: string;
  filter: NoteFilter;
  facets: ReturnType<typeof facetsOf>;
  onChange(next: NoteFilter): void;
}) {
  const set =
    <K extends keyof NoteFilter>(key: K) =>
    (value: NoteFilter[K]) =>
      onChange({ ...filter, [key]: value });
  return (
    <div class="menu picks" id={id} data-testid="tally-filters">
      <FilterSelect
        label={t('filters.side')}
        value={filter.side}
        options={facets.sides}
        show={(s) => sideLabel(s)}
        onChange={set('side')}
      />
      <FilterSelect
        label={t('filters.claimant')}
        value={filter.claimant}
        options={facets.claimants}
        onChange={set('claimant')}
      />
      <FilterSelect
        label={t('filters.outlet')}
        value={filter.outlet}
        options={facets.outlets}
        onChange={set('outlet')}
      />
      <FilterSelect
        label={t('filters.status')}
        value={filter.status}
        options={facets.statuses}
        show={(s) => STATUS_LABEL[s]}
        onChange={set('status')}
      />
      <FilterSelect label={t('filters.tag')} value={filter.tag} options={facets.tags} onChange={set('tag')} />
      <label class="pick">
        <span title={t('filters.dateHelp')}>{t('filters.from')}</span>
        <input
          type="date"
          value={filter.from ?? ''}
          onInput={(e) => set('from')(e.currentTarget.value || null)}
        />
      </label>
      <label class="pick">
        <span title={t('filters.dateHelp')}>{t('filters.to')}</span>
        <input
          type="date"
          value={filter.to ?? ''}
          onInput={(e) => set('to')(e.currentTarget.value || null)}
        />
      </label>
    </div>
  );
}
