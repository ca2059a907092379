import { browser } from 'wxt/browser';
import type { LegacyLedger } from './note-db';

/** The keys WXT's storage item kept the ledger under until notes moved to IndexedDB. */
const KEY = 'notes';
const META = 'notes$';

/**
 * The ledger as earlier versions stored it: one array in storage.local (`local:notes`,
 * version 1 in `notes$`). Read once to move it into the notes database, then removed,
 * so content scripts (which can read storage.local) no longer hold the reader's notes.
 */
export function storageLocalLedger(): LegacyLedger {
  return {
    read: async () => {
      const got = await browser.storage.local.get(KEY);
      const value: unknown = got[KEY];
      return value === undefined ? null : Array.isArray(value) ? (value as unknown[]) : [value];
    },
    clear: () => browser.storage.local.remove([KEY, META]),
  };
}
