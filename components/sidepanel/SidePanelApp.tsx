import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { exportNotes, parseNotesJson, type ExportFormat, type ImportProblem } from '../../utils/export';
import type { ExportScope } from '../../utils/export/file-name';
import { linkUrl } from '../../utils/export/link-url';
import { formatNumber, t, tn } from '../../utils/i18n/messages';
import {
  requestDeleteNotes,
  requestImportNotes,
  requestNotes,
  requestUpdateNote,
  watchLedger,
} from '../../utils/messaging/send';
import {
  NO_FILTER,
  applyLedgerChange,
  facetsOf,
  filterNotes,
  type NoteFilter,
} from '../../utils/notes/filter-notes';
import type { Note, NotePatch } from '../../utils/schema/notes';
import { SORTS, arrangeNotes, firstNotes, focusAfterRemoval, type NoteSort } from './arrange-notes';
import { downloadFile } from './download';
import { ExportMenu } from './ExportMenu';
import { Filters, activeFilters } from './Filters';
import { ImportReport, type ImportOutcome } from './ImportReport';
import { jumpToNote } from './jump-to-note';
import { NoteItem, type NoteActions } from './NoteItem';

/** Where focus goes after the list changes: a note, the undo bar, or the panel's heading. */
type FocusTarget = { note: string } | { undo: true } | { heading: true };

const SORT_KEY = 'tally.sidepanel.sort';

/** How many notes the list draws at first, and how many more each time the reader nears its end. */
const PAGE = 100;

function storedSort(): NoteSort {
  const stored = localStorage.getItem(SORT_KEY);
  return SORTS.find((s) => s === stored) ?? 'topic';
}

const SORT_LABEL: Record<NoteSort, () => string> = {
  topic: () => t('panel.sortTopic'),
  date: () => t('panel.sortDate'),
  outlet: () => t('panel.sortOutlet'),
};

/**
 * The side panel: the noted figures, compact, under a toolbar that stays at the top (search,
 * filters, sort, export, import); select several to export or delete them; delete with undo,
 * focus moving to the next note; jump back to a figure. Reads through the background (which
 * alone writes) and follows its changes live, patching the list. Works from 280 px wide.
 */
