import Papa from 'papaparse';
import type { DatasetClaim, Metric, Qualifier, Side, SourceRef } from '../../schema';
import { placeKey, MANY_PLACES } from '../place';
import { kyivIso } from '../time';
import { CURATED } from './curated';
import { LOSS_CATEGORIES, ORYX_SHARED } from './registry';
import { ROW_DEFAULTS } from './row-defaults';

/** What a build step read and what it left out, and why (printed by `npm run dataset:build`). */
export class BuildReport {
  readonly read: string[] = [];
  readonly skipped = new Map<string, number>();
  /** Notes that `what` was left out, counting repeats. */
  skip(what: string, n = 1): void {
    this.skipped.set(what, (this.skipped.get(what) ?? 0) + n);
  }
}

/** Parses CSV text with a header row into records of strings. */
export function readCsv(text: string): Record<string, string>[] {
  const out = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  return out.data;
}

/** A number from a CSV cell ("145.0"), or null when empty/NaN. */
function cell(v: string | undefined): number | null {
  if (v === undefined || v.trim() === '' || v.trim().toLowerCase() === 'nan') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

/** Builds a claim row with the usual empty fields. */
function claim(
  p: Partial<DatasetClaim> & Pick<DatasetClaim, 'id' | 'metric' | 'claimant' | 'source'>,
): DatasetClaim {
  return { value: null, low: null, high: null, ...ROW_DEFAULTS, ...p };
}

// ---------------------------------------------------------------- Air Force

/** Models the Air Force calls guided (air-launched) missiles rather than cruise missiles. */
const GUIDED = new Set(['X-59', 'X-69', 'X-59/X-69', 'X-31', 'X-31P', 'X-31PD', 'X-35', 'X-59MK2']);

/** The weapon category of one model from the models table's category. */
function categoryOf(model: string, tableCategory: string | undefined): string | null {
  if (GUIDED.has(model)) return 'guided-missiles';
  switch (tableCategory) {
    case 'UAV':
      return 'drones';
    case 'ballistic missile':
      return 'ballistic-missiles';
    case 'cruise missile':
      return 'cruise-missiles';
    case 'surface-to-air missile':
      return 'anti-aircraft-missiles';
    default:
      return null;
  }
}

/** Air Force source paths by their first segment → claimant and the region its reports cover. */
const AF_SOURCES: Record<string, { claimant: string; region: string | null; outlet: string }> = {
  kpszsu: { claimant: 'ua-air-force', region: null, outlet: 'Ukrainian Air Force (Facebook)' },
  PvKPivden: { claimant: 'ua-air-command-south', region: 'south', outlet: 'Air Command South (Facebook)' },
  pvkshid: { claimant: 'ua-air-command-east', region: 'east', outlet: 'Air Command East (Facebook)' },
  PvkZahid: { claimant: 'ua-air-command-west', region: 'west', outlet: 'Air Command West (Facebook)' },
  PvkCenter: { claimant: 'ua-air-command-center', region: 'center', outlet: 'Air Command Center (Facebook)' },
  GeneralStaff: { claimant: 'ua-general-staff', region: null, outlet: 'General Staff of the AFU (Facebook)' },
  CinCAFU: {
    claimant: 'ua-commander-in-chief',
    region: null,
    outlet: 'Commander-in-Chief of the AFU (Facebook)',
  },
  'tg:kpszsu': { claimant: 'ua-air-force', region: null, outlet: 'Ukrainian Air Force (Telegram)' },
  'tg:ChiefUkrDIU': {
    claimant: 'ua-military-intelligence',
    region: null,
    outlet: 'Defence Intelligence of Ukraine (Telegram)',
  },
};

/** The claimant and URL of an Air Force row's source path, or null when it is not an official channel. */
function afSource(
  path: string,
): { claimant: string; region: string | null; url: string; outlet: string } | null {
  const tg = /^https:\/\/t\.me\/([^/]+)\//.exec(path);
  const key = tg ? `tg:${tg[1]}` : (path.split('/')[0] ?? '').replace(/\.ua$/, '');
  const s = AF_SOURCES[key];
  if (!s) return null;
  return { ...s, url: tg ? path : `https://www.facebook.com/${path}` };
}

/** A Kyiv-time period from the file's time_start/time_end (a date alone = the whole day). */
export function afPeriod(startText: string, endText: string): { start: string; end: string } | null {
  const s = startText.trim();
  const e = endText.trim();
  const start = kyivIso(s);
  let end = kyivIso(e);
  if (!start || !end) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(e)) {
    const next = new Date(Date.parse(`${e}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    end = kyivIso(next);
  }
  if (end && Date.parse(start) === Date.parse(end) && s.length > 10) {
    // a strike at one moment: an hour around it
    end = new Date(Date.parse(start) + 3_600_000).toISOString().replace(/:00\.000Z$/, 'Z');
  }
  if (!end || !(Date.parse(start) < Date.parse(end))) return null;
  return { start, end };
}

/**
 * Every Air Force (and regional air command) attack report, summed per report, period and
 * weapon category: drones launched / shot down / lost to electronic warfare, missiles
 * (cruise, ballistic, guided, anti-aircraft, and all types) launched / shot down.
 */
export function airForceClaims(attacksCsv: string, modelsCsv: string, report: BuildReport): DatasetClaim[] {
  const models = new Map(readCsv(modelsCsv).map((r) => [r.model ?? '', r.category]));
  const rows = readCsv(attacksCsv);
  report.read.push(`ua-air-force-attacks/missile_attacks_daily.csv: ${rows.length} rows`);
  interface Group {
    claimant: string;
    period: { start: string; end: string };
    category: string;
    places: Set<string>;
    launched: number | null;
    destroyed: number | null;
    lost: number | null;
    url: string;
    outlet: string;
  }
  const groups = new Map<string, Group>();
  const seen = new Set<string>();
  for (const r of rows) {
    const exact = JSON.stringify(r);
    if (seen.has(exact)) {
      report.skip('Air Force: row repeated exactly');
      continue;
    }
    seen.add(exact);
    const src = afSource(r.source ?? '');
    if (!src) {
      report.skip(
        'Air Force: source is not an official channel (monitoring channel, video, other authority)',
      );
      continue;
    }
    const period = afPeriod(r.time_start ?? '', r.time_end ?? '');
    if (!period) {
      report.skip('Air Force: time_start/time_end not a period');
      continue;
    }
    const parts = (r.model ?? '').split(' and ').map((m) => m.trim());
    const cats = new Set(parts.map((m) => categoryOf(m, models.get(m))));
    if (cats.has(null)) {
      report.skip('Air Force: weapon model outside the categories (bombs, unlisted models)');
      continue;
    }
    const isMissile = !cats.has('drones');
    if (cats.size > 1 && !isMissile) {
      report.skip('Air Force: drones and missiles counted together');
      continue;
    }
    const categories = isMissile ? ['missiles', ...(cats.size === 1 ? [...cats] : [])] : ['drones'];
    if (isMissile && cats.size > 1)
      report.skip('(note, kept) Air Force: missile types counted together, only in the all-missiles total');
    const target = (r.target ?? '').trim();
    for (const category of categories as string[]) {
      const key = `${src.claimant}|${period.start}|${period.end}|${category}`;
      let g = groups.get(key);
      if (!g) {
        g = {
          claimant: src.claimant,
          period,
          category,
          places: new Set(),
          launched: null,
          destroyed: null,
          lost: null,
          url: src.url,
          outlet: src.outlet,
        };
        groups.set(key, g);
      }
      g.places.add(
        target === '' || target === 'Ukraine' ? '' : (src.region ?? placeKey(target.split(',')[0]) ?? ''),
      );
      const add = (a: number | null, b: number | null) => (b === null ? a : (a ?? 0) + b);
      g.launched = add(g.launched, cell(r.launched));
      g.destroyed = add(g.destroyed, cell(r.destroyed));
      if (category === 'drones') g.lost = add(g.lost, cell(r.not_reach_goal));
    }
  }
  const out: DatasetClaim[] = [];
  for (const g of groups.values()) {
    const places = [...g.places];
    const place =
      places.length === 1 && places[0] !== '' && places[0] !== MANY_PLACES ? (places[0] as string) : null;
    if (places.length > 1)
      report.skip('(note, kept) Air Force: report covers several regions, stored as country-wide');
    const source: SourceRef = { url: g.url, published: g.period.end.slice(0, 10), outlet: g.outlet };
    const base = `af.${g.claimant.replace(/^ua-/, '')}.${g.period.start.slice(0, 16)}--${g.period.end.slice(0, 16)}.${g.category}`;
    const measures: [string, number | null][] = [
      ['launched', g.launched],
      ['shot-down', g.destroyed],
      ...(g.category === 'drones' ? ([['lost', g.lost]] as [string, number | null][]) : []),
    ];
    for (const [measure, value] of measures) {
      if (value === null) {
        report.skip(
          `Air Force: ${measure === 'lost' ? 'drones lost to electronic warfare' : measure} not reported`,
        );
        continue;
      }
      out.push(
        claim({
          id: `${base}.${measure}`,
          metric: `air-attack.${g.category}.${measure}`,
          claimant: g.claimant,
          value,
          period: g.period,
          place,
          actor: 'russia',
          target: 'ukraine',
          source,
        }),
      );
    }
  }
  return out;
}

// ---------------------------------------------------------------- General Staff

const GS_SOURCE_URL = 'https://github.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset';
const GS_OUTLET = 'General Staff of the AFU daily report (compiled by Petro Ivaniuk)';

/** A General Staff day as the source files give it. */
type GsDay = Record<string, string | number | undefined> & { date: string };

/**
 * The General Staff's claimed Russian losses: the cumulative figure per day and category
 * ("as of" the report's date) and the daily figure derived from two consecutive reports (left
 * out where a later correction touched that day, or where the difference is negative).
 */
export function generalStaffClaims(
  equipment: GsDay[],
  personnel: GsDay[],
  corrections: GsDay[],
  report: BuildReport,
): DatasetClaim[] {
  report.read.push(
    `ua-general-staff-losses: ${equipment.length} equipment days, ${personnel.length} personnel days, ${corrections.length} corrections`,
  );
  const byDate = new Map<string, GsDay>();
  for (const d of equipment) byDate.set(d.date, { ...d });
  for (const d of personnel) byDate.set(d.date, { ...(byDate.get(d.date) ?? { date: d.date }), ...d });
  const corrected = new Map(corrections.map((c) => [c.date, c]));
  const dates = [...byDate.keys()].sort();
  const out: DatasetClaim[] = [];
  const valueOf = (d: GsDay | undefined, key: string): number | null => {
    if (!d) return null;
    if (key === 'vehicles and fuel tanks' && typeof d[key] !== 'number') {
      const a = d['military auto'];
      const b = d['fuel tank'];
      return typeof a === 'number' && typeof b === 'number' ? a + b : null;
    }
    const v = d[key];
    return typeof v === 'number' ? v : null;
  };
  for (let i = 0; i < dates.length; i++) {
    const date = dates[i] as string;
    const day = byDate.get(date);
    const prevDate = new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const prev = byDate.get(prevDate);
    const source: SourceRef = { url: GS_SOURCE_URL, published: date, outlet: GS_OUTLET };
    for (const [key, id] of LOSS_CATEGORIES.map(([k, i2]) => [k, i2] as const)) {
      const v = valueOf(day, key);
      if (v === null) continue;
      const qualifier: Qualifier = key === 'personnel' && day?.['personnel*'] === 'about' ? '~' : '=';
      out.push(
        claim({
          id: `gs.${date}.${id}.total`,
          metric: `losses.${id}.total`,
          claimant: 'ua-general-staff',
          value: v,
          qualifier,
          asOf: date,
          target: 'russia',
          source,
        }),
      );
      const p = valueOf(prev, key);
      if (p === null) {
        if (i > 0) report.skip('General Staff: no report the day before (daily figure not derived)');
        continue;
      }
      const corr = corrected.get(date)?.[key];
      if (typeof corr === 'number' && corr !== 0) {
        report.skip('General Staff: day corrected later (daily figure not derived)');
        continue;
      }
      if (v - p < 0) {
        report.skip('General Staff: cumulative figure fell (daily figure not derived)');
        continue;
      }
      out.push(
        claim({
          id: `gs.${date}.${id}.daily`,
          metric: `losses.${id}.daily`,
          claimant: 'ua-general-staff',
          value: v - p,
          qualifier,
          period: { start: prevDate, end: date },
          target: 'russia',
          source,
        }),
      );
    }
  }
  return out;
}

// ---------------------------------------------------------------- Oryx

const ORYX_URLS: Record<string, string> = {
  Russia: 'https://www.oryxspioenkop.com/2022/02/attack-on-europe-documenting-equipment.html',
  Ukraine: 'https://www.oryxspioenkop.com/2022/02/attack-on-europe-documenting-ukrainian.html',
};

/** The metric id part and concepts of an Oryx-only category ("Infantry Fighting Vehicles"). */
export function oryxMetricOf(type: string): { id: string; label: string; concepts: string[] } {
  const slug = type
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const singular = type
    .toLowerCase()
    .split(/,\s*(?:and\s+)?|\s+and\s+/)
    .map((w) =>
      w
        .trim()
        .replace(/ies$/, 'y')
        .replace(/(?<!s)s$/, ''),
    )
    .filter(Boolean);
  if (/mine-resistant/i.test(type)) singular.push('mrap');
  if (type === 'All Types')
    return {
      id: 'oryx-all',
      label: 'All equipment',
      concepts: ['piece of equipment', 'military equipment', 'equipment'],
    };
  return { id: `oryx-${slug}`, label: type, concepts: singular };
}

/**
 * Oryx's visually confirmed losses snapshot (2025-03-19): per country and type. Types that
 * count the same things as a General Staff category share its metric, so the two appear
 * side by side; the others get Oryx-only metrics (added to `extraMetrics`).
 */
export function oryxClaims(
  csv: string,
  report: BuildReport,
  extraMetrics: Map<string, Metric>,
): DatasetClaim[] {
  const rows = readCsv(csv);
  report.read.push(`oryx-confirmed-losses/byType_2025-03-19.csv: ${rows.length} rows`);
  const out: DatasetClaim[] = [];
  for (const r of rows) {
    const country = r.country ?? '';
    const type = (r.equipment_type ?? '').trim();
    const total = cell(r.type_total);
    const date = (r.Date ?? '').trim();
    const url = ORYX_URLS[country];
    if (!url || total === null || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      report.skip('Oryx: row without country, total or date');
      continue;
    }
    if (/^Losses /.test(type)) {
      report.skip('Oryx: subtotal row (scope differs from any single category)');
      continue;
    }
    const shared = ORYX_SHARED[type];
    let metricId: string;
    if (shared) metricId = `losses.${shared}.total`;
    else {
      const m = oryxMetricOf(type.replace(/ And /g, ' and '));
      metricId = `losses.${m.id}.total`;
      if (!extraMetrics.has(metricId))
        extraMetrics.set(metricId, {
          id: metricId,
          label: `${m.label} lost, visually confirmed (Oryx category)`,
          unit: null,
          concepts: m.concepts,
          cues: ['lost', 'lose', 'loss', 'destroy', 'damage', 'abandon', 'captur', 'confirm', 'document'],
          kind: 'stock',
          direction: 'loss',
          bare: false,
          closeDays: 1,
          span: 'cumulative',
        });
    }
    const target: Side = country === 'Russia' ? 'russia' : 'ukraine';
    out.push(
      claim({
        id: `oryx.${date}.${country.toLowerCase()}.${metricId.split('.')[1] ?? ''}`,
        metric: metricId,
        claimant: 'oryx',
        value: total,
        asOf: date,
        target,
        source: { url, published: date, outlet: 'Oryx (snapshot via leedrake5/Russia-Ukraine)' },
        quote: `destroyed ${r.destroyed}, damaged ${r.damaged}, abandoned ${r.abandoned}, captured ${r.captured}`,
      }),
    );
  }
  return out;
}

// ---------------------------------------------------------------- curated

const OUTLETS: Record<string, string> = {
  'pravda.com.ua': 'Ukrainska Pravda',
  'ndtv.com': 'NDTV (Reuters)',
  'kyivindependent.com': 'The Kyiv Independent',
  'novayagazeta.eu': 'Novaya Gazeta Europe',
  'themoscowtimes.com': 'The Moscow Times',
  'qafqazinfo.az': 'Qafqazinfo',
  'montreal.citynews.ca': 'CityNews Montreal (AP)',
  'sofx.com': 'SOFX',
  'cnn.com': 'CNN',
};

/** The first URL in a curated `source` cell, cleaned ("kyivindependent.com./x" → "kyivindependent.com/x"). */
function firstUrl(text: string): string | null {
  const m = /https?:\/\/[^\s;,)]+/.exec(text);
  if (!m) return null;
  try {
    const u = new URL(m[0]);
    u.hostname = u.hostname.replace(/\.$/, '');
    return u.toString();
  } catch {
    return null;
  }
}

/** The curated claims of 18–20 March 2025, mapped by CURATED. */
export function curatedClaims(csv: string, report: BuildReport): DatasetClaim[] {
  const rows = readCsv(csv);
  report.read.push(`curated/claims-2025-03-18-to-20.csv: ${rows.length} rows`);
  const out: DatasetClaim[] = [];
  for (const r of rows) {
    const id = r.claim_id ?? '';
    const map = CURATED[id];
    if (!map) {
      report.skip(`curated: no mapping for "${id}"`);
      continue;
    }
    if ('skip' in map) {
      report.skip(`curated: ${map.skip}`);
      continue;
    }
    const value = cell(r.value);
    const url = firstUrl(r.source ?? '') ?? (/cnn\.com/.test(r.source ?? '') ? 'https://www.cnn.com/' : null);
    if (value === null || url === null) {
      report.skip('curated: row without a value or a source URL');
      continue;
    }
    const host = new URL(url).hostname.replace(/^www\./, '');
    const published =
      /(\d{4}-\d{2}-\d{2})/.exec(r.source ?? '')?.[1] ??
      /\/(\d{4})\/(\d{2})\/(\d{2})\//.exec(url)?.slice(1).join('-') ??
      map.asOf ??
      (map.period ? (map.period.end.includes('T') ? map.period.end : map.period.start).slice(0, 10) : null);
    out.push(
      claim({
        id: `curated.${id}`,
        value,
        ...map,
        source: { url, published, outlet: OUTLETS[host] ?? host },
      }),
    );
  }
  return out;
}
