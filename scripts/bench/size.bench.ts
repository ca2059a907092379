/**
 * Size of what a reader's browser loads: the content script injected into
 * every article (UI included: popover, figure strip, notes) and the other
 * bundles, gzipped at level 9, from the production Chrome build.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from './section';

const BUILD = resolve('.output/chrome-mv3');

function gzKb(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
}

export default async function sizeBench(): Promise<Figure[]> {
  // Always a fresh production build: a stale .output would report old sizes.
  execFileSync(process.execPath, [resolve('node_modules/wxt/bin/wxt.mjs'), 'build'], { stdio: 'ignore' });
  const content = join(BUILD, 'content-scripts/news.js');
  const css = join(BUILD, 'content-scripts/news.css');
  const chunks = readdirSync(join(BUILD, 'chunks')).map((f) => join(BUILD, 'chunks', f));
  return [
    {
      key: 'content_script_gz_kb',
      label: 'content script, UI included (news.js + news.css), gzipped',
      value: gzKb(content) + gzKb(css),
      unit: 'KB',
      goal: '< 40 KB',
    },
    {
      key: 'background_gz_kb',
      label: 'background worker, gzipped',
      value: gzKb(join(BUILD, 'background.js')),
      unit: 'KB',
    },
    {
      key: 'pages_gz_kb',
      label: 'popup, options and side panel chunks, gzipped',
      value: chunks.reduce((sum, f) => sum + gzKb(f), 0),
      unit: 'KB',
    },
    {
      key: 'dataset_gz_kb',
      label: 'bundled dataset (public/data), gzipped',
      value: readdirSync(join(BUILD, 'data'))
        .filter((f) => f.endsWith('.json'))
        .reduce((sum, f) => sum + gzKb(join(BUILD, 'data', f)), 0),
      unit: 'KB',
    },
  ];
}
