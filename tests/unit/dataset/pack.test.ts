import { beforeAll, describe, expect, it } from 'vitest';
import { parsePack, parsePackFile } from '../../../utils/dataset';
import type { Dataset } from '../../../utils/dataset';
import { createMatcher, matcherWithPacks } from '../../../utils/match';
import type { PageClaim } from '../../../utils/schema';
import { bundled } from '../match/bundled';
import { pageClaim } from '../support/records';

const CSV_HEADER =
  'record,id,name,aliases,side,kind,label,unit,concepts,cues,metric_kind,metric,claimant,value,qualifier,period_start,period_end,as_of,place,actor,target,source_url,source_published';
const CSV_PACK = [
  CSV_HEADER,
  'claimant,kharkiv-governor,Kharkiv regional governor,Kharkiv governor|Oleh Syniehubov,ukraine,regional,,,,,,,,,,,,,,,,,',
  'metric,shelling.injured,,,,,People injured by shelling,,person|people|civilian,injure|wound,flow,,,,,,,,,,,,',
  'claim,k1,,,,,,,,,,shelling.injured,kharkiv-governor,9,=,2030-01-09,2030-01-10,,kharkiv,russia,ukraine,https://example.org/k1,2030-01-10',
  'claim,k2,,,,,,,,,,air-attack.drones.launched,ua-air-force,77,=,2030-01-09T19:00,2030-01-10T08:00,,,russia,ukraine,https://example.org/k2,2030-01-10',
].join('\n');

const JSON_PACK = JSON.stringify({
  name: 'A test pack',
  claims: [
    {
      id: 'j1',
      metric: 'air-attack.drones.launched',
      claimant: 'ua-president',
      value: 90,
      period: { start: '2030-01-09T19:00', end: '2030-01-10T08:00' },
      actor: 'russia',
      target: 'ukraine',
      source: { url: 'https://example.org/j1' },
    },
  ],
});

let ds: Dataset;
beforeAll(async () => {
  ds = await bundled();
});

describe('parsePack', () => {
  it.each([
    ['csv', CSV_PACK, 2, 1, 1],
    ['json', JSON_PACK, 1, 0, 0],
  ] as const)('reads a valid %s pack', async (format, text, claims, claimants, metrics) => {
    const r = await parsePack(text, format, ds);
    expect(r.ok && r.pack.counts).toEqual({ claims, claimants, metrics });
  });

  it.each([
    [
      'json',
      '{"name":"x","claims":[{"id":"a","metric":"air-attack.drones.launched","claimant":"ua-air-force","value":"ten","period":{"start":"2030-01-01","end":"2030-01-02"},"source":{"url":"https://e.org"}}]}',
      1,
      'claims.value',
    ],
    [
      'json',
      '{"name":"x","claims":[{"id":"a","metric":"nope","claimant":"ua-air-force","value":1,"period":{"start":"2030-01-01","end":"2030-01-02"},"source":{"url":"https://e.org"}}]}',
      1,
      'claims.metric',
    ],
    [
      'json',
      '{"name":"x","claims":[{"id":"a","metric":"air-attack.drones.launched","claimant":"ua-air-force","value":1,"asOf":"2030-01-01","source":{"url":"https://e.org"}}]}',
      1,
      'claims.period.start',
    ],
    [
      'json',
      '{"name":"x","claims":[{"id":"a","metric":"air-attack.drones.launched","claimant":"ua-air-force","value":1,"period":{"start":"2030-01-02","end":"2030-01-01"},"source":{"url":"javascript:alert(1)"}}]}',
      1,
      'claims.source.url',
    ],
    ['json', '{"name":"x","claims":[]}', 0, 'claims'],
    ['json', 'not json', 0, '(file)'],
    [
      'csv',
      `${CSV_HEADER}\nclaim,c1,,,,,,,,,,air-attack.drones.launched,nobody,5,=,2030-01-01,2030-01-02,,,russia,ukraine,https://e.org,`,
      2,
      'claimant',
    ],
    [
      'csv',
      `${CSV_HEADER}\nclaim,c1,,,,,,,,,,air-attack.drones.launched,ua-air-force,5,about,2030-01-01,2030-01-02,,,russia,ukraine,https://e.org,`,
      2,
      'qualifier',
    ],
    [
      'csv',
      `${CSV_HEADER}\nclaim,c1,,,,,,,,,,air-attack.drones.launched,ua-air-force,5,=,2030-01-01,2030-01-02,,,russia,ukraine,https://e.org,\nclaim,c1,,,,,,,,,,air-attack.drones.launched,ua-air-force,6,=,2030-01-01,2030-01-02,,,russia,ukraine,https://e.org,`,
      3,
      'id',
    ],
    ['csv', `${CSV_HEADER}\nsomething,c1,,,,,,,,,,,,,,,,,,,,,`, 2, 'record'],
    ['csv', 'record,id,colour\nclaim,c1,red', 1, 'colour'],
  ] as const)('rejects a bad %s pack, naming row %#', async (format, text, row, field) => {
    const r = await parsePack(text, format, ds);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContainEqual(expect.objectContaining({ row, field }));
  });

  it('rejects a claimant that contradicts the bundled one', async () => {
    const text = JSON.stringify({
      name: 'x',
      claimants: [
        { id: 'ua-air-force', name: 'Someone else', aliases: [], side: 'russia', kind: 'military' },
      ],
      claims: [
        {
          id: 'a',
          metric: 'air-attack.drones.launched',
          claimant: 'ua-air-force',
          value: 1,
          period: { start: '2030-01-01', end: '2030-01-02' },
          source: { url: 'https://e.org' },
        },
      ],
    });
    const r = await parsePack(text, 'json', ds);
    expect(r.ok ? [] : r.errors).toContainEqual(expect.objectContaining({ row: 1, field: 'claimants.id' }));
  });
});

