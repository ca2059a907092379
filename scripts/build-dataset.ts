/**
 * `npm run dataset:build -- --from ../shared/data [--out public/data]`: builds the bundled
 * claims dataset from the public source files (the source families of
 * scripts/dataset/registry/families.json) into the manifest, registry, tables and claims shards.
 * Deterministic: the same sources give byte-identical files. Prints what it read and what it
 * left out, with the reason.
 *
 * `npm run dataset:build -- --from DIR --pack FILE [--name NAME] [--bundled public/data]`:
 * builds a dataset pack instead, from newer source files laid out as in ../shared/data (the
 * families whose files are missing are left out): the claims the bundled dataset does not
 * hold, validated as the options page validates an import.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadBundledDataset } from '../utils/dataset';
import { buildDataset } from './dataset/build';
import { buildPack, PackBuildError } from './dataset/pack';
import type { BuildReport } from './dataset/report';
import { isClaimsFile } from './dataset/shards';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? (args[at + 1] as string) : fallback;
};
const from = resolve(opt('--from', '../shared/data'));
const readSource = (file: string) => readFileSync(join(from, file), 'utf8');

/** Prints what a build read and left out. */
function printReport(report: BuildReport): void {
  console.log(`read from ${from}:`);
  for (const r of report.read) console.log(`  ${r}`);
  console.log('left out:');
  for (const [why, n] of [...report.skipped].sort((a, b) => b[1] - a[1]))
    console.log(`  ${String(n).padStart(6)}  ${why}`);
}

const packFile = opt('--pack', '');
if (packFile) {
  const bundledDir = resolve(opt('--bundled', 'public/data'));
  const bundled = await loadBundledDataset((f) => readFile(join(bundledDir, f), 'utf8'));
  try {
    const name = opt('--name', '');
    const pack = await buildPack(readSource, bundled, name || undefined);
    printReport(pack.report);
    writeFileSync(resolve(packFile), pack.text);
    const { claims, bundled: same, changed } = pack.counts;
    console.log(`wrote ${resolve(packFile)}: a pack of ${claims} claims the bundled dataset does not hold`);
    console.log(`  ${same} claims of the sources are bundled already, and left out`);
    if (changed)
      console.log(
        `  ${changed} claims give another figure than the bundled record of the same id, and are left out: ${pack.changed.join(', ')}${changed > pack.changed.length ? ', …' : ''}`,
      );
    console.log('Import it in Options → Import a pack…');
  } catch (e) {
    if (!(e instanceof PackBuildError)) throw e;
    console.error(`no pack written: ${e.message}`);
    for (const err of e.errors.slice(0, 20)) console.error(`  row ${err.row}, ${err.field}: ${err.message}`);
    process.exit(1);
  }
} else {
  const out = resolve(opt('--out', 'public/data'));
  const { files, report, counts } = buildDataset(readSource);
  mkdirSync(out, { recursive: true });
  // claims files of an earlier build that this one does not write (fewer shards, the old claims.json)
  for (const name of readdirSync(out)) if (isClaimsFile(name) && !(name in files)) rmSync(join(out, name));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
  printReport(report);
  console.log(`wrote ${Object.keys(files).join(', ')} to ${out}`);
  console.log(
    `claims ${counts.claims}, claimants ${counts.claimants}, metrics ${counts.metrics}, sources ${counts.sources}`,
  );
}
