/** The committed bundled dataset, loaded once per test file (as Node reads public/data). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadBundledDataset } from '../../../utils/dataset';
import type { Dataset } from '../../../utils/dataset';

let loading: Promise<Dataset> | null = null;

/** The bundled dataset from public/data. */
export function bundled(): Promise<Dataset> {
  loading ??= loadBundledDataset((f) => readFile(join(process.cwd(), 'public/data', f), 'utf8'));
  return loading;
}
