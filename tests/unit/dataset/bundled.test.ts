import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { claimAt, datasetFromFiles, DatasetError, loadBundledDataset } from '../../../utils/dataset';
import type { Dataset } from '../../../utils/dataset';
import type { ClaimColumnsFile, ClaimShardFile, ClaimTablesFile, DatasetClaim } from '../../../utils/schema';
import { claimFiles, DATA_FILE_MAX_BYTES, LINTER_PARSE_LIMIT_BYTES } from '../../../scripts/dataset/shards';
import { bundled } from '../match/bundled';

const DATA = join(process.cwd(), 'public/data');
const read = (f: string) => JSON.parse(readFileSync(join(DATA, f), 'utf8')) as Record<string, unknown>;

let ds: Dataset;
let rows: Map<string, DatasetClaim>;
beforeAll(async () => {
  ds = await bundled();
  rows = new Map();
  for (let i = 0; i < ds.claims.size; i++) {
    const id = ds.claims.id[i] as string;
    if (id.startsWith('curated.') || id.includes('2025-03-1')) rows.set(id, claimAt(ds, i));
  }
});

describe('the committed dataset (what `npm run dataset:check` checks)', () => {
  it('validates and holds well over 20,000 claims, each with a public source', () => {
    expect(ds.claims.size).toBeGreaterThan(20000);
    for (const s of ds.sources) expect(s.url).toMatch(/^https:\/\//);
  });

  it.each([
    ['af.air-force.2025-03-18T19:00--2025-03-19T08:00.drones.launched', 'ua-air-force', 145],
    ['af.air-force.2025-03-18T19:00--2025-03-19T08:00.drones.shot-down', 'ua-air-force', 72],
    ['af.air-force.2025-03-18T19:00--2025-03-19T08:00.drones.lost', 'ua-air-force', 56],
    ['af.air-force.2025-03-18T19:00--2025-03-19T08:00.ballistic-missiles.launched', 'ua-air-force', 2],
    ['gs.2025-03-19.personnel.total', 'ua-general-staff', 898070],
    ['gs.2025-03-19.personnel.daily', 'ua-general-staff', 1060],
    ['gs.2025-03-19.tanks.total', 'ua-general-staff', 10364],
    ['oryx.2025-03-19.russia.tanks', 'oryx', 3782],
    ['curated.overnight_2025-03-19_zelensky_150', 'ua-president', 150],
    ['curated.overnight_2025-03-19_rumod_57', 'ru-mod', 57],
    ['curated.2025-03-19_kavkazskaya_fire_admin', 'ru-krasnodar-admin', 20],
  ])('has %s (%s: %d)', (id, claimant, value) => {
    expect(rows.get(id)).toMatchObject({ claimant, value });
  });

  it('keeps the General Staff daily figure as the difference of two days', () => {
    expect(rows.get('gs.2025-03-19.personnel.daily')?.period).toEqual({
      start: '2025-03-18',
      end: '2025-03-19',
    });
  });
});

describe('the bundled files', () => {
  it("are each under the add-on linter's parse limit, with room to grow", () => {
    for (const name of readdirSync(DATA)) {
      const size = statSync(join(DATA, name)).size;
      expect(size, name).toBeLessThanOrEqual(DATA_FILE_MAX_BYTES);
      expect(size, name).toBeLessThan(LINTER_PARSE_LIMIT_BYTES);
    }
  });

  it('are the ones the manifest names (no stale claims file left behind)', () => {
    const manifest = read('manifest.json') as {
      files: { registry: string; tables: string; claims: string[] };
    };
    const named = [manifest.files.registry, manifest.files.tables, ...manifest.files.claims];
    expect(manifest.files.claims.length).toBeGreaterThan(1);
    expect(readdirSync(DATA).sort()).toEqual(['NOTICE', 'manifest.json', ...named].sort());
  });
});

describe('splitting the claims into shards', () => {
  const file = () => {
    const tables = read('tables.json');
    const manifest = read('manifest.json') as { files: { claims: string[] } };
    const shards = manifest.files.claims.map((f) => (read(f) as ClaimShardFile).columns);
    const columns = Object.fromEntries(
      Object.keys(shards[0]!).map((k) => [k, shards.flatMap((s) => s[k as keyof typeof s] as unknown[])]),
    );
    return { ...tables, columns } as ClaimColumnsFile;
  };

  it('keeps every file under the size it is given, the rows in order', () => {
    const whole = file();
    const files = claimFiles(whole, 1_200_000);
    expect([...files.keys()].slice(0, 2)).toEqual(['tables.json', 'claims-1.json']);
    for (const text of files.values()) expect(text.length).toBeLessThanOrEqual(1_200_000);
    const ids = [...files.entries()]
      .filter(([name]) => name !== 'tables.json')
      .flatMap(([, text]) => (JSON.parse(text) as ClaimShardFile).columns.id);
    expect(ids).toEqual(whole.columns.id);
  });

  it('refuses tables too large for one file', () => {
    expect(() => claimFiles(file(), 1000)).toThrow(/tables\.json would be \d+ bytes/);
  });
});

describe('validation names the file, field and row', () => {
  /** The bundled files in memory, with one shard's columns changed by `corrupt`. */
  const loadCorrupted = (shard: number, corrupt: (c: Record<string, unknown[]>) => void) => {
    const manifest = read('manifest.json') as { files: { claims: string[] } };
    const name = manifest.files.claims[shard]!;
    const columns = (read(name) as { columns: Record<string, unknown[]> }).columns;
    corrupt(columns);
    const changed = JSON.stringify({ columns });
    return loadBundledDataset(async (f) => (f === name ? changed : readFileSync(join(DATA, f), 'utf8')));
  };

  it.each([
    [
      'a value that is not a number',
      0,
      (c: Record<string, unknown[]>) => (c.value![3] = 'x'),
      /claims-1\.json columns\.value\[3\]/,
    ],
    [
      'a metric index out of range, in a later shard (its own row)',
      1,
      (c: Record<string, unknown[]>) => (c.metric![5] = 9999),
      /claims-2\.json columns\.metric\[5\]: no such entry in metrics/,
    ],
    [
      'a column of the wrong length',
      2,
      (c: Record<string, unknown[]>) => c.place!.pop(),
      /claims-3\.json columns\.place: \d+ entries, expected \d+/,
    ],
    [
      'a repeated claim id',
      0,
      (c: Record<string, unknown[]>) => (c.id![4] = c.id![3]),
      /claims-1\.json columns\.id\[4\]: duplicate claim id/,
    ],
    [
      'a qualifier code out of range',
      1,
      (c: Record<string, unknown[]>) => (c.qualifier![0] = 7),
      /claims-2\.json columns\.qualifier\[0\]/,
    ],
    [
      'a claim with both value and range',
      2,
      (c: Record<string, unknown[]>) => (c.low![2] = 1),
      /claims-3\.json columns\.value\[2\]: give either value, or both low and high/,
    ],
  ])('rejects %s', async (_, shard, corrupt, message) => {
    await expect(loadCorrupted(shard, corrupt)).rejects.toThrow(message);
  });

  it.each([
    [
      'a source with a date that is not one',
      (t: Record<string, unknown[][]>) => (t.sources![3]![1] = '19 March'),
      /tables\.json sources\[3\]: expected \[url, published date or null, outlet or null\]/,
    ],
    [
      'a time that is neither a date nor a period',
      (t: Record<string, unknown[]>) => (t.times![2] = 'yesterday'),
      /tables\.json times\[2\]: expected a date YYYY-MM-DD or "start\/end"/,
    ],
  ])('rejects %s in the tables', async (_, corrupt, message) => {
    const tables = read('tables.json') as Record<string, unknown[][]>;
    corrupt(tables);
    const changed = JSON.stringify(tables);
    await expect(
      loadBundledDataset(async (f) => (f === 'tables.json' ? changed : readFileSync(join(DATA, f), 'utf8'))),
    ).rejects.toThrow(message);
  });

  it('rejects a manifest naming a shard that is not there, naming it', async () => {
    await expect(
      loadBundledDataset(async (f) => {
        if (f === 'claims-2.json') throw new Error('dataset file claims-2.json: 404');
        return readFileSync(join(DATA, f), 'utf8');
      }),
    ).rejects.toThrow('claims-2.json: 404');
  });

  it('rejects a shard file name that leaves the folder', async () => {
    const manifest = read('manifest.json') as { files: { claims: string[] } };
    manifest.files.claims[0] = '../secret.json';
    await expect(
      loadBundledDataset(async (f) =>
        f === 'manifest.json' ? JSON.stringify(manifest) : readFileSync(join(DATA, f), 'utf8'),
      ),
    ).rejects.toThrow(/manifest\.json files\.claims\[0\]: a file name in the same folder/);
  });

  it('rejects a registry claimant without a side', () => {
    const reg = read('registry.json') as { claimants: Record<string, unknown>[] };
    delete reg.claimants[0]!.side;
    expect(() => datasetFromFiles('t', reg, file1())).toThrow(DatasetError);
  });
});

/** The tables and the first shard as one claims file (what datasetFromFiles takes). */
function file1(): ClaimColumnsFile {
  return {
    ...(read('tables.json') as ClaimTablesFile),
    columns: (read('claims-1.json') as ClaimShardFile).columns,
  };
}
