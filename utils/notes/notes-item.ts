import { storage } from 'wxt/utils/storage';
import { NOTES_MIGRATIONS, NOTES_VERSION } from './migrations';

/**
 * The stored ledger: every note, in the order noted, in `local:notes`. Entries are
 * validated on read (see `createNoteStore`); only the background writes it.
 */
export function defineNotesItem() {
  return storage.defineItem<unknown[]>('local:notes', {
    fallback: [],
    version: NOTES_VERSION,
    migrations: NOTES_MIGRATIONS,
  });
}
