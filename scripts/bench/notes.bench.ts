/**
 * Note writes in Chromium with the built extension: the time from an extension page's
 * `notes-add` to its acknowledgement, with 1,000 and with 4,000 notes already in the
 * ledger (seeded through `notes-import`). A write should cost in proportion to the
 * note, not the ledger: the two figures should be close. Builds the end-to-end variant
 * first; needs Debian's chromium.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/support/chromium';
import { makeDraft, makeNote } from '../../tests/unit/support/records';
import { median, type Figure } from './section';

const WRITES = 15;

/** `count` distinct notes on a dozen pages, as a reader's ledger holds them. */
function ledger(count: number, from = 0) {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    const base = makeNote();
    return makeNote({
      id: `bench-${n}`,
      page: { ...base.page, url: `https://news.example/article-${n % 12}` },
      quote: { ...base.quote, exact: `${n} drones`, prefix: `figure ${n} ` },
      comment: n % 3 ? '' : 'checked against the ministry’s own figure the next morning',
      tags: n % 2 ? ['drones'] : [],
    });
  });
}

/** Sends one message from the extension page `panel` and returns its reply. */
function send(panel: Page, msg: unknown): Promise<{ ok: boolean; error?: string }> {
  return panel.evaluate((m) => chrome.runtime.sendMessage(m), msg) as Promise<{
    ok: boolean;
    error?: string;
  }>;
}

/** Median time of `WRITES` note writes on a ledger of `size` notes (seeded up to that size first). */
async function timeWrites(panel: Page, size: number, seeded: number): Promise<number> {
  for (let at = seeded; at < size; at += 500) {
    const reply = await send(panel, { type: 'notes-import', notes: ledger(Math.min(500, size - at), at) });
    if (!reply.ok) throw new Error(`seeding the ledger: ${reply.error}`);
  }
  const times: number[] = [];
  for (let i = 0; i < WRITES; i++) {
    const draft = makeDraft({
      quote: { type: 'TextQuoteSelector', exact: `${size}-${i} drones`, prefix: 'new ', suffix: '' },
    });
    const t0 = performance.now();
    const reply = await send(panel, { type: 'notes-add', draft });
    times.push(performance.now() - t0);
    if (!reply.ok) throw new Error(`notes-add: ${reply.error}`);
    // The note just written is taken out again, so the ledger keeps its size.
    const id = (reply as unknown as { note: { id: string } }).note.id;
    await send(panel, { type: 'notes-delete', ids: [id] });
  }
  return median(times);
}

export default async function notesBench(): Promise<Figure[]> {
  execFileSync(process.execPath, [
    resolve('node_modules/tsx/dist/cli.mjs'),
    'scripts/build-e2e.ts',
    '--quiet',
  ]);
  const browser = await launchChromium();
  try {
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const at1k = await timeWrites(panel, 1000, 0);
    const at4k = await timeWrites(panel, 4000, 1000);
    // With the side panel open, listing all 4,000 notes and following each change.
    const side = await browser.context.newPage();
    await side.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await side.getByTestId('tally-note-item').first().waitFor({ timeout: 60_000 });
    const withPanel = await timeWrites(panel, 4000, 4000);
    return [
      {
        key: 'note_write_1k_ms',
        label: 'note a figure, 1,000 notes stored (median, Chromium)',
        value: at1k,
        unit: 'ms',
      },
      {
        key: 'note_write_4k_ms',
        label: 'note a figure, 4,000 notes stored (median, Chromium)',
        value: at4k,
        unit: 'ms',
      },
      {
        key: 'note_write_4k_panel_ms',
        label: 'the same, side panel open (its re-render of the list included)',
        value: withPanel,
        unit: 'ms',
      },
      {
        key: 'note_write_4k_vs_1k',
        label: 'note write time at 4,000 vs 1,000 notes',
        value: at4k / at1k,
        unit: '×',
        goal: '≈ 1×',
      },
    ];
  } finally {
    await browser.close();
  }
}