describe('matching with packs', () => {
  const night = { start: '2030-01-09T19:00', end: '2030-01-10T08:00' };
  const meta = { url: null, published: '2030-01-10', outlet: null, headline: null };
  const claim: PageClaim = pageClaim(
    { id: 'p', value: 77, speaker: 'the air force' },
    { action: 'attacked', timeText: 'overnight', period: night },
  );

  it('adds the packs to the bundled dataset: a pack figure makes a topic', async () => {
    const a = await parsePack(CSV_PACK, 'csv', ds);
    const b = await parsePack(JSON_PACK, 'json', ds);
    if (!a.ok || !b.ok) throw new Error('packs should parse');
    const m = createMatcher(ds, [a.dataset, b.dataset]).match([claim], meta)[0];
    expect(m?.status).toBe('diverges');
    expect(m?.others.map((o) => [o.claimant, o.value])).toEqual([
      ['ua-president', 90],
      ['ua-air-force', 77],
    ]);
  });

  it('leaves out a stored pack that no longer validates, keeping the others', async () => {
    const b = await parsePack(JSON_PACK, 'json', ds);
    if (!b.ok) throw new Error('pack should parse');
    const broken = { ...b.pack, id: 'broken', claims: [{ ...b.pack.claims[0], value: 'x' }] };
    const { matcher, skipped } = matcherWithPacks(ds, [broken, b.pack]);
    expect(skipped).toHaveLength(1);
    expect(matcher.info().claims).toBe(ds.claims.size + 1);
  });
});

describe('parsePackFile', () => {
  it.each([
    ['my-pack.csv', CSV_PACK, 'my-pack'],
    ['packs/extra.JSON', JSON_PACK, 'A test pack'],
    ['no-extension', JSON_PACK, 'A test pack'],
    ['.csv', CSV_PACK, 'Imported pack'],
  ])('reads %s by its extension or content', async (file, text, name) => {
    const r = await parsePackFile(text, file, ds);
    expect(r.ok && r.pack.name).toBe(name);
  });
});

