/**
 * `npm run dataset:check`: validates the committed dataset in public/data with the same code
 * the extension runs (zod on every column, then every row's links and values), and ends with
 * the line `claims N, claimants N, metrics N, sources N`. Exits 1 with the problems if invalid.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DatasetError, loadBundledDataset } from '../utils/dataset';

const dir = resolve(process.argv[2] ?? 'public/data');
try {
  const t0 = performance.now();
  const ds = await loadBundledDataset((f) => readFile(join(dir, f), 'utf8'));
  const ms = performance.now() - t0;
  console.log(`${dir}: valid (${ds.name}, loaded and validated in ${ms.toFixed(0)} ms)`);
  console.log(
    `claims ${ds.claims.size}, claimants ${ds.claimants.length}, metrics ${ds.metrics.length}, sources ${ds.sources.length}`,
  );
} catch (e) {
  console.error(e instanceof DatasetError ? e.message : e);
  process.exit(1);
}
