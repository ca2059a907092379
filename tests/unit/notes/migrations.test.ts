import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NOTES_MIGRATIONS, NOTES_VERSION, defineNotesItem } from '../../../utils/notes';
import { makeNote } from '../support/records';

/**
 * One case per migration: a ledger as stored at version `to - 1`, and what it
 * must read as after migrating to `to`. Add a row with every migration.
 */
const CASES: { to: number; stored: unknown[]; expected: unknown[] }[] = [];

describe('notes ledger storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('has a test case for every migration, and each migrates its case as expected', () => {
    expect(CASES.map((c) => c.to).sort()).toEqual(Object.keys(NOTES_MIGRATIONS).map(Number).sort());
    for (const { to, stored, expected } of CASES) expect(NOTES_MIGRATIONS[to]!(stored)).toEqual(expected);
  });

  it('counts versions from 1 and has a migration to each version after it', () => {
    expect(Object.keys(NOTES_MIGRATIONS).map(Number)).toEqual(
      Array.from({ length: NOTES_VERSION - 1 }, (_, i) => i + 2),
    );
  });

  it('reads back a ledger stored at the current version unchanged', async () => {
    await fakeBrowser.storage.local.set({ notes: [makeNote()], notes$: { v: NOTES_VERSION } });
    expect(await defineNotesItem().getValue()).toEqual([makeNote()]);
  });

  it('reads an empty ledger when nothing is stored', async () => {
    expect(await defineNotesItem().getValue()).toEqual([]);
  });
});
