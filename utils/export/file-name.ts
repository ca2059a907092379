/** The export formats and their file extensions. */
export const EXPORT_EXTENSIONS = { csv: 'csv', json: 'json', markdown: 'md', annotations: 'jsonld' } as const;
/** An export format. */
export type ExportFormat = keyof typeof EXPORT_EXTENSIONS;

/** MIME type of each format, for the downloaded blob. */
export const EXPORT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  markdown: 'text/markdown;charset=utf-8',
  annotations: 'application/ld+json',
};

/** `tally-notes-YYYY-MM-DD.<ext>`, dated in the reader's own time zone. */
export function exportFileName(format: ExportFormat, date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `tally-notes-${day}.${EXPORT_EXTENSIONS[format]}`;
}
