/**
 * `npm run dataset:check`: validates the committed dataset in public/data with the same code
 * the extension runs (zod on every column, then every row's links and values), lists the source
 * families with their claims and date ranges as counted from the claims, and ends with the line
 * `claims N, claimants N, metrics N, sources N`. Exits 1 with the problems if invalid, or when a
 * claim belongs to no family, when a file is too large for the add-on linter to parse, or when
 * the folder is over its gzipped budget.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DatasetError, loadBundledDataset, summarizeFamilies } from '../utils/dataset';
import { LINTER_PARSE_LIMIT_BYTES } from './dataset/shards';

/** Issue 12's budget for the bundled dataset, gzipped. */
const GZIP_BUDGET_BYTES = 1.5 * 1024 * 1024;

/** Each file's size, raw and gzipped; problems when a file or the whole is over its limit. */
function sizeProblems(dir: string): string[] {
  const problems: string[] = [];
  let gz = 0;
  console.log('files:');
  for (const name of readdirSync(dir).sort()) {
    const data = readFileSync(join(dir, name));
    const zipped = gzipSync(data, { level: 9 }).length;
    gz += zipped;
    console.log(
      `  ${name.padEnd(16)} ${String(data.length).padStart(9)} bytes, ${String(zipped).padStart(8)} gzipped`,
    );
    if (data.length >= LINTER_PARSE_LIMIT_BYTES)
      problems.push(
        `${name}: ${data.length} bytes, the add-on linter parses no file of ${LINTER_PARSE_LIMIT_BYTES} or more`,
      );
  }
  console.log(`  all files gzipped: ${(gz / 1024).toFixed(0)} KB (budget ${GZIP_BUDGET_BYTES / 1024} KB)`);
  if (gz > GZIP_BUDGET_BYTES)
    problems.push(`the files are ${gz} bytes gzipped, over the budget of ${GZIP_BUDGET_BYTES}`);
  return problems;
}

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
  const tooLarge = sizeProblems(dir);
  if (tooLarge.length) {
    console.error(tooLarge.join('\n'));
    process.exit(1);
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
