import { describe, expect, it } from 'vitest';
import { afPeriod, airForceClaims } from '../../../scripts/dataset/air-force';
import { generalStaffClaims } from '../../../scripts/dataset/general-staff';
import { BuildReport } from '../../../scripts/dataset/report';
import { casualtyClaims, type CasualtySeries } from '../../../scripts/dataset/casualties';
import { oryxDailyClaims } from '../../../scripts/dataset/oryx';
import { CASUALTIES } from '../../../scripts/dataset/registry';
import { kyivIso, loadBundledDataset, placeKey } from '../../../utils/dataset';
import { buildDataset } from '../../../scripts/dataset/build';
import { buildPack, PackBuildError } from '../../../scripts/dataset/pack';
import { parsePack } from '../../../utils/dataset/pack';

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
    ['the Gaza Strip', 'gaza'],
    ['the occupied West Bank', 'west bank'],
    ['Jenin in the occupied West Bank', 'jenin'],
    ['southern Lebanon', 'southern lebanon'],
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
    'oryx-daily/daily_count.csv':
      'country,equipment_type,destroyed,abandoned,captured,damaged,type_total,date_recorded\nUkraine,Tanks,3,0,1,0,4,2030-01-02\n',
    'gaza-lebanon-casualties/casualties_daily.json': JSON.stringify([
      { report_date: '2030-01-02', report_source: 'mohtel', report_period: 24, killed: 5, killed_cum: 50 },
    ]),
    'gaza-lebanon-casualties/lebanon_casualties_daily.json': '[]',
    'gaza-lebanon-casualties/west_bank_daily.json': '[]',
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

  describe('a pack from newer source files (`--from DIR --pack FILE`)', () => {
    const bundled = async () => {
      const { files } = buildDataset(read);
      return loadBundledDataset(async (f) => files[f] ?? '');
    };
    /** The sources with a newer General Staff day, and without the curated file. */
    const newer: Record<string, string> = {
      ...SOURCES,
      'ua-general-staff-losses/russia_losses_equipment.json': JSON.stringify([
        { date: '2030-01-01', tank: 10 },
        { date: '2030-01-02', tank: 12 },
        { date: '2030-01-03', tank: 15 },
      ]),
      'ua-general-staff-losses/russia_losses_personnel.json': JSON.stringify([
        { date: '2030-01-01', personnel: 100, 'personnel*': 'about' },
        { date: '2030-01-02', personnel: 150, 'personnel*': 'about' },
        { date: '2030-01-03', personnel: 210, 'personnel*': 'about' },
      ]),
    };
    delete newer['curated/claims-2025-03-18-to-20.csv'];
    const readFrom = (sources: Record<string, string>) => (f: string) => {
      const text = sources[f];
      if (text === undefined) throw Object.assign(new Error(`no such file ${f}`), { code: 'ENOENT' });
      return text;
    };

    it('holds only the claims the bundled dataset does not, and imports as the options page reads it', async () => {
      const ds = await bundled();
      const pack = await buildPack(readFrom(newer), ds, 'Newer General Staff');
      const file = JSON.parse(pack.text) as { name: string; claims: { id: string; value: number }[] };
      expect(file.name).toBe('Newer General Staff');
      expect(Object.fromEntries(file.claims.map((c) => [c.id, c.value]))).toEqual({
        'gs.2030-01-03.tanks.total': 15,
        'gs.2030-01-03.tanks.daily': 3,
        'gs.2030-01-03.personnel.total': 210,
        'gs.2030-01-03.personnel.daily': 60,
      });
      expect(pack.counts).toMatchObject({ claims: 4, changed: 0 });
      expect(pack.counts.bundled).toBeGreaterThan(0);
      const parsed = await parsePack(pack.text, 'json', ds);
      expect(parsed.ok).toBe(true);
    });

    it('says which families it left out for want of their files', async () => {
      const pack = await buildPack(readFrom(newer), await bundled());
      expect([...pack.report.skipped.keys()].join('\n')).toMatch(
        /curated: left out, a source file is missing/,
      );
    });

    it('leaves out a claim whose figure differs from the bundled one of the same id, and counts it', async () => {
      const revised = {
        ...newer,
        'ua-general-staff-losses/russia_losses_equipment.json': JSON.stringify([
          { date: '2030-01-01', tank: 10 },
          { date: '2030-01-02', tank: 13 },
          { date: '2030-01-03', tank: 15 },
        ]),
      };
      const pack = await buildPack(readFrom(revised), await bundled());
      expect(pack.changed).toContain('gs.2030-01-02.tanks.total');
      expect(pack.text).not.toContain('gs.2030-01-02.tanks.total');
    });

    it('writes no pack when the sources hold nothing new', async () => {
      await expect(buildPack(readFrom(SOURCES), await bundled())).rejects.toThrow(PackBuildError);
    });

    it('fails on a broken source file rather than leaving its family out', async () => {
      const broken = { ...newer, 'ua-general-staff-losses/russia_losses_personnel.json': '[{' };
      await expect(buildPack(readFrom(broken), await bundled())).rejects.toThrow(SyntaxError);
    });
  });
});

