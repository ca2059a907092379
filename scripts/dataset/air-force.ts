/** The Ukrainian Air Force's attack reports (and its regional commands'): drones and missiles per night. */
import type { DatasetClaim, SourceRef } from '../../utils/schema';
import { placeKey, MANY_PLACES } from '../../utils/dataset/place';
import { kyivIso } from '../../utils/dataset/time';
import { AIR_FORCE } from './registry';
import { cell, claim, readCsv, type BuildReport } from './report';

const GUIDED = new Set(AIR_FORCE.guidedModels);

/** The weapon category of one model from the models table's category. */
function categoryOf(model: string, tableCategory: string | undefined): string | null {
  if (GUIDED.has(model)) return 'guided-missiles';
  if (tableCategory === undefined || !Object.hasOwn(AIR_FORCE.categories, tableCategory)) return null;
  return AIR_FORCE.categories[tableCategory] ?? null;
}

/** The claimant and URL of an Air Force row's source path, or null when it is not an official channel. */
function afSource(
  path: string,
): { claimant: string; region: string | null; url: string; outlet: string } | null {
  const tg = /^https:\/\/t\.me\/([^/]+)\//.exec(path);
  const key = tg ? `tg:${tg[1]}` : (path.split('/')[0] ?? '').replace(/\.ua$/, '');
  const s = Object.hasOwn(AIR_FORCE.channels, key) ? AIR_FORCE.channels[key] : undefined;
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

/** One report's figures for one weapon category, summed over its rows. */
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

/** Sums a nullable count. */
const add = (a: number | null, b: number | null) => (b === null ? a : (a ?? 0) + b);

/**
 * Every Air Force (and regional air command) attack report, summed per report, period and
 * weapon category: drones launched / shot down / lost to electronic warfare, missiles
 * (cruise, ballistic, guided, anti-aircraft, and all types) launched / shot down.
 */
export function airForceClaims(attacksCsv: string, modelsCsv: string, report: BuildReport): DatasetClaim[] {
  const models = new Map(readCsv(modelsCsv).map((r) => [r.model ?? '', r.category]));
  const rows = readCsv(attacksCsv);
  report.read.push(`ua-air-force-attacks/missile_attacks_daily.csv: ${rows.length} rows`);
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
      g.launched = add(g.launched, cell(r.launched));
      g.destroyed = add(g.destroyed, cell(r.destroyed));
      if (category === 'drones') g.lost = add(g.lost, cell(r.not_reach_goal));
    }
  }
  const out: DatasetClaim[] = [];
  for (const g of groups.values()) out.push(...groupClaims(g, report));
  return out;
}

/** The claims of one report and category: launched, shot down and (drones) lost. */
function groupClaims(g: Group, report: BuildReport): DatasetClaim[] {
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
  const out: DatasetClaim[] = [];
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
  return out;
}
