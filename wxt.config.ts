import { defineConfig } from 'wxt';
import { manifestCommands } from './utils/commands/commands';
import { E2E_HOSTS, NEWS_SITES, matchPatternsFor } from './utils/sites/news-sites';

/** `TALLY_E2E=1` builds the variant that also runs on the local test server. */
const e2e = process.env.TALLY_E2E === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  outDir: e2e ? '.output-e2e' : '.output',
  manifest: ({ browser }) => ({
    name: 'Tally',
    description:
      "Highlights where the sides' figures in a news article diverge. Everything stays on your device.",
    permissions: [
      'storage',
      'activeTab',
      'scripting',
      'contextMenus',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    host_permissions: [...matchPatternsFor(NEWS_SITES), ...(e2e ? E2E_HOSTS : [])],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Shortcuts are the browser's (listed and remappable in its shortcut settings), not the page's.
    commands: manifestCommands(),
    // MV2 (Firefox) has no optional_host_permissions: sites the user turns on are asked for here.
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*', 'http://*/*'] } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tally@tally.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!e2e) return;
      for (const cs of manifest.content_scripts ?? []) cs.matches = [...(cs.matches ?? []), ...E2E_HOSTS];
    },
  },
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