/** A CSV pack of one claim whose `column` cell is `cell`. */
const oneClaim = (column: 'value' | 'low', cell: string) =>
  [
    'record,id,metric,claimant,value,low,high,period_start,period_end,source_url',
    `claim,c1,air-attack.drones.launched,ua-air-force,${column === 'value' ? cell : ''},${column === 'low' ? cell : ''},${column === 'low' ? '9' : ''},2030-01-01,2030-01-02,https://e.org/r`,
  ].join('\n');

describe('numbers in CSV packs', () => {
  it.each([
    ['1500', 1500],
    ['12.5', 12.5],
    ['-3', -3],
    ['+7', 7],
    ['0.65', 0.65],
    ['.5', 0.5],
    ['1e3', 1000],
    [' 42 ', 42],
  ])('reads the decimal number %j as %d', async (cell, value) => {
    const r = await parsePack(oneClaim('value', cell), 'csv', ds);
    expect(r.ok && r.pack.claims[0]!.value).toBe(value);
  });

  it.each([
    '1,5',
    '0x10',
    '1,2,3',
    '1 000',
    '1.000,5',
    '1_000',
    'Infinity',
    'NaN',
    '12%',
    '$5',
    '0b11',
    '1e',
    '−5',
    'ten',
  ])('refuses %j with its line and column, and nothing else about that cell', async (cell) => {
    for (const column of ['value', 'low'] as const) {
      const r = await parsePack(oneClaim(column, `"${cell}"`), 'csv', ds);
      expect(r.ok).toBe(false);
      const errors = r.ok ? [] : r.errors.filter((e) => e.field === column);
      expect(errors).toEqual([{ row: 2, field: column, message: expect.stringContaining(`got "${cell}"`) }]);
    }
  });

  it.each([
    ['yes', true],
    ['No', false],
    ['1', true],
    ['false', false],
  ])('reads the yes/no cell %j', async (cell, bare) => {
    const text = [
      'record,id,label,concepts,metric_kind,bare,metric,claimant,value,period_start,period_end,source_url',
      `metric,test.drones,Test drones,test drone,flow,${cell},,,,,,`,
      'claim,c1,,,,,test.drones,ua-air-force,5,2030-01-01,2030-01-02,https://e.org/r',
    ].join('\n');
    const r = await parsePack(text, 'csv', ds);
    expect(r.ok && r.pack.metrics[0]!.bare).toBe(bare);
  });

  it('refuses a yes/no cell that is neither', async () => {
    const text = [
      'record,id,label,concepts,metric_kind,bare,metric,claimant,value,period_start,period_end,source_url',
      'metric,test.drones,Test drones,test drone,flow,maybe,,,,,,',
      'claim,c1,,,,,test.drones,ua-air-force,5,2030-01-01,2030-01-02,https://e.org/r',
    ].join('\n');
    const r = await parsePack(text, 'csv', ds);
    expect(r.ok ? [] : r.errors).toEqual([
      { row: 2, field: 'bare', message: 'expected yes or no, got "maybe"' },
    ]);
  });
});

/** FNV-1a over UTF-16 code units: the 32-bit hash pack ids were made of before. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

describe('pack ids', () => {
  const named = (name: string) => JSON_PACK.replace('"A test pack"', JSON.stringify(name));

  it('are the SHA-256 of the pack: the same pack read again gets the same id', async () => {
    const [a, b] = await Promise.all([parsePack(JSON_PACK, 'json', ds), parsePack(JSON_PACK, 'json', ds)]);
    expect(a.ok && a.pack.id).toMatch(/^pack-[0-9a-f]{64}$/);
    expect(a.ok && b.ok && a.pack.id === b.pack.id).toBe(true);
  });

  it('differ for two packs whose old 32-bit ids collided (a crafted pack replaced another)', async () => {
    const [first, crafted] = [named('Regional reports 36vu'), named('Regional reports ayea')];
    expect(fnv1a(first)).toBe(fnv1a(crafted));
    const [a, b] = await Promise.all([parsePack(first, 'json', ds), parsePack(crafted, 'json', ds)]);
    if (!a.ok || !b.ok) throw new Error('both packs should parse');
    expect(a.pack.id).not.toBe(b.pack.id);
  });
});
