import { memo } from 'preact/compat';
import { useEffect, useState } from 'preact/hooks';
import { figureOf } from '../../utils/export/describe-note';
import { linkUrl } from '../../utils/export/link-url';
import { formatDay } from '../../utils/i18n/format';
import { t, tn } from '../../utils/i18n/messages';
import { noteDate, outletOf, speakerOf } from '../../utils/notes/filter-notes';
import type { Note, NotePatch } from '../../utils/schema/notes';
import {
  STATUS_LABEL,
  STATUS_SHORT,
  formatFigure,
  sideClass,
  sideLabel,
  speakerOrUnattributed,
} from '../format';

/**
 * What a note's controls do, given the note. One object for the whole list, the same on every
 * render, so a note whose data did not change is not drawn again.
 */
export interface NoteActions {
  select(id: string, selected: boolean): void;
  save(id: string, patch: NotePatch): void;
  remove(id: string): void;
  jump(note: Note): void;
}

/** Props of {@link NoteItem}. */
export interface NoteItemProps {
  note: Note;
  selected: boolean;
  actions: NoteActions;
}

/** Tags as typed: comma-separated, trimmed, without repeats. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim().slice(0, 60))
        .filter(Boolean),
    ),
  ].slice(0, 50);
}

/** What the last re-anchoring found, when the figure is not where it was: a word or two, and in full. */
function anchorLabels(note: Note): { short: string; full: string } | null {
  if (note.anchor.state === 'orphaned') return { short: t('note.orphanedShort'), full: t('note.orphaned') };
  if (note.anchor.state !== 'fuzzy') return null;
  const full = note.anchor.text ? t('note.changedTo', { text: note.anchor.text }) : t('note.changed');
  return { short: t('note.changedShort'), full };
}

/**
 * One noted figure in the ledger. Compact: the figure and its status, then who gave it, where
 * and when (and a warning when the figure is no longer where it was). Expanded on demand: the
 * parsed figure, the other sides' figures, the page, the comment, tags and (for a figure
 * selected by hand) the speaker, and Go to figure / Delete.
 */
