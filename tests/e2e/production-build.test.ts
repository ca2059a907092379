import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_HOSTS } from '../../utils/sites/news-sites';

/**
 * What the end-to-end build adds must never reach a reader. The e2e build (`npm run build:e2e`,
 * `TALLY_E2E=1`) differs from the production build (`npm run build`, both browsers) only in its
 * manifest's test hosts: every script, page, stylesheet and data file is byte for byte the same,
 * so no test hook, flag or code path of the e2e build can be in what ships. (The tests read
 * Tally's closed shadow roots through the browsers' automation protocols, which need no hook.)
 */
const run = promisify(execFile);
const BUILDS = [
  ['chrome', 'chrome-mv3'],
  ['firefox', 'firefox-mv2'],
] as const;

let out: string;
beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'tally-production-'));
  // WXT's own build with the project's config, as `npm run build` runs it, into a folder of its own
  const script =
    "import { build } from 'wxt'; await build({ browser: process.argv[1], outDir: process.argv[2] });";
  // the environment `npm run build` has: not Vitest's (NODE_ENV=test would change the bundles)
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(NODE_ENV|VITEST.*|TEST|TALLY_E2E)$/.test(key)),
  );
  for (const [browser] of BUILDS) {
    await run(process.execPath, ['--input-type=module', '-e', script, browser, out], { env });
  }
}, 300_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The files under `dir`, as paths relative to it, sorted. */
function filesUnder(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(path, root) : [relative(root, path)];
    })
    .sort();
}

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
};

/** The manifest without the e2e build's test hosts. */
function withoutTestHosts(manifest: Manifest): Manifest {
  const keep = (list?: string[]) => list?.filter((p) => !E2E_HOSTS.includes(p));
  return {
    ...manifest,
    ...(manifest.permissions ? { permissions: keep(manifest.permissions) } : {}),
    ...(manifest.host_permissions ? { host_permissions: keep(manifest.host_permissions) } : {}),
    ...(manifest.content_scripts
      ? { content_scripts: manifest.content_scripts.map((cs) => ({ ...cs, matches: keep(cs.matches) })) }
      : {}),
  };
}

describe.each(BUILDS)('the production build for %s', (_browser, folder) => {
  const production = () => join(out, folder);
  const e2e = resolve('.output-e2e', folder);

  it('holds the same files as the e2e build, each byte for byte the same but the manifest', () => {
    const files = filesUnder(production());
    const stale = 'the same source gives other files: is .output-e2e older than it (npm run build:e2e)?';
    expect(files, stale).toEqual(filesUnder(e2e));
    const differing = files.filter(
      (f) => !readFileSync(join(production(), f)).equals(readFileSync(join(e2e, f))),
    );
    expect(differing, stale).toEqual(['manifest.json']);
  });

  it('has a manifest that is the e2e one without its test hosts, and none of them', () => {
    const read = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    const shipped = read(production());
    expect(shipped).toEqual(withoutTestHosts(read(e2e)));
    const text = JSON.stringify(shipped);
    for (const host of E2E_HOSTS) expect(text).not.toContain(host);
  });
});
