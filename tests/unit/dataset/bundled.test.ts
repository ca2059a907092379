import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { claimAt, datasetFromFiles, DatasetError } from '../../../utils/dataset';
import type { Dataset } from '../../../utils/dataset';
import type { DatasetClaim } from '../../../utils/schema';
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

describe('validation names the file, field and row', () => {
  it.each([
    [
      'a value that is not a number',
      (c: Record<string, unknown[]>) => (c.value![3] = 'x'),
      /columns\.value\[3\]/,
    ],
    [
      'a metric index out of range',
      (c: Record<string, unknown[]>) => (c.metric![5] = 9999),
      /columns\.metric\[5\]: no such entry in metrics/,
    ],
    [
      'a column of the wrong length',
      (c: Record<string, unknown[]>) => c.place!.pop(),
      /columns\.place: \d+ entries, expected \d+/,
    ],
    [
      'a repeated claim id',
      (c: Record<string, unknown[]>) => (c.id![4] = c.id![3]),
      /columns\.id\[4\]: duplicate claim id/,
    ],
    [
      'a qualifier code out of range',
      (c: Record<string, unknown[]>) => (c.qualifier![0] = 7),
      /columns\.qualifier\[0\]/,
    ],
    [
      'a claim with both value and range',
      (c: Record<string, unknown[]>) => (c.low![2] = 1),
      /columns\.value\[2\]: give either value, or both low and high/,
    ],
  ])('rejects %s', (_, corrupt, message) => {
    const file = read('claims.json') as { columns: Record<string, unknown[]> };
    corrupt(file.columns);
    expect(() => datasetFromFiles('t', read('registry.json'), file)).toThrow(message);
  });

  it('rejects a registry claimant without a side', () => {
    const reg = read('registry.json') as { claimants: Record<string, unknown>[] };
    delete reg.claimants[0]!.side;
    expect(() => datasetFromFiles('t', reg, read('claims.json'))).toThrow(DatasetError);
  });
});
