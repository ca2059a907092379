import type { Note } from '../schema/notes';
import { EXPORT_TYPES, exportFileName, type ExportFormat } from './file-name';
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

/** The notes in `format`, named `tally-notes-YYYY-MM-DD.<ext>`. */
export function exportNotes(
  notes: readonly Note[],
  format: ExportFormat,
  now: Date = new Date(),
): ExportFile {
  const text =
    format === 'csv'
      ? notesToCsv(notes)
      : format === 'json'
        ? notesToJson(notes, now)
        : format === 'markdown'
          ? notesToMarkdown(notes, now)
          : `${JSON.stringify(notesToAnnotations(notes, now), null, 2)}\n`;
  return { name: exportFileName(format, now), type: EXPORT_TYPES[format], text };
}
