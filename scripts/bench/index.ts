/**
 * `npm run bench [-- --json] [-- --only NAME]`: runs every `*.bench.ts` section
 * in this folder and prints its figures as a table, or as one JSON object.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchSection, Figure } from './section';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;

const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || basename(f, '.bench.ts') === only)
  .sort();

const figures: Figure[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: BenchSection };
  const name = basename(file, '.bench.ts');
  if (!json) console.log(`\n== ${name}`);
  const got = await mod.default();
  figures.push(...got);
  if (!json) {
    for (const f of got) {
      const v = Number.isInteger(f.value) ? String(f.value) : f.value.toFixed(2);
      console.log(
        `  ${f.label.padEnd(58)} ${v.padStart(10)} ${f.unit}${f.goal ? `   (goal: ${f.goal})` : ''}`,
      );
    }
  }
}
if (json) console.log(JSON.stringify(Object.fromEntries(figures.map((f) => [f.key, f.value]))));