describe('building the casualty series (project-written reports)', () => {
  const series = (id: string) => CASUALTIES.series.find((s) => s.id === id) as CasualtySeries;
  const report = new BuildReport();
  const gaza = casualtyClaims(
    series('gaza'),
    [
      {
        report_date: '2030-02-01',
        report_source: 'mohtel',
        report_period: 24,
        killed: 10,
        killed_cum: 100,
        ext_killed_cum: 100,
      },
      { report_date: '2030-02-02', report_source: 'missing', report_period: 24, killed_cum: 111 },
      {
        report_date: '2030-02-03',
        report_source: 'gmotel',
        report_period: 48,
        killed: 30,
        killed_cum: 130,
        killed_children_cum: 40,
      },
      { report_date: '2030-02-04', report_source: 'mohtel', report_period: 0, killed: 0, killed_cum: 130 },
    ],
    report,
  );
  const rows = gaza.map((c) => [c.id, c.metric, c.claimant, c.value, c.asOf ?? c.period?.start ?? null]);

  it("keeps each source's own figures as of its report, cumulative and for a one-day report", () => {
    expect(rows).toEqual([
      ['gaza.2030-02-01.gaza-moh.killed.total', 'casualties.killed.total', 'gaza-moh', 100, '2030-02-01'],
      ['gaza.2030-02-01.gaza-moh.killed.daily', 'casualties.killed.daily', 'gaza-moh', 10, '2030-01-31'],
      ['gaza.2030-02-03.gaza-gmo.killed.total', 'casualties.killed.total', 'gaza-gmo', 130, '2030-02-03'],
      [
        'gaza.2030-02-03.gaza-gmo.children-killed.total',
        'casualties.children-killed.total',
        'gaza-gmo',
        40,
        '2030-02-03',
      ],
    ]);
    expect(gaza.every((c) => c.place === 'gaza' && c.source.url.startsWith('https://'))).toBe(true);
  });

  it.each([['filled in by the compiler'], ['no report that day'], ['more than one day']])(
    'leaves out, and says so: %s',
    (why) => {
      expect([...report.skipped.keys()].some((k) => k.includes(why))).toBe(true);
    },
  );

  it("keeps Lebanon's restarted count apart from the count since October 2023", () => {
    const claims = casualtyClaims(
      series('lebanon'),
      [
        {
          report_date: '2030-03-01',
          report_source: 'moph_lb',
          report_period: 24,
          phase: 1,
          killed_cum_reported: 400,
          killed_cum: 400,
        },
        {
          report_date: '2030-03-09',
          report_source: 'moph_lb',
          report_period: 24,
          phase: 2,
          killed: 7,
          killed_cum_reported: 20,
          killed_cum: 420,
        },
      ],
      new BuildReport(),
    );
    expect(claims.map((c) => [c.metric, c.value])).toEqual([
      ['casualties.killed.total', 400],
      ['casualties.killed-from-2026-03-02.total', 20],
      ['casualties.killed.daily', 7],
    ]);
  });

  it('derives a day from two flash updates a day apart, and keeps the ministry figures of a filled-in row', () => {
    const wb = [
      {
        report_date: '2030-04-01',
        flash_source: 'un',
        killed_cum: 10,
        verified: { killed: 1, killed_cum: 12 },
      },
      { report_date: '2030-04-02', flash_source: 'un', killed_cum: 13 },
      {
        report_date: '2030-04-03',
        flash_source: 'fill',
        killed_cum: 13,
        verified: { killed: 2, killed_cum: 14 },
      },
    ];
    const flash = casualtyClaims(series('west-bank'), wb, new BuildReport());
    expect(flash.map((c) => [c.claimant, c.metric, c.value])).toEqual([
      ['un-ocha', 'casualties.killed.total', 10],
      ['un-ocha', 'casualties.killed.total', 13],
      ['un-ocha', 'casualties.killed.daily', 3],
    ]);
    const moh = casualtyClaims(series('west-bank-moh'), wb, new BuildReport());
    expect(moh.map((c) => [c.claimant, c.id, c.value])).toEqual([
      ['ps-moh', 'west-bank.2030-04-01.ps-moh.killed.total', 12],
      ['ps-moh', 'west-bank.2030-04-01.ps-moh.killed.daily', 1],
      ['ps-moh', 'west-bank.2030-04-03.ps-moh.killed.total', 14],
      ['ps-moh', 'west-bank.2030-04-03.ps-moh.killed.daily', 2],
    ]);
    expect(moh[1]?.period).toEqual({ start: '2030-04-01', end: '2030-04-02' });
  });
});

