/** The export formats and their file extensions. */
export const EXPORT_EXTENSIONS = { csv: 'csv', json: 'json', markdown: 'md', annotations: 'jsonld' } as const;
/** An export format. */
export type ExportFormat = keyof typeof EXPORT_EXTENSIONS;

/** Which notes a file holds: all of them, those the filters show, or those the reader selected. */
export type ExportScope = 'all' | 'filtered' | 'selected';

/** MIME type of each format, for the downloaded blob. */
export const EXPORT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  markdown: 'text/markdown;charset=utf-8',
  annotations: 'application/ld+json',
};

/**
 * `tally-notes-YYYY-MM-DD.<ext>` (`tally-memory-…` for the reading memory), dated in the reader's
 * own time zone; `-filtered` or `-selected` before the extension when the file holds only some.
 */
export function exportFileName(
  format: ExportFormat,
  date: Date = new Date(),
  scope: ExportScope = 'all',
  what: 'notes' | 'memory' = 'notes',
): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `tally-${what}-${day}${scope === 'all' ? '' : `-${scope}`}.${EXPORT_EXTENSIONS[format]}`;
}
