import { formatFigure, sideLabel, STATUS_LABEL } from '../format';
import type { OtherFigure, Qualifier } from '../schema';
import type { Note } from '../schema/notes';
import { speakerOf } from '../notes/filter-notes';

/** What a figure without a known speaker is called, in every export. */
export const UNATTRIBUTED = 'unattributed';

/** A qualifier in words, for cells and fields other tools read ("more than", never ">"). */
export const QUALIFIER_WORDS: Record<Qualifier, string> = {
  '=': 'exact',
  '~': 'about',
  '>': 'more than',
  '>=': 'at least',
  '<': 'less than',
  '<=': 'up to',
};

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

/**
 * Whether `o` is the note's own figure: its own claimant giving the same number (the
 * dataset's record of what the page quotes). A different number from the same claimant is
 * another figure (the same speaker elsewhere).
 */
export function isOwnFigure(note: Note, o: OtherFigure): boolean {
  const own = note.match.claimant?.id;
  const c = note.claim;
  return (
    own !== undefined &&
    o.claimant === own &&
    o.value === c.value &&
    o.low === c.low &&
    o.high === c.high &&
    (c.value !== null || c.low !== null)
  );
}

/** One line saying what was noted: the figure, who gave it, their side, and the status. */
export function summaryOf(note: Note): string {
  const who = speakerOf(note) ?? UNATTRIBUTED;
  const side = note.match.claimant ? ` (${sideLabel(note.match.claimant.side)})` : '';
  return `${note.claim.text} — ${who}${side}: ${STATUS_LABEL[note.match.status].toLowerCase()}`;
}
