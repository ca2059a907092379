import { formatFigure, sideLabel, STATUS_LABEL } from '../../components/format';
import type { Note } from '../schema/notes';
import type { OtherFigure } from '../schema';
import { speakerOf } from '../notes/filter-notes';

/** The figure as a reader would say it, or the quote when no figure was parsed (a manual note). */
export function figureOf(note: Note): string {
  const c = note.claim;
  if (c.value === null && c.low === null) return note.quote.exact;
  return `${formatFigure(c)}${c.unit ? ` ${c.unit}` : ''}${c.concept ? ` ${c.concept}` : ''}`;
}

/** "Name (Side): 41" — one other figure, as plain text. */
export function otherFigureText(o: OtherFigure): string {
  return `${o.name}${o.side ? ` (${sideLabel(o.side)})` : ''}: ${formatFigure(o)}`;
}

/** One line saying what was noted: the figure, who gave it, their side, and the status. */
export function summaryOf(note: Note): string {
  const who = speakerOf(note) ?? "the outlet's own figure";
  const side = note.match.claimant ? ` (${sideLabel(note.match.claimant.side)})` : '';
  return `${note.claim.text} — ${who}${side}: ${STATUS_LABEL[note.match.status].toLowerCase()}`;
}
