import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { exportNotes, parseNotesJson, type ExportFormat, type ImportProblem } from '../../utils/export';
import { linkUrl } from '../../utils/export/link-url';
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
  groupByTopic,
  type NoteFilter,
} from '../../utils/notes/filter-notes';
import type { Note, NotePatch } from '../../utils/schema/notes';
import { sideLabel, STATUS_LABEL } from '../format';
import { downloadFile } from './download';
import { jumpToNote } from './jump-to-note';
import { NoteItem } from './NoteItem';

/** What the last import did, or why the file was rejected. */
type ImportOutcome =
  | { ok: true; file: string; added: number; duplicates: number }
  | { ok: false; file: string; problems: ImportProblem[] };

const EXPORTS: { format: ExportFormat; label: string }[] = [
  { format: 'csv', label: 'CSV' },
  { format: 'json', label: 'JSON' },
  { format: 'markdown', label: 'Markdown' },
  { format: 'annotations', label: 'Web Annotations' },
];

/** A select over the values a filter can take; empty = any. */
export function FilterSelect<T extends string>(props: {
  label: string;
  value: T | null;
  options: readonly T[];
  show?: (v: T) => string;
  onChange(v: T | null): void;
}) {
  return (
    <label class="pick">
      <span>{props.label}</span>
      <select
        value={props.value ?? ''}
        onChange={(e) => props.onChange((e.currentTarget.value || null) as T | null)}
      >
        <option value="">Any</option>
        {props.options.map((o) => (
          <option key={o} value={o}>
            {props.show ? props.show(o) : o}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The side panel: every noted figure grouped by topic, filters and search,
 * editing, delete with undo, jump back to the figure, export and import.
 * Reads through the background (which alone writes) and follows its changes live.
 */
export function SidePanelApp() {
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState<NoteFilter>(NO_FILTER);
  const [undo, setUndo] = useState<Note[] | null>(null);
  const [imported, setImported] = useState<ImportOutcome | null>(null);
  const [status, setStatus] = useState<string>('');

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
  const groups = useMemo(() => groupByTopic(shown), [shown]);
  const set =
    <K extends keyof NoteFilter>(key: K) =>
    (value: NoteFilter[K]) =>
      setFilter({ ...filter, [key]: value });
  const filtered = shown.length !== all.length;

  const save = async (id: string, patch: NotePatch) => {
    const reply = await requestUpdateNote(id, patch);
    if (!reply.ok) setError(reply.error);
    else flash('Saved.');
  };
  const remove = async (id: string) => {
    const reply = await requestDeleteNotes([id]);
    if (reply.ok) setUndo(reply.notes);
    else setError(reply.error);
  };
  const restore = async () => {
    if (!undo) return;
    const reply = await requestImportNotes(undo);
    if (reply.ok) setUndo(null);
    else setError(reply.error);
  };
  const jump = async (note: Note) => {
    if (!linkUrl(note.page.url)) {
      setStatus('This note’s page address is not a web address, so Tally does not open it.');
      return;
    }
    setStatus('Opening…');
    const shownThere = await jumpToNote(note);
    setStatus(shownThere ? '' : 'The page is open, but Tally could not find the figure on it.');
  };
  const doExport = (format: ExportFormat) =>
    downloadFile(exportNotes(shown, format, { scope: filtered ? 'filtered' : 'all' }));
  const doImport = async (file: File) => {
    const parsed = parseNotesJson(await file.text());
    if (!parsed.ok) {
      setImported({ ok: false, file: file.name, problems: parsed.problems });
      return;
    }
    const reply = await requestImportNotes(parsed.notes);
    if (reply.ok)
      setImported({ ok: true, file: file.name, added: reply.added, duplicates: reply.duplicates.length });
    else setImported({ ok: false, file: file.name, problems: [{ path: '(file)', message: reply.error }] });
  };

  return (
    <main class="panel">
      <header class="top">
        <h1>Noted figures</h1>
        <p class="count" data-testid="tally-notes-count">
          {notes === null ? 'Loading…' : filtered ? `${shown.length} of ${all.length}` : `${all.length}`}
        </p>
      </header>

      <section class="filters" aria-label="Filters">
        <input
          type="search"
          class="search"
          placeholder="Search figures, speakers, comments, tags"
          aria-label="Search"
          data-testid="tally-notes-search"
          value={filter.search}
          onInput={(e) => set('search')(e.currentTarget.value)}
        />
        <details class="more" open={filtered}>
          <summary>Filters</summary>
          <div class="picks">
            <FilterSelect
              label="Side"
              value={filter.side}
              options={facets.sides}
              show={(s) => sideLabel(s)}
              onChange={set('side')}
            />
            <FilterSelect
              label="Claimant"
              value={filter.claimant}
              options={facets.claimants}
              onChange={set('claimant')}
            />
            <FilterSelect
              label="Outlet"
              value={filter.outlet}
              options={facets.outlets}
              onChange={set('outlet')}
            />
            <FilterSelect
              label="Status"
              value={filter.status}
              options={facets.statuses}
              show={(s) => STATUS_LABEL[s]}
              onChange={set('status')}
            />
            <FilterSelect label="Tag" value={filter.tag} options={facets.tags} onChange={set('tag')} />
            <label class="pick">
              <span title="The article's published date, else the day it was noted">From</span>
              <input
                type="date"
                value={filter.from ?? ''}
                onInput={(e) => set('from')(e.currentTarget.value || null)}
              />
            </label>
            <label class="pick">
              <span title="The article's published date, else the day it was noted">To</span>
              <input
                type="date"
                value={filter.to ?? ''}
                onInput={(e) => set('to')(e.currentTarget.value || null)}
              />
            </label>
          </div>
        </details>
        {filtered ? (
          <button type="button" class="link" onClick={() => setFilter(NO_FILTER)}>
            Clear filters
          </button>
        ) : null}
      </section>

      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {undo ? (
        <p class="undo" role="status">
          Deleted {undo.length === 1 ? '1 note' : `${undo.length} notes`}.{' '}
          <button type="button" data-testid="tally-undo" onClick={() => void restore()}>
            Undo
          </button>
        </p>
      ) : null}
      {status ? (
        <p class="status-line" role="status">
          {status}
        </p>
      ) : null}

      {notes !== null && all.length === 0 ? (
        <p class="empty">
          Nothing noted yet. Click a highlighted figure on a news page and choose “Note”, or select a figure
          and use “Note this figure” from the context menu.
        </p>
      ) : null}

      {groups.map((g) => (
        <section class="topic" key={g.id ?? '(none)'} data-testid="tally-note-group">
          <h2>
            {g.label} <span class="n">{g.notes.length}</span>
          </h2>
          <ul class="notes">
            {g.notes.map((n) => (
              <NoteItem
                key={n.id}
                note={n}
                onSave={(patch) => void save(n.id, patch)}
                onDelete={() => void remove(n.id)}
                onJump={() => void jump(n)}
              />
            ))}
          </ul>
        </section>
      ))}

      <footer class="io">
        <div
          class="exports"
          role="group"
          aria-label={filtered ? 'Export the notes shown' : 'Export all notes'}
        >
          <span>Export{filtered ? ' shown' : ''}:</span>
          {EXPORTS.map((x) => (
            <button
              type="button"
              key={x.format}
              data-testid={`tally-export-${x.format}`}
              disabled={shown.length === 0}
              onClick={() => doExport(x.format)}
            >
              {x.label}
            </button>
          ))}
        </div>
        <label class="import">
          <span>Import JSON</span>
          <input
            type="file"
            accept="application/json,.json"
            data-testid="tally-import-input"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void doImport(file);
            }}
          />
        </label>
        {imported ? (
          <div
            class={`import-report ${imported.ok ? 'ok' : 'bad'}`}
            data-testid="tally-import-report"
            role="status"
          >
            {imported.ok ? (
              <p>
                {imported.file}: {imported.added} added
                {imported.duplicates ? `, ${imported.duplicates} already in your notes (skipped)` : ''}.
              </p>
            ) : (
              <>
                <p>{imported.file} was not imported; nothing changed. Problems:</p>
                <ul>
                  {imported.problems.map((p, i) => (
                    <li key={i}>
                      <code>{p.path}</code>: {p.message}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        ) : null}
      </footer>
    </main>
  );
}
