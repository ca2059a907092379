import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createPackStore, packFromStored, parsePack } from '../../../utils/dataset';
import { migratePack, PACK_VERSION, StoredPack } from '../../../utils/schema';

/** A pack as Tally's first version stored it: no version, metrics without definition or series start. */
const V1_STORED = {
  id: 'pack-0001',
  name: 'Regional reports',
  added: '2026-01-01T00:00:00.000Z',
  counts: { claims: 1, claimants: 1, metrics: 1 },
  claimants: [
    { id: 'kyiv-city', name: 'Kyiv city administration', aliases: [], side: 'ukraine', kind: 'regional' },
  ],
  metrics: [
    {
      id: 'sirens.hours',
      label: 'Hours of air-raid alert',
      unit: null,
      concepts: ['hour of alert'],
      cues: [],
      kind: 'flow',
      direction: 'none',
      bare: true,
      closeDays: 1,
      span: 'any',
    },
  ],
  claims: [
    {
      id: 'c1',
      metric: 'sirens.hours',
      claimant: 'kyiv-city',
      value: 7,
      low: null,
      high: null,
      qualifier: '=',
      period: { start: '2030-01-01', end: '2030-01-02' },
      asOf: null,
      place: 'kyiv',
      actor: null,
      target: null,
      source: { url: 'https://example.org/a', published: null, outlet: null },
      quote: null,
    },
  ],
};

describe('pack versions', () => {
  it('migrates a stored version-1 pack to the current version', () => {
    expect(StoredPack.safeParse(V1_STORED).success).toBe(false);
    const migrated = StoredPack.parse(migratePack(V1_STORED));
    expect(migrated.version).toBe(PACK_VERSION);
    expect(migrated.metrics[0]).toMatchObject({ definition: null, since: null });
    expect(packFromStored(V1_STORED).claims.size).toBe(1);
  });

  it('lists a version-1 pack kept in IndexedDB by an earlier Tally', async () => {
    const factory = new IDBFactory();
    const store = createPackStore(factory, 'packs-v1');
    await store.list();
    await new Promise<void>((resolve, reject) => {
      const req = factory.open('packs-v1', 1);
      req.onsuccess = () => {
        const tx = req.result.transaction('packs', 'readwrite');
        tx.objectStore('packs').put(V1_STORED);
        tx.oncomplete = () => {
          req.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
    expect((await store.list()).map((p) => [p.id, p.version])).toEqual([['pack-0001', PACK_VERSION]]);
  });

  it('reads a version-1 pack file, and names a version it does not know', async () => {
    const v1 = JSON.stringify({
      name: 'x',
      claimants: V1_STORED.claimants,
      metrics: V1_STORED.metrics,
      claims: V1_STORED.claims,
    });
    const ok = await parsePack(v1, 'json');
    expect(ok.ok && ok.pack.version).toBe(PACK_VERSION);
    const future = await parsePack(
      JSON.stringify({ version: 9, name: 'x', claims: V1_STORED.claims }),
      'json',
    );
    expect(future.ok ? [] : future.errors.map((e) => e.field)).toEqual(['version']);
  });

  it('takes a definition and a series start in a version-2 pack', async () => {
    const metrics = [{ ...V1_STORED.metrics[0], definition: 'Hours under alert in one city.', since: null }];
    const r = await parsePack(
      JSON.stringify({
        version: 2,
        name: 'x',
        claimants: V1_STORED.claimants,
        metrics,
        claims: V1_STORED.claims,
      }),
      'json',
    );
    expect(r.ok && r.pack.metrics[0]?.definition).toBe('Hours under alert in one city.');
  });
});
