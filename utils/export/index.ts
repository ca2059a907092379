/** Stage "export": the notes ledger as CSV, JSON (lossless, importable), Markdown and W3C Web Annotations. */
export {
  exportFileName,
  EXPORT_EXTENSIONS,
  EXPORT_TYPES,
  type ExportFormat,
  type ExportScope,
} from './file-name';
export { notesToCsv, CSV_COLUMNS, FORMULA_START } from './notes-csv';
export {
  notesToJson,
  parseNotesJson,
  NOTES_FORMAT,
  type NotesFile,
  type ImportProblem,
  type ParsedImport,
} from './notes-json';
export { notesToMarkdown } from './notes-markdown';
export { markdownText, markdownLink, type MarkdownTextOptions } from './markdown-text';
export {
  notesToAnnotations,
  noteToAnnotation,
  ANNOTATION_CONTEXT,
  TALLY_TERMS,
  type AnnotationCollection,
  type WebAnnotation,
  type FigureBody,
  type OtherFigureTerms,
} from './notes-annotations';
export {
  figureOf,
  summaryOf,
  otherFigureText,
  isOwnFigure,
  QUALIFIER_WORDS,
  UNATTRIBUTED,
} from './describe-note';
export { exportNotes, type ExportFile, type ExportOptions } from './export-notes';
export { linkUrl } from './link-url';
export {
  exportMemory,
  memoryToCsv,
  memoryToJson,
  memoryToMarkdown,
  memoryToAnnotations,
  figureToAnnotation,
  MEMORY_CSV_COLUMNS,
  MEMORY_FORMAT,
  type MemoryExportScope,
  type MemoryFile,
  type MemoryAnnotation,
  type RememberedBody,
} from './memory-export';
