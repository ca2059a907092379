/**
 * `npm run dataset:build -- --from ../shared/data [--out public/data]`: builds the bundled
 * claims dataset from the public source files (Air Force attack reports, General Staff losses,
 * Oryx snapshot, curated claims). Deterministic: the same sources give byte-identical files.
 * Prints what it read and what it left out, with the reason.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildDataset } from './dataset/build';
import { isClaimsFile } from './dataset/shards';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? (args[at + 1] as string) : fallback;
};
const from = resolve(opt('--from', '../shared/data'));
const out = resolve(opt('--out', 'public/data'));

const { files, report, counts } = buildDataset((file) => readFileSync(join(from, file), 'utf8'));
mkdirSync(out, { recursive: true });
// claims files of an earlier build that this one does not write (fewer shards, the old claims.json)
for (const name of readdirSync(out)) if (isClaimsFile(name) && !(name in files)) rmSync(join(out, name));
for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);

console.log(`read from ${from}:`);
for (const r of report.read) console.log(`  ${r}`);
console.log('left out:');
for (const [why, n] of [...report.skipped].sort((a, b) => b[1] - a[1]))
  console.log(`  ${String(n).padStart(6)}  ${why}`);
console.log(`wrote ${Object.keys(files).join(', ')} to ${out}`);
console.log(
  `claims ${counts.claims}, claimants ${counts.claimants}, metrics ${counts.metrics}, sources ${counts.sources}`,
);