export const NoteItem = memo(function NoteItem({ note, selected, actions }: NoteItemProps) {
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState(note.comment);
  const [tags, setTags] = useState(note.tags.join(', '));
  const [speaker, setSpeaker] = useState(note.claim.speaker ?? '');
  useEffect(() => setComment(note.comment), [note.comment]);
  // Keyed on the stored text, not the array: a reload after another field's save
  // must not wipe tags the reader is still typing.
  const storedTags = note.tags.join(', ');
  useEffect(() => setTags(storedTags), [storedTags]);
  useEffect(() => setSpeaker(note.claim.speaker ?? ''), [note.claim.speaker]);

  const onSave = (patch: NotePatch) => actions.save(note.id, patch);
  const details = `note-${note.id}-details`;
  const who = speakerOrUnattributed(speakerOf(note));
  const anchor = anchorLabels(note);
  const saveTags = () => {
    const next = parseTags(tags);
    if (next.join('\n') !== note.tags.join('\n')) onSave({ tags: next });
  };
  return (
    <li
      class={`note${open ? ' open' : ''}`}
      data-testid="tally-note-item"
      data-note-id={note.id}
      data-status={note.match.status}
      data-anchor={note.anchor.state}
    >
      <div class="line1">
        <input
          type="checkbox"
          class="select"
          checked={selected}
          aria-label={t('note.select', { figure: note.quote.exact })}
          data-testid="tally-note-select"
          onChange={(e) => actions.select(note.id, e.currentTarget.checked)}
        />
        <button
          type="button"
          class="figure"
          aria-expanded={open}
          aria-controls={details}
          data-testid="tally-note-expand"
          title={note.quote.exact}
          onClick={() => setOpen(!open)}
        >
          {note.quote.exact}
        </button>
        {anchor ? (
          <span class={`anchor anchor-${note.anchor.state}`} title={anchor.full}>
            {anchor.short}
          </span>
        ) : null}
        <span class={`status status-${note.match.status}`} title={STATUS_LABEL[note.match.status]}>
          {STATUS_SHORT[note.match.status]}
        </span>
      </div>
      <p class="line2">
        <span class="who" title={who}>
          {who}
        </span>
        <span class="sep" aria-hidden="true">
          {' · '}
        </span>
        <span class="outlet" title={outletOf(note)}>
          {outletOf(note)}
        </span>
        <span class="sep" aria-hidden="true">
          {' · '}
        </span>
        <span class="date">{formatDay(noteDate(note), 'short')}</span>
      </p>
      <div class="details" id={details} hidden={!open}>
        {open ? (
          <>
            {anchor ? (
              <p class={`anchor-full anchor-${note.anchor.state}`} data-testid="tally-note-anchor">
                {anchor.full}
              </p>
            ) : null}
            <p class="page">
              {who}
              {note.match.claimant ? (
                <span class={`side ${sideClass(note.match.claimant.side)}`}>
                  {sideLabel(note.match.claimant.side)}
                </span>
              ) : null}
              {note.manual ? <span class="tag-manual">{t('note.manual')}</span> : null}
            </p>
            <p class="page">
              {outletOf(note)}:{' '}
              <a href={linkUrl(note.page.url) ?? undefined} target="_blank" rel="noopener noreferrer">
                {note.page.title ?? note.page.url}
              </a>
            </p>
            {note.claim.value !== null || note.claim.low !== null ? (
              <p class="parsed">{t('note.figure', { figure: figureOf(note) })}</p>
            ) : note.manual ? (
              <p class="parsed">{t('note.noFigure')}</p>
            ) : null}
            <p class="parsed">
              {STATUS_LABEL[note.match.status]}
              {note.match.topic ? ` · ${note.match.topic.label}` : ''}
            </p>
            {note.match.others.length > 0 ? (
              <div class="others">
                <p class="others-head">{tn('note.others', note.match.others.length)}</p>
                <ul>
                  {note.match.others.map((o, i) => (
                    <li key={i}>
                      {o.name}
                      {o.side ? ` (${sideLabel(o.side)})` : ''}: {formatFigure(o)}
                      {o.source ? (
                        <>
                          {' '}
                          <a
                            href={linkUrl(o.source.url) ?? undefined}
                            target="_blank"
                            rel="noopener noreferrer"
                          >
                            {o.source.outlet ?? t('note.source')}
                          </a>
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {note.manual ? (
              <label class="field">
                <span>{t('note.speaker')}</span>
                <input
                  type="text"
                  data-testid="tally-note-speaker"
                  value={speaker}
                  placeholder={t('note.speakerPlaceholder')}
                  onInput={(e) => setSpeaker(e.currentTarget.value)}
                  onBlur={() =>
                    speaker.trim() !== (note.claim.speaker ?? '') &&
                    onSave({ speaker: speaker.trim() || null })
                  }
                />
              </label>
            ) : null}
            <label class="field">
              <span>{t('note.comment')}</span>
              <textarea
                data-testid="tally-note-comment"
                rows={2}
                value={comment}
                onInput={(e) => setComment(e.currentTarget.value)}
                onBlur={() => comment !== note.comment && onSave({ comment })}
              />
            </label>
            <label class="field">
              <span>{t('note.tags')}</span>
              <input
                type="text"
                data-testid="tally-note-tags"
                value={tags}
                placeholder={t('note.tagsPlaceholder')}
                onInput={(e) => setTags(e.currentTarget.value)}
                onBlur={saveTags}
                onKeyDown={(e) => e.key === 'Enter' && saveTags()}
              />
            </label>
            <div class="actions">
              <button type="button" onClick={() => actions.jump(note)} data-testid="tally-note-jump">
                {t('note.jump')}
              </button>
              <button
                type="button"
                class="delete"
                onClick={() => actions.remove(note.id)}
                data-testid="tally-note-delete"
              >
                {t('note.delete')}
              </button>
            </div>
          </>
        ) : null}
      </div>
    </li>
  );
});
