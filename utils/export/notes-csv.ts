import Papa from 'papaparse';
import { sideLabel } from '../format';
import type { Note } from '../schema/notes';
import { outletOf, speakerOf } from '../notes/filter-notes';
import { QUALIFIER_WORDS, isOwnFigure, otherFigureText } from './describe-note';

/**
 * Cells that a spreadsheet would run as a formula (OWASP "CSV injection"): a formula
 * character (`=`, `+`, `-`, `@` or their full-width forms), also after leading spaces or
 * invisible characters (zero-width, bidi controls, byte-order marks) that a spreadsheet may
 * skip, or a leading tab or carriage return. Such a text cell gets a leading `'`. Numbers are
 * written as numbers and are never touched.
 */
export const FORMULA_START = /^[\s\p{C}\p{Z}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/u;

/**
 * The CSV columns, one row per note, in this order:
 * - `id`: the note's id
 * - `noted`: when it was noted (ISO date-time, UTC)
 * - `figure`: the figure as written on the page (the quote)
 * - `value`, `low`, `high`: the figure as a number, or its range (empty when none was parsed)
 * - `qualifier`: exact, about, more than, at least, less than or up to (QUALIFIER_WORDS)
 * - `unit`: the normalised unit (`km2`, `%`, `USD`); empty for counts
 * - `concept`: what is counted ("drones")
 * - `speaker`: who gave it (the matched claimant's name, else the speaker the article named)
 * - `side`: the claimant's side (Ukraine, Russia, Independent, International, Other), if matched
 * - `status`: diverges, agrees, single or unmatched, as it was when noted
 * - `topic`: the matched topic's label
 * - `other_figures`: every other figure for the topic, "Name (Side): value", `; `-separated
 *   (never the note's own figure: its own claimant's record of the same number)
 * - `other_sources`: their source URLs, `; `-separated, in the same order (empty entries kept)
 * - `recorded_in`: source URLs of the dataset's records of the note's own figure, `; `-separated
 * - `related_figures`: figures for the same thing with another scope or measure (not compared),
 *   "Name (Side): value", `; `-separated
 * - `page_url`, `page_title`, `outlet`, `published`: the page the figure was noted on
 * - `comment`, `tags` (`; `-separated): the reader's own
 * - `manual`: yes when the reader selected the figure themselves
 * - `anchor`: anchored, fuzzy or orphaned (on the last visit)
 * - `quote_prefix`, `quote_suffix`: the text just before and after the figure
 * - `position_start`, `position_end`: offsets of the figure in the article text
 */
export const CSV_COLUMNS = [
  'id',
  'noted',
  'figure',
  'value',
  'low',
  'high',
  'qualifier',
  'unit',
  'concept',
  'speaker',
  'side',
  'status',
  'topic',
  'other_figures',
  'other_sources',
  'recorded_in',
  'related_figures',
  'page_url',
  'page_title',
  'outlet',
  'published',
  'comment',
  'tags',
  'manual',
  'anchor',
  'quote_prefix',
  'quote_suffix',
  'position_start',
  'position_end',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string | number | null>;

function rowOf(n: Note): Row {
  const others = n.match.others.filter((o) => !isOwnFigure(n, o));
  const own = n.match.others.filter((o) => isOwnFigure(n, o) && o.source);
  return {
    id: n.id,
    noted: n.noted,
    figure: n.quote.exact,
    value: n.claim.value,
    low: n.claim.low,
    high: n.claim.high,
    qualifier: QUALIFIER_WORDS[n.claim.qualifier],
    unit: n.claim.unit,
    concept: n.claim.concept,
    speaker: speakerOf(n),
    side: n.match.claimant ? sideLabel(n.match.claimant.side) : null,
    status: n.match.status,
    topic: n.match.topic?.label ?? null,
    other_figures: others.map(otherFigureText).join('; '),
    other_sources: others.map((o) => o.source?.url ?? '').join('; '),
    recorded_in: own.map((o) => o.source?.url ?? '').join('; '),
    related_figures: n.match.related.map(otherFigureText).join('; '),
    page_url: n.page.url,
    page_title: n.page.title,
    outlet: outletOf(n),
    published: n.page.published,
    comment: n.comment,
    tags: n.tags.join('; '),
    manual: n.manual ? 'yes' : 'no',
    anchor: n.anchor.state,
    quote_prefix: n.quote.prefix,
    quote_suffix: n.quote.suffix,
    position_start: n.position.start,
    position_end: n.position.end,
  };
}

/** The notes as CSV (RFC 4180, CRLF line ends, a header row), safe to open in a spreadsheet. */
export function notesToCsv(notes: readonly Note[]): string {
  return Papa.unparse(
    { fields: [...CSV_COLUMNS], data: notes.map((n) => CSV_COLUMNS.map((c) => rowOf(n)[c])) },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
}
