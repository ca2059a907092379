import { describe, expect, it } from 'vitest';
import { afPeriod, airForceClaims } from '../../../scripts/dataset/air-force';
import { generalStaffClaims } from '../../../scripts/dataset/general-staff';
import { BuildReport } from '../../../scripts/dataset/report';
import { kyivIso, loadBundledDataset, placeKey } from '../../../utils/dataset';
import { buildDataset } from '../../../scripts/dataset/build';

const MODELS =
  'model,category\nShahed-136/131,UAV\nIskander-M,ballistic missile\nKalibr,cruise missile\nX-59,cruise missile\nGBU,guided bomb\n';
const ATTACKS = [
  'time_start,time_end,model,target,launched,destroyed,not_reach_goal,source',
  '2030-01-09 19:00,2030-01-10 08:00,Shahed-136/131,Ukraine,100.0,60.0,30.0,kpszsu/posts/a',
  '2030-01-09 19:00,2030-01-10 08:00,Iskander-M,Kharkiv oblast,2.0,0.0,,kpszsu/posts/a',
  '2030-01-09 19:00,2030-01-10 08:00,Iskander-M,Odesa oblast,1.0,1.0,,kpszsu/posts/a',
  '2030-01-09 19:00,2030-01-10 08:00,Kalibr and X-59,Ukraine,4.0,3.0,,kpszsu/posts/a',
  '2030-01-10,2030-01-10,Shahed-136/131,south,5.0,5.0,,PvKPivden/posts/b',
  '2030-01-10,2030-01-10,GBU,south,5.0,5.0,,PvKPivden/posts/b',
  '2030-01-10,2030-01-10,Shahed-136/131,Ukraine,9.0,9.0,,war_monitor/1',
].join('\n');

describe('building from the Air Force reports (project-written rows)', () => {
  const report = new BuildReport();
  const claims = airForceClaims(ATTACKS, MODELS, report);
  const value = (metric: string, claimant = 'ua-air-force') =>
    claims.filter((c) => c.metric === metric && c.claimant === claimant).map((c) => c.value);

  it.each([
    ['air-attack.drones.launched', [100]],
    ['air-attack.drones.shot-down', [60]],
    ['air-attack.drones.lost', [30]],
    ['air-attack.ballistic-missiles.launched', [3]],
    ['air-attack.missiles.launched', [7]],
    ['air-attack.cruise-missiles.launched', []],
  ])('sums %s per night and category', (metric, values) => {
    expect(value(metric)).toEqual(values);
  });

  it('keeps a regional command apart, with its region', () => {
    expect(claims.find((c) => c.claimant === 'ua-air-command-south')).toMatchObject({
      place: 'south',
      value: 5,
    });
  });

  it.each([['weapon model outside the categories'], ['not an official channel']])(
    'reports what it left out: %s',
    (why) => {
      expect([...report.skipped.keys()].some((k) => k.includes(why))).toBe(true);
    },
  );

  it('cites the original post', () => {
    expect(claims[0]?.source.url).toBe('https://www.facebook.com/kpszsu/posts/a');
  });
});

describe('building from the General Staff series', () => {
  const day = (date: string, tank: number) => ({ date, tank });
  const report = new BuildReport();
  const claims = generalStaffClaims(
    [day('2030-01-01', 10), day('2030-01-02', 13), day('2030-01-03', 12)],
    [],
    [],
    report,
  );

  it('stores the cumulative figure per day and the daily difference', () => {
    expect(claims.map((c) => [c.id, c.value])).toEqual([
      ['gs.2030-01-01.tanks.total', 10],
      ['gs.2030-01-02.tanks.total', 13],
      ['gs.2030-01-02.tanks.daily', 3],
      ['gs.2030-01-03.tanks.total', 12],
    ]);
  });
});

describe('times and places', () => {
  it.each([
    ['2025-03-18 19:00', '2025-03-18T19:00+02:00'],
    ['2025-06-01 08:00', '2025-06-01T08:00+03:00'],
    ['2025-03-30 02:00', '2025-03-30T02:00+02:00'],
    ['2025-03-30 04:00', '2025-03-30T04:00+03:00'],
    ['2025-10-26 05:00', '2025-10-26T05:00+02:00'],
  ])('Kyiv time %s is %s', (local, iso) => {
    expect(kyivIso(local)).toBe(iso);
  });

  it.each([
    ['2025-03-19', '2025-03-19', { start: '2025-03-19T00:00+02:00', end: '2025-03-20T00:00+02:00' }],
    ['2025-04-10 16:04', '2025-04-10 16:04', { start: '2025-04-10T16:04+03:00', end: '2025-04-10T14:04Z' }],
  ])('the Air Force time %s–%s is a period', (a, b, period) => {
    expect(afPeriod(a, b)).toEqual(period);
  });

  it.each([
    ["over Russia's Kursk border region", 'kursk'],
    ['the village of Kavkazskaya in the Krasnodar region', 'kavkazskaya'],
    ['Odesa oblast', 'odesa'],
    ['Ukraine', null],
    ['the Sumy, Odesa and Poltava regions', '*many*'],
  ])('the place "%s" is %s', (text, key) => {
    expect(placeKey(text)).toBe(key);
  });
});

describe('the whole build (project-written miniature sources)', () => {
  const SOURCES: Record<string, string> = {
    'ua-air-force-attacks/missile_attacks_daily.csv': ATTACKS,
    'ua-air-force-attacks/missiles_and_uavs.csv': MODELS,
    'ua-general-staff-losses/russia_losses_equipment.json': JSON.stringify([
      { date: '2030-01-01', tank: 10 },
      { date: '2030-01-02', tank: 12 },
    ]),
    'ua-general-staff-losses/russia_losses_personnel.json': JSON.stringify([
      { date: '2030-01-01', personnel: 100, 'personnel*': 'about' },
      { date: '2030-01-02', personnel: 150, 'personnel*': 'about' },
    ]),
    'ua-general-staff-losses/russia_losses_equipment_correction.json': '[]',
    'oryx-confirmed-losses/byType_2025-03-19.csv':
      '"","country","equipment_type","destroyed","abandoned","captured","damaged","type_total","row_id","Date"\n"1","Russia","Tanks",5,1,1,1,8,1,"2030-01-02"\n',
    'curated/claims-2025-03-18-to-20.csv':
      'claim_id,period,metric,subject,value,unit,claimant,claimant_side,source_type,source,note\n2025-03-19_swap_ua,2025-03-19,x,x,175,persons,Volodymyr Zelensky,UA,article,https://example.org/swap,\n',
  };
  const read = (f: string) => {
    const text = SOURCES[f];
    if (text === undefined) throw new Error(`no ${f}`);
    return text;
  };

  it('is deterministic: the same sources give the same files', () => {
    expect(buildDataset(read).files).toEqual(buildDataset(read).files);
  });

  it('writes files the loader accepts, with the counts in the manifest', async () => {
    const { files, counts } = buildDataset(read);
    const ds = await loadBundledDataset(async (f) => files[f] ?? '');
    expect(ds.claims.size).toBe(counts.claims);
    expect(files.NOTICE).toMatch(/Petro Ivaniuk/);
  });
});
