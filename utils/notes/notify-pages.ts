import { browser } from 'wxt/browser';
import type { LedgerChanged, Note, PageNotesChanged } from '../schema/notes';
import type { NotesChange } from './notes-handler';
import { pageKey } from './page-key';

/**
 * Tells the extension's pages that the ledger changed (`ledger-changed`), and each open tab about the notes of its own page that changed (`page-notes-changed`),
 * and nothing about other pages: a deleted note stops being painted at once, a note put back
 * or taken in another tab is painted again. The tab that made the change already knows.
 */
export async function notifyPages(change: NotesChange): Promise<void> {
  // The extension's pages (side panel) list the ledger again; runtime messages never reach content scripts.
  const ledger: LedgerChanged = {
    type: 'ledger-changed',
    removed: change.removed.map((n) => n.id),
    changed: change.changed,
  };
  await browser.runtime.sendMessage(ledger).catch(() => undefined);
  if (change.anchors) return;
  const byPage = new Map<string, { removed: string[]; changed: Note[] }>();
  const entry = (note: Note) => {
    const key = pageKey(note.page.url);
    let e = byPage.get(key);
    if (!e) byPage.set(key, (e = { removed: [], changed: [] }));
    return e;
  };
  for (const n of change.removed) entry(n).removed.push(n.id);
  for (const n of change.changed) entry(n).changed.push(n);
  // Tabs' URLs are known for the sites Tally may read, which are the only ones with its content script.
  for (const tab of await browser.tabs.query({})) {
    if (tab.id === undefined || tab.id === change.by || !tab.url) continue;
    const e = byPage.get(pageKey(tab.url));
    if (!e) continue;
    const msg: PageNotesChanged = { type: 'page-notes-changed', ...e };
    // A tab without Tally's content script does not answer; that is fine.
    await browser.tabs.sendMessage(tab.id, msg).catch(() => undefined);
  }
}