describe("building Oryx's daily list", () => {
  const report = new BuildReport();
  const claims = oryxDailyClaims(
    [
      'country,equipment_type,destroyed,abandoned,captured,damaged,type_total,date_recorded',
      'Russia,Tanks,10,1,1,1,13,2030-05-01',
      'Russia,"Losses excluding Recon Drones and Trucks - 99, of which: destroyed: 9",9,0,0,0,99,2030-05-01',
      'Ukraine,Aircraft,0,0,0,0,0,2030-05-01',
      'Ukraine,"Surface-To-Air Missile Systems\n",2,0,0,0,2,2030-05-01',
    ].join('\n'),
    report,
  );

  it('keeps each total as an "at least" figure of one country, statuses in the quote', () => {
    expect(claims.map((c) => [c.id, c.metric, c.target, c.qualifier, c.value])).toEqual([
      ['oryx.2030-05-01.russia.tanks', 'losses.tanks.total', 'russia', '>=', 13],
      [
        'oryx.2030-05-01.ukraine.oryx-surface-to-air-missile-systems',
        'losses.oryx-surface-to-air-missile-systems.total',
        'ukraine',
        '>=',
        2,
      ],
    ]);
    expect(claims[0]?.quote).toBe('destroyed 10, damaged 1, abandoned 1, captured 1');
  });

  it.each([['subtotal row'], ['a count of 0']])('leaves out %s', (why) => {
    expect([...report.skipped.keys()].some((k) => k.includes(why))).toBe(true);
  });
});

describe('the General Staff personnel series', () => {
  it('reads "more" as more than, and a day between two bounded figures as about', () => {
    const claims = generalStaffClaims(
      [],
      [
        { date: '2030-06-01', personnel: 1000, 'personnel*': 'more' },
        { date: '2030-06-02', personnel: 1200, 'personnel*': 'about' },
      ],
      [],
      new BuildReport(),
    );
    expect(claims.map((c) => [c.id, c.qualifier, c.value])).toEqual([
      ['gs.2030-06-01.personnel.total', '>', 1000],
      ['gs.2030-06-02.personnel.total', '~', 1200],
      ['gs.2030-06-02.personnel.daily', '~', 200],
    ]);
  });
});
