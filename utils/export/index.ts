/** Stage "export": the notes ledger as CSV, JSON (lossless, importable), Markdown and W3C Web Annotations. */
export { exportFileName, EXPORT_EXTENSIONS, EXPORT_TYPES, type ExportFormat } from './file-name';
export { notesToCsv, CSV_COLUMNS, FORMULA_START } from './notes-csv';
export {
  notesToJson,
  parseNotesJson,
  NOTES_FORMAT,
  type NotesFile,
  type ImportProblem,
  type ParsedImport,
} from './notes-json';
export { notesToMarkdown, mdEscape } from './notes-markdown';
export {
  notesToAnnotations,
  noteToAnnotation,
  type AnnotationCollection,
  type WebAnnotation,
} from './notes-annotations';
export { figureOf, summaryOf, otherFigureText } from './describe-note';
export { exportNotes, type ExportFile } from './export-notes';
export { linkUrl } from './link-url';
