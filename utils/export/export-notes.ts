import type { Note } from '../schema/notes';
import { EXPORT_TYPES, exportFileName, type ExportFormat, type ExportScope } from './file-name';
import { notesToAnnotations } from './notes-annotations';
import { notesToCsv } from './notes-csv';
import { notesToJson } from './notes-json';
import { notesToMarkdown } from './notes-markdown';

/** A file ready to download: its name, MIME type and text. */
export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

/** How an export is made: when (names and dates the file) and which notes it holds. */
export interface ExportOptions {
  /** The export's date and time; now by default. */
  now?: Date;
  /**
   * Which notes these are, said in the file name (`-filtered`, `-selected`) and in the
   * Markdown and Web Annotation headings; `all` by default.
   */
  scope?: ExportScope;
}

const SCOPE_LABEL: Record<ExportScope, string> = {
  all: 'Tally notes',
  filtered: 'Tally notes (filtered)',
  selected: 'Tally notes (selected)',
};

/**
 * Any list of notes (all, the filtered ones, a selection) in `format`, named
 * `tally-notes-YYYY-MM-DD[-filtered|-selected].<ext>`.
 */
export function exportNotes(
  notes: readonly Note[],
  format: ExportFormat,
  options: ExportOptions = {},
): ExportFile {
  const { now = new Date(), scope = 'all' } = options;
  const text =
    format === 'csv'
      ? notesToCsv(notes)
      : format === 'json'
        ? notesToJson(notes, now)
        : format === 'markdown'
          ? notesToMarkdown(notes, now, scope)
          : `${JSON.stringify(notesToAnnotations(notes, now, undefined, SCOPE_LABEL[scope]), null, 2)}\n`;
  return { name: exportFileName(format, now, scope), type: EXPORT_TYPES[format], text };
}
