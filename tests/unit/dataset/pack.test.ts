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
  ] as const)('reads a valid %s pack', (format, text, claims, claimants, metrics) => {
    const r = parsePack(text, format, ds);
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
  ] as const)('rejects a bad %s pack, naming row %#', (format, text, row, field) => {
    const r = parsePack(text, format, ds);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContainEqual(expect.objectContaining({ row, field }));
  });

  it('rejects a claimant that contradicts the bundled one', () => {
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
    const r = parsePack(text, 'json', ds);
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

  it('adds the packs to the bundled dataset: a pack figure makes a topic', () => {
    const a = parsePack(CSV_PACK, 'csv', ds);
    const b = parsePack(JSON_PACK, 'json', ds);
    if (!a.ok || !b.ok) throw new Error('packs should parse');
    const m = createMatcher(ds, [a.dataset, b.dataset]).match([claim], meta)[0];
    expect(m?.status).toBe('diverges');
    expect(m?.others.map((o) => [o.claimant, o.value])).toEqual([
      ['ua-president', 90],
      ['ua-air-force', 77],
    ]);
  });

  it('leaves out a stored pack that no longer validates, keeping the others', () => {
    const b = parsePack(JSON_PACK, 'json', ds);
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
  ])('reads %s by its extension or content', (file, text, name) => {
    const r = parsePackFile(text, file, ds);
    expect(r.ok && r.pack.name).toBe(name);
  });
});
