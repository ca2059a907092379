import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createPackStore } from '../../../utils/dataset';
import type { PackStore } from '../../../utils/dataset';
import { loadMatcher } from '../../../utils/match';
import { bundled } from '../match/bundled';
import type { StoredPack } from '../../../utils/schema';

/** A stored pack with one claim. */
function pack(id: string, added: string): StoredPack {
  return {
    version: 2,
    id,
    name: `Pack ${id}`,
    added,
    counts: { claims: 1, claimants: 0, metrics: 0 },
    claimants: [],
    metrics: [],
    claims: [
      {
        id: 'c1',
        metric: 'air-attack.drones.launched',
        claimant: 'ua-air-force',
        value: 5,
        low: null,
        high: null,
        qualifier: '=',
        period: { start: '2030-01-01', end: '2030-01-02' },
        asOf: null,
        place: null,
        actor: 'russia',
        target: 'ukraine',
        source: { url: 'https://example.org', published: null, outlet: null },
        quote: null,
      },
    ],
  };
}

describe('the pack store (IndexedDB)', () => {
  it('adds and lists packs, oldest first', async () => {
    const store = createPackStore(new IDBFactory());
    await store.add(pack('b', '2026-11-25T10:00:00Z'));
    await store.add(pack('a', '2026-11-24T10:00:00Z'));
    expect((await store.list()).map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('removes a pack and keeps the others', async () => {
    const store = createPackStore(new IDBFactory());
    await store.add(pack('a', '2026-11-24T10:00:00Z'));
    await store.add(pack('b', '2026-11-25T10:00:00Z'));
    await store.remove('a');
    expect((await store.list()).map((p) => p.id)).toEqual(['b']);
  });

  it('refuses a pack already stored unless told to replace it', async () => {
    const store = createPackStore(new IDBFactory());
    await store.add(pack('a', '2026-11-24T10:00:00Z'));
    await expect(store.add({ ...pack('a', '2026-11-25T10:00:00Z'), name: 'Other' })).rejects.toThrow(
      'already imported',
    );
    expect((await store.list()).map((p) => [p.id, p.name])).toEqual([['a', 'Pack a']]);
    await store.add({ ...pack('a', '2026-11-25T10:00:00Z'), name: 'Other' }, ['a']);
    expect((await store.list()).map((p) => [p.id, p.name])).toEqual([['a', 'Other']]);
  });

  it('replaces the packs it is told to in the same step as it adds the new one', async () => {
    const store = createPackStore(new IDBFactory());
    await store.add(pack('a', '2026-11-24T10:00:00Z'));
    await store.add(pack('b', '2026-11-25T10:00:00Z'));
    await store.add(pack('c', '2026-11-26T10:00:00Z'), ['a']);
    expect((await store.list()).map((p) => p.id)).toEqual(['b', 'c']);
    const bad = { ...pack('d', 'x'), counts: { claims: -1, claimants: 0, metrics: 0 } };
    await expect(store.add(bad, ['b'])).rejects.toThrow();
    expect((await store.list()).map((p) => p.id)).toEqual(['b', 'c']);
  });

  it('refuses to store an invalid pack and keeps the earlier ones', async () => {
    const store = createPackStore(new IDBFactory());
    await store.add(pack('a', '2026-11-24T10:00:00Z'));
    const bad = {
      ...pack('x', '2026-11-25T10:00:00Z'),
      claims: [] as unknown as StoredPack['claims'],
      counts: { claims: -1, claimants: 0, metrics: 0 },
    };
    await expect(store.add(bad)).rejects.toThrow();
    expect((await store.list()).map((p) => p.id)).toEqual(['a']);
  });
});

describe('loadMatcher', () => {
  const read = (f: string) => readFile(join(process.cwd(), 'public/data', f), 'utf8');

  it('loads the bundled dataset with the stored packs', async () => {
    const store = createPackStore(new IDBFactory());
    await store.add(pack('a', '2026-11-24T10:00:00Z'));
    const { matcher, skipped } = await loadMatcher(read, store);
    expect(skipped).toEqual([]);
    expect(matcher.info().claims).toBe((await bundled()).claims.size + 1);
  });

  it('keeps working on the bundled dataset when the pack store fails', async () => {
    const broken: PackStore = {
      add: async () => {},
      remove: async () => {},
      list: () => Promise.reject(new Error('no IndexedDB')),
    };
    const { matcher, skipped } = await loadMatcher(read, broken);
    expect(skipped).toEqual(['packs: no IndexedDB']);
    expect(matcher.info().claims).toBe((await bundled()).claims.size);
  });
});
