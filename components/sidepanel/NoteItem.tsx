import { useEffect, useState } from 'preact/hooks';
import { figureOf } from '../../utils/export/describe-note';
import { linkUrl } from '../../utils/export/link-url';
import { noteDate, outletOf, speakerOf } from '../../utils/notes/filter-notes';
import type { Note, NotePatch } from '../../utils/schema/notes';
import { sideClass, sideLabel, STATUS_LABEL, formatFigure } from '../format';

/** Props of {@link NoteItem}. */
export interface NoteItemProps {
  note: Note;
  onSave(patch: NotePatch): void;
  onDelete(): void;
  onJump(): void;
}

const ANCHOR_LABEL = {
  anchored: null,
  fuzzy: 'Text changed on the page',
  orphaned: 'No longer on the page',
} as const;

/** Tags as typed: comma-separated, trimmed, without repeats. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim().slice(0, 60))
        .filter(Boolean),
    ),
  ].slice(0, 50);
}

/** One noted figure in the ledger: what, who, where; its comment, tags and (manual notes) speaker are editable. */
export function NoteItem({ note, onSave, onDelete, onJump }: NoteItemProps) {
  const [comment, setComment] = useState(note.comment);
  const [tags, setTags] = useState(note.tags.join(', '));
  const [speaker, setSpeaker] = useState(note.claim.speaker ?? '');
  useEffect(() => setComment(note.comment), [note.comment]);
  // Keyed on the stored text, not the array: a reload after another field's save
  // must not wipe tags the reader is still typing.
  const storedTags = note.tags.join(', ');
  useEffect(() => setTags(storedTags), [storedTags]);
  useEffect(() => setSpeaker(note.claim.speaker ?? ''), [note.claim.speaker]);

  const who = speakerOf(note);
  const anchorLabel = ANCHOR_LABEL[note.anchor.state];
  const saveTags = () => {
    const next = parseTags(tags);
    if (next.join('\n') !== note.tags.join('\n')) onSave({ tags: next });
  };
  return (
    <li
      class="note"
      data-testid="tally-note-item"
      data-status={note.match.status}
      data-anchor={note.anchor.state}
    >
      <div class="note-head">
        <button type="button" class="figure" title="Go to the figure on its page" onClick={onJump}>
          {note.quote.exact}
        </button>
        <span class={`status status-${note.match.status}`}>{STATUS_LABEL[note.match.status]}</span>
      </div>
      <p class="who">
        {who ?? "The outlet's own figure"}
        {note.match.claimant ? (
          <span class={`side ${sideClass(note.match.claimant.side)}`}>
            {sideLabel(note.match.claimant.side)}
          </span>
        ) : null}
        {note.manual ? <span class="tag-manual">selected by hand</span> : null}
      </p>
      {note.claim.value !== null || note.claim.low !== null ? (
        <p class="parsed">Figure: {figureOf(note)}</p>
      ) : note.manual ? (
        <p class="parsed">No figure parsed</p>
      ) : null}
      <p class="source">
        <a href={linkUrl(note.page.url) ?? undefined} target="_blank" rel="noopener noreferrer">
          {outletOf(note)}
          {note.page.title ? ` · ${note.page.title}` : ''}
        </a>{' '}
        <span class="date">{noteDate(note)}</span>
      </p>
      {anchorLabel ? (
        <p class={`anchor anchor-${note.anchor.state}`} data-testid="tally-note-anchor">
          {anchorLabel}
          {note.anchor.text ? `: now “${note.anchor.text}”` : ''}
        </p>
      ) : null}
      {note.match.others.length > 0 ? (
        <details class="others">
          <summary>
            {note.match.others.length} other figure{note.match.others.length === 1 ? '' : 's'}
          </summary>
          <ul>
            {note.match.others.map((o, i) => (
              <li key={i}>
                {o.name}
                {o.side ? ` (${sideLabel(o.side)})` : ''}: {formatFigure(o)}
                {o.source ? (
                  <>
                    {' '}
                    <a href={linkUrl(o.source.url) ?? undefined} target="_blank" rel="noopener noreferrer">
                      {o.source.outlet ?? 'source'}
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {note.manual ? (
        <label class="field">
          <span>Speaker</span>
          <input
            type="text"
            data-testid="tally-note-speaker"
            value={speaker}
            placeholder="Who gave this figure?"
            onInput={(e) => setSpeaker(e.currentTarget.value)}
            onBlur={() =>
              speaker.trim() !== (note.claim.speaker ?? '') && onSave({ speaker: speaker.trim() || null })
            }
          />
        </label>
      ) : null}
      <label class="field">
        <span>Comment</span>
        <textarea
          data-testid="tally-note-comment"
          rows={1}
          value={comment}
          onInput={(e) => setComment(e.currentTarget.value)}
          onBlur={() => comment !== note.comment && onSave({ comment })}
        />
      </label>
      <label class="field">
        <span>Tags</span>
        <input
          type="text"
          data-testid="tally-note-tags"
          value={tags}
          placeholder="comma, separated"
          onInput={(e) => setTags(e.currentTarget.value)}
          onBlur={saveTags}
          onKeyDown={(e) => e.key === 'Enter' && saveTags()}
        />
      </label>
      <div class="actions">
        <button type="button" onClick={onJump} data-testid="tally-note-jump">
          Go to figure
        </button>
        <button type="button" class="delete" onClick={onDelete} data-testid="tally-note-delete">
          Delete
        </button>
      </div>
    </li>
  );
}
