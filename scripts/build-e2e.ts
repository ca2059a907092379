/**
 * `npm run build:e2e`: builds the Chrome (MV3) and Firefox (MV2) variants that
 * also run on http://127.0.0.1 and http://localhost, into `.output-e2e/`, and
 * prints the absolute path of the unpacked Chrome build as its last line.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const env = { ...process.env, TALLY_E2E: '1' };
const quiet = process.argv.includes('--quiet');
for (const args of [['build'], ['build', '-b', 'firefox']]) {
  execFileSync(process.execPath, [resolve('node_modules/wxt/bin/wxt.mjs'), ...args], {
    env,
    stdio: quiet ? 'ignore' : ['ignore', 'inherit', 'inherit'],
  });
}
console.log(resolve('.output-e2e/chrome-mv3'));
