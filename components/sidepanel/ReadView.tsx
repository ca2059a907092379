import { useEffect, useMemo, useState } from 'preact/hooks';
import { linkUrl } from '../../utils/export/link-url';
import { formatNumber, t } from '../../utils/i18n/messages';
import {
  filterRead,
  groupRead,
  NO_READ_FILTER,
  outletOfFigure,
  readFacets,
  type ReadFilter,
} from '../../utils/memory/read-filter';
import { requestForget, requestMemoryPages, requestNoteRemembered } from '../../utils/memory/requests';
import type { RememberedFigure, StoredPage } from '../../utils/memory/schema';
import { formatFigure, sideClass, sideLabel } from '../format';
import { agoText } from '../memory-format';
import { FilterSelect } from './Filters';
import { MemoryExport } from './MemoryExport';

/** Pages fetched at a time. */
const PAGE_SIZE = 100;

/** One remembered figure: the figure, who gave it, its words, where and when it was read. */
function ReadItem(props: { figure: RememberedFigure; onForget(): void; onNote(): void; noted: boolean }) {
  const { figure, onForget, onNote, noted } = props;
  const who = figure.claimant?.name ?? figure.speaker ?? t('memory.read.outlet');
  const link = linkUrl(figure.url);
  return (
    <li class="note" data-testid="tally-read-item">
      <p class="figure">
        <strong>{formatFigure(figure)}</strong>{' '}
        <span class={`side ${figure.claimant ? sideClass(figure.claimant.side) : ''}`}>
          {who}
          {figure.claimant ? ` (${sideLabel(figure.claimant.side)})` : ''}
        </span>
      </p>
      <blockquote>
        …{figure.quote.prefix}
        <mark>{figure.quote.exact}</mark>
        {figure.quote.suffix}
        {/[.!?]["”’»)]*$/.test(figure.quote.suffix) ? '' : '…'}
      </blockquote>
      <p class="muted">
        {t('memory.read.readOn', { ago: agoText(figure.readAt) })}{' '}
        {link ? (
          <a href={link} target="_blank" rel="noopener noreferrer">
            {outletOfFigure(figure)}
          </a>
        ) : (
          outletOfFigure(figure)
        )}
        {figure.page.title ? `: ${figure.page.title}` : ''}{' '}
        <button
          type="button"
          data-testid="tally-read-note"
          onClick={onNote}
          disabled={noted}
          aria-pressed={noted}
        >
          {noted ? t('popover.noted') : t('popover.note')}
        </button>{' '}
        <button type="button" onClick={onForget}>
          {t('memory.forgetPage')}
        </button>
      </p>
    </li>
  );
}

/** The side panel's "Read" view: the figures Tally remembers, grouped by topic, searchable and filtered. */
export function ReadView() {
  const [pages, setPages] = useState<StoredPage[] | null>(null);
  const [next, setNext] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState<ReadFilter>(NO_READ_FILTER);
  const [noted, setNoted] = useState<ReadonlySet<string>>(new Set());

  const load = async (before: number | null) => {
    const reply = await requestMemoryPages(before, PAGE_SIZE);
    if (!reply.ok) return setError(reply.error);
    setError(null);
    setPages((now) => (before === null || !now ? reply.pages : [...now, ...reply.pages]));
    setNext(reply.next);
  };
  useEffect(() => void load(null), []);

  const all = pages ?? [];
  const facets = useMemo(() => readFacets(all), [all]);
  const shown = useMemo(() => filterRead(all, filter), [all, filter]);
  const groups = useMemo(() => groupRead(shown), [shown]);
  const total = all.reduce((n, p) => n + p.figures.length, 0);
  const set =
    <K extends keyof ReadFilter>(key: K) =>
    (value: ReadFilter[K]) =>
      setFilter({ ...filter, [key]: value });
  const forget = async (url: string) => {
    const reply = await requestForget({ kind: 'page', url });
    if (!reply.ok) return setError(reply.error);
    setPages((now) => (now ? now.filter((p) => p.url !== url) : now));
  };

  const note = async (f: RememberedFigure) => {
    const reply = await requestNoteRemembered(f.url, f.id);
    if (!reply.ok) return setError(t('memory.read.notNoted', { error: reply.error }));
    setNoted((now) => new Set([...now, f.id]));
  };

  return (
    <main class="panel" data-testid="tally-read-view">
      <header class="top">
        <h1>{t('memory.read.title')}</h1>
        <p class="count" data-testid="tally-read-count">
          {pages === null
            ? t('common.loading')
            : shown.length !== total
              ? t('panel.countOf', { shown: formatNumber(shown.length), all: formatNumber(total) })
              : formatNumber(total)}
        </p>
      </header>
      <section class="filters" aria-label={t('panel.filters')}>
        <input
          type="search"
          class="search"
          placeholder={t('memory.read.searchPlaceholder')}
          aria-label={t('memory.read.searchLabel')}
          data-testid="tally-read-search"
          value={filter.search}
          onInput={(e) => set('search')(e.currentTarget.value)}
        />
        <details class="more">
          <summary>{t('panel.filters')}</summary>
          <div class="picks">
            <FilterSelect
              label={t('filters.side')}
              value={filter.side}
              options={facets.sides}
              show={(s) => sideLabel(s)}
              onChange={set('side')}
            />
            <FilterSelect
              label={t('filters.outlet')}
              value={filter.outlet}
              options={facets.outlets}
              onChange={set('outlet')}
            />
            <label class="pick">
              <span>{t('memory.read.from')}</span>
              <input
                type="date"
                value={filter.from ?? ''}
                onChange={(e) => set('from')(e.currentTarget.value || null)}
              />
            </label>
            <label class="pick">
              <span>{t('memory.read.to')}</span>
              <input
                type="date"
                value={filter.to ?? ''}
                onChange={(e) => set('to')(e.currentTarget.value || null)}
              />
            </label>
          </div>
        </details>
        <MemoryExport filter={filter} />
      </section>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {pages !== null && total === 0 ? <p class="empty">{t('memory.read.empty')}</p> : null}
      {groups.map((g) => (
        <section class="topic" key={g.key} data-testid="tally-read-group">
          <h2>
            {g.label} <span class="n">{g.figures.length}</span>
          </h2>
          <ul class="notes">
            {g.figures.map((f) => (
              <ReadItem
                key={f.id}
                figure={f}
                noted={noted.has(f.id)}
                onNote={() => void note(f)}
                onForget={() => void forget(f.url)}
              />
            ))}
          </ul>
        </section>
      ))}
      {next !== null ? (
        <button type="button" onClick={() => void load(next)}>
          {t('memory.read.older')}
        </button>
      ) : null}
    </main>
  );
}
