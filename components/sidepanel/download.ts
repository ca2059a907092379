import type { ExportFile } from '../../utils/export';

/**
 * Downloads `file` from this page through a link with `download`, so no
 * `downloads` permission is needed. CSV gets a byte-order mark: spreadsheets
 * then read it as UTF-8.
 */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  const text = file.name.endsWith('.csv') ? `\uFEFF${file.text}` : file.text;
  const url = URL.createObjectURL(new Blob([text], { type: file.type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
