import { readFile } from 'node:fs/promises';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPackApi } from '../../../components/options/pack-api';
import type { PackApi } from '../../../components/options/packs';

/** A small valid pack, in the project's own words. */
const GOOD = {
  name: 'Test pack',
  claimants: [
    {
      id: 'test-ministry',
      name: 'Test Ministry',
      aliases: ['the ministry'],
      side: 'other',
      kind: 'government',
    },
  ],
  metrics: [{ id: 'test.drones', label: 'Drones launched', concepts: ['drone'], kind: 'flow' }],
  claims: [
    {
      id: 'c1',
      metric: 'test.drones',
      claimant: 'test-ministry',
      value: 10,
      period: { start: '2025-03-18T18:00+02:00', end: '2025-03-19T08:00+02:00' },
      source: { url: 'https://example.org/report' },
    },
  ],
};

/** A CSV pack whose second line gives a word where a number belongs. */
const BAD_CSV = [
  'record,id,name,aliases,side,kind,metric,claimant,value,period_start,period_end,source_url',
  'claimant,test-ministry,Test Ministry,the ministry,other,government,,,,,,',
  'claim,c1,,,,,nonexistent.metric,test-ministry,lots,2025-03-18,2025-03-19,https://example.org/r',
].join('\n');

let api: PackApi;
beforeEach(() => {
  fakeBrowser.reset();
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ claimants: [], metrics: [] })));
  Object.assign(fakeBrowser.runtime, { sendMessage: vi.fn(async () => ({ ok: true })) });
  api = createPackApi(new IDBFactory());
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the pack API', () => {
  it('parses a valid JSON pack', async () => {
    const result = await api.parse(JSON.stringify(GOOD), 'test.json');
    expect(result.ok && result.pack.counts).toEqual({ claims: 1, claimants: 1, metrics: 1 });
  });

  it('rejects a CSV pack naming the line and column of each problem', async () => {
    const result = await api.parse(BAD_CSV, 'bad.csv');
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toEqual(expect.arrayContaining([expect.objectContaining({ row: 3, field: 'value' })]));
  });

  it('keeps, lists and removes packs in IndexedDB', async () => {
    const result = await api.parse(JSON.stringify(GOOD), 'test.json');
    if (!result.ok) throw new Error('the pack should parse');
    await api.add(result.pack);
    expect((await api.list()).map((p) => p.name)).toEqual(['Test pack']);
    await api.remove(result.pack.id);
    expect(await api.list()).toEqual([]);
  });

  it('names a CSV pack after its file, and refuses to import one pack twice unless told to replace it', async () => {
    const csv = [
      'record,id,name,aliases,side,kind,metric,claimant,value,period_start,period_end,source_url',
      'claim,c1,,,,,air-attack.drones.launched,ua-air-force,12,2025-03-18,2025-03-19,https://example.org/r',
    ].join('\n');
    vi.stubGlobal('fetch', async () => new Response(await readFile('public/data/registry.json')));
    const first = await createPackApi(new IDBFactory()).parse(csv, 'regional-reports.csv');
    expect(first.ok && first.pack.name).toBe('regional-reports');
    const result = await api.parse(JSON.stringify(GOOD), 'test.json');
    if (!result.ok) throw new Error('the pack should parse');
    await api.add(result.pack);
    await expect(api.add(result.pack)).rejects.toThrow('already imported');
    await api.add(result.pack, [result.pack.id]);
    expect((await api.list()).map((p) => p.id)).toEqual([result.pack.id]);
  });

  it('tells the background, and fails loudly when it says no', async () => {
    await api.changed();
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'packs-changed' });
    Object.assign(fakeBrowser.runtime, { sendMessage: vi.fn(async () => ({ ok: false, error: 'busy' })) });
    await expect(api.changed()).rejects.toThrow('busy');
  });
});
