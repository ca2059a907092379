/** The committed bundled dataset, loaded once per test file (as Node reads public/data). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadBundledDataset } from '../../../utils/dataset';
import type { Dataset } from '../../../utils/dataset';
import type { PageClaim } from '../../../utils/schema';

let loading: Promise<Dataset> | null = null;

/** The bundled dataset from public/data. */
export function bundled(): Promise<Dataset> {
  loading ??= loadBundledDataset((f) => readFile(join(process.cwd(), 'public/data', f), 'utf8'));
  return loading;
}

/** A page claim with the usual defaults, for tests that do not go through the extractor. */
export function pageClaim(
  p: Partial<PageClaim> & { id: string; value: number | null },
  frame: Partial<PageClaim['frame']> = {},
): PageClaim {
  return {
    start: 0,
    end: 1,
    text: String(p.value),
    low: null,
    high: null,
    qualifier: '=',
    unit: null,
    concept: 'drones',
    speaker: null,
    vague: false,
    sameAs: null,
    ...p,
    frame: { action: null, actor: null, target: null, place: null, timeText: null, period: null, ...frame },
  };
}
