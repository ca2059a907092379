/**
 * `npm run dataset:check`: validates the committed dataset in public/data with the same code
 * the extension runs (zod on every column, then every row's links and values), lists the source
 * families with their claims and date ranges as counted from the claims, and ends with the line
 * `claims N, claimants N, metrics N, sources N`. Exits 1 with the problems if invalid, or when a
 * claim belongs to no family.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DatasetError, loadBundledDataset, summarizeFamilies } from '../utils/dataset';

const dir = resolve(process.argv[2] ?? 'public/data');
try {
  const t0 = performance.now();
  const ds = await loadBundledDataset((f) => readFile(join(dir, f), 'utf8'));
  const ms = performance.now() - t0;
  console.log(`${dir}: valid (${ds.name}, loaded and validated in ${ms.toFixed(0)} ms)`);
  const families = summarizeFamilies(ds);
  console.log('families:');
  for (const f of families) {
    const sides = [...new Set(f.claimants.map((c) => c.side))].join(', ');
    console.log(
      `  ${f.id.padEnd(28)} ${String(f.claims).padStart(6)} claims  ${f.from ?? '?'} … ${f.to ?? '?'}  ${f.claimants.length} claimants (${sides}), ${f.metrics.length} metrics`,
    );
  }
  const stray = families.filter((f) => !ds.families.some((d) => d.id === f.id));
  if (stray.length) {
    console.error(`${stray.reduce((n, f) => n + f.claims, 0)} claims belong to no family`);
    process.exit(1);
  }
  console.log(
    `claims ${ds.claims.size}, claimants ${ds.claimants.length}, metrics ${ds.metrics.length}, sources ${ds.sources.length}`,
  );
} catch (e) {
  console.error(e instanceof DatasetError ? e.message : e);
  process.exit(1);
}