export function SidePanelApp() {
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState<NoteFilter>(NO_FILTER);
  const [sort, setSort] = useState<NoteSort>(storedSort);
  const [menu, setMenu] = useState<'filters' | 'export' | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [undo, setUndo] = useState<Note[] | null>(null);
  const [imported, setImported] = useState<ImportOutcome | null>(null);
  const [status, setStatus] = useState<string>('');
  const [limit, setLimit] = useState(PAGE);
  const focusNext = useRef<FocusTarget | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const end = useRef<HTMLDivElement>(null);

  const flash = (message: string) => {
    setStatus(message);
    setTimeout(() => setStatus((now) => (now === message ? '' : now)), 2500);
  };

  const reload = useCallback(async () => {
    const reply = await requestNotes();
    if (reply.ok) {
      setNotes(reply.notes);
      setError(null);
    } else setError(reply.error);
  }, []);

  useEffect(() => {
    void reload();
    return watchLedger((change) => setNotes((now) => (now ? applyLedgerChange(now, change) : now)));
  }, [reload]);

  const all = notes ?? [];
  const facets = useMemo(() => facetsOf(all), [all]);
  const shown = useMemo(() => filterNotes(all, filter), [all, filter]);
  const groups = useMemo(() => arrangeNotes(shown, sort), [shown, sort]);
  const drawn = useMemo(() => firstNotes(groups, limit), [groups, limit]);
  const notDrawn = Math.max(0, shown.length - limit);
  const filtered = shown.length !== all.length;
  // A selection only ever holds notes that still exist.
  const chosen = useMemo(() => all.filter((n) => selected.has(n.id)), [all, selected]);

  // Focus after a delete or an undo, once the list shows what it moved to.
  useLayoutEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    let el: HTMLElement | null = null;
    if ('note' in target) {
      el = document.querySelector<HTMLElement>(
        `[data-note-id="${CSS.escape(target.note)}"] [data-testid="tally-note-expand"]`,
      );
    } else if ('undo' in target) el = document.querySelector<HTMLElement>('[data-testid="tally-undo"]');
    else el = heading.current;
    if (!el) return;
    focusNext.current = null;
    el.focus();
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setMenu(null);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // More of the list is drawn as the reader scrolls near its end.
  useEffect(() => {
    const el = end.current;
    if (!el || notDrawn === 0 || typeof IntersectionObserver === 'undefined') return;
    const seen = new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && setLimit((now) => now + PAGE),
      { rootMargin: '600px 0px' },
    );
    seen.observe(el);
    return () => seen.disconnect();
  }, [notDrawn, limit]);

  const chooseSort = (next: NoteSort) => {
    setSort(next);
    localStorage.setItem(SORT_KEY, next);
  };
  const select = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };

  const save = async (id: string, patch: NotePatch) => {
    const reply = await requestUpdateNote(id, patch);
    if (!reply.ok) setError(reply.error);
    else flash(t('panel.saved'));
  };
  const remove = async (ids: string[]) => {
    const order = groups.flatMap((g) => g.notes.map((n) => n.id));
    const next = focusAfterRemoval(order, new Set(ids));
    const reply = await requestDeleteNotes(ids);
    if (!reply.ok) {
      setError(reply.error);
      return;
    }
    focusNext.current = next ? { note: next } : { undo: true };
    setUndo(reply.notes);
    setSelected(new Set([...selected].filter((id) => !ids.includes(id))));
    // The background's ledger-changed says the same; applied here too, so the list follows at once.
    setNotes((now) => now && applyLedgerChange(now, { removed: ids, changed: [] }));
  };
  const restore = async () => {
    if (!undo) return;
    const reply = await requestImportNotes(undo);
    if (!reply.ok) {
      setError(reply.error);
      return;
    }
    // Focus goes to the first restored note; to the heading when the filters hide them all.
    const visible = filterNotes(undo, filter)[0];
    focusNext.current = visible ? { note: visible.id } : { heading: true };
    const restored = undo;
    setNotes((now) => now && applyLedgerChange(now, { removed: [], changed: restored }));
    setUndo(null);
  };
  const jump = async (note: Note) => {
    if (!linkUrl(note.page.url)) {
      setStatus(t('panel.notWebAddress'));
      return;
    }
    setStatus(t('panel.opening'));
    const shownThere = await jumpToNote(note);
    setStatus(shownThere ? '' : t('panel.notFound'));
  };
  const doExport = (scope: ExportScope, format: ExportFormat) => {
    const list = scope === 'all' ? all : scope === 'filtered' ? shown : chosen;
    downloadFile(exportNotes(list, format, { scope }));
  };
  const doImport = async (file: File) => {
    const parsed = parseNotesJson(await file.text());
    if (!parsed.ok) {
      setImported({ ok: false, file: file.name, problems: parsed.problems });
      return;
    }
    const reply = await requestImportNotes(parsed.notes);
    if (reply.ok)
      setImported({ ok: true, file: file.name, added: reply.added, duplicates: reply.duplicates.length });
    else
      setImported({
        ok: false,
        file: file.name,
        problems: [{ path: '(file)', message: reply.error } satisfies ImportProblem],
      });
  };

  // The note items get one actions object for good; it calls this render's handlers.
  const latest = useRef({ select, save, remove, jump });
  latest.current = { select, save, remove, jump };
  const actions = useMemo<NoteActions>(
    () => ({
      select: (id, on) => latest.current.select(id, on),
      save: (id, patch) => void latest.current.save(id, patch),
      remove: (id) => void latest.current.remove([id]),
      jump: (note) => void latest.current.jump(note),
    }),
    [],
  );

  const nFilters = activeFilters(filter);
  return (
    <main class="panel">
      <header class="top">
        <h1 ref={heading} tabIndex={-1}>
          {t('panel.title')}
        </h1>
        <p class="count" data-testid="tally-notes-count">
          {notes === null
            ? t('common.loading')
            : filtered
              ? t('panel.countOf', { shown: formatNumber(shown.length), all: formatNumber(all.length) })
              : formatNumber(all.length)}
        </p>
      </header>

      <div class="toolbar" data-testid="tally-toolbar">
        <input
          type="search"
          class="search"
          placeholder={t('panel.search')}
          aria-label={t('panel.searchLabel')}
          data-testid="tally-notes-search"
          value={filter.search}
          onInput={(e) => setFilter({ ...filter, search: e.currentTarget.value })}
        />
        <div class="tools">
          <button
            type="button"
            aria-expanded={menu === 'filters'}
            aria-controls="filters-menu"
            data-testid="tally-filters-toggle"
            onClick={() => setMenu(menu === 'filters' ? null : 'filters')}
          >
            {nFilters > 0 ? t('panel.filtersOn', { count: nFilters }) : t('panel.filters')}
          </button>
          <label class="sort">
            <span class="vh">{t('panel.sortLabel')}</span>
            <select
              value={sort}
              data-testid="tally-notes-sort"
              onChange={(e) => chooseSort(e.currentTarget.value as NoteSort)}
            >
              {SORTS.map((s) => (
                <option key={s} value={s}>
                  {SORT_LABEL[s]()}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            aria-expanded={menu === 'export'}
            aria-controls="export-menu"
            data-testid="tally-export-toggle"
            disabled={all.length === 0}
            onClick={() => setMenu(menu === 'export' ? null : 'export')}
          >
            {t('panel.export')}
          </button>
          <label class="button import">
            {t('panel.import')}
            <input
              type="file"
              class="vh"
              accept="application/json,.json"
              data-testid="tally-import-input"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (file) void doImport(file);
              }}
            />
          </label>
        </div>
        {menu === 'filters' ? (
          <Filters id="filters-menu" filter={filter} facets={facets} onChange={setFilter} />
        ) : null}
        {menu === 'export' ? (
          <ExportMenu
            id="export-menu"
            counts={{ all: all.length, filtered: shown.length, selected: chosen.length }}
            filtered={filtered}
            onExport={doExport}
          />
        ) : null}
        {filtered ? (
          <button type="button" class="link" onClick={() => setFilter(NO_FILTER)}>
            {t('panel.clearFilters')}
          </button>
        ) : null}
        {chosen.length > 0 ? (
          <div class="selection" data-testid="tally-selection">
            <span>{tn('panel.selected', chosen.length)}</span>
            {chosen.length < shown.length ? (
              <button
                type="button"
                class="link"
                onClick={() => setSelected(new Set([...selected, ...shown.map((n) => n.id)]))}
              >
                {tn('panel.selectAll', shown.length)}
              </button>
            ) : null}
            <button type="button" class="link" onClick={() => setSelected(new Set())}>
              {t('panel.selectNone')}
            </button>
            <button
              type="button"
              class="delete"
              data-testid="tally-selection-delete"
              onClick={() => void remove(chosen.map((n) => n.id))}
            >
              {t('panel.deleteSelected')}
            </button>
          </div>
        ) : null}
      </div>

      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {undo ? (
        <p class="undo" role="status">
          {tn('panel.deleted', undo.length)}{' '}
          <button type="button" data-testid="tally-undo" onClick={() => void restore()}>
            {t('panel.undo')}
          </button>
        </p>
      ) : null}
      {status ? (
        <p class="status-line" role="status">
          {status}
        </p>
      ) : null}
      {imported ? <ImportReport outcome={imported} /> : null}

      {notes !== null && all.length === 0 ? <p class="empty">{t('panel.empty')}</p> : null}
      {notes !== null && all.length > 0 && shown.length === 0 ? (
        <p class="empty">{t('panel.noneShown')}</p>
      ) : null}

      {drawn.map((g) => (
        <section class="group" key={g.key} data-testid="tally-note-group">
          <h2>
            {g.label} <span class="n">{formatNumber(g.total)}</span>
          </h2>
          <ul class="notes">
            {g.notes.map((n) => (
              <NoteItem key={n.id} note={n} selected={selected.has(n.id)} actions={actions} />
            ))}
          </ul>
        </section>
      ))}
      {notDrawn > 0 ? (
        <div class="more" ref={end}>
          <button
            type="button"
            class="link"
            data-testid="tally-notes-more"
            onClick={() => setLimit(limit + PAGE)}
          >
            {tn('panel.showMore', Math.min(PAGE, notDrawn), { left: formatNumber(notDrawn) })}
          </button>
        </div>
      ) : null}
    </main>
  );
}
