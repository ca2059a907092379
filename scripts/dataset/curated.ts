/** The curated claims of 18–20 March 2025: figures from every side, each with the article it was reported in. */
import type { DatasetClaim } from '../../utils/schema';
import { CURATED } from './registry';
import { cell, claim, readCsv, ROW_DEFAULTS, type BuildReport } from './report';

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

/** The curated claims of 18–20 March 2025, mapped by registry/curated.json. */
export function curatedClaims(csv: string, report: BuildReport): DatasetClaim[] {
  const rows = readCsv(csv);
  report.read.push(`curated/claims-2025-03-18-to-20.csv: ${rows.length} rows`);
  const out: DatasetClaim[] = [];
  for (const r of rows) {
    const id = r.claim_id ?? '';
    const map = Object.hasOwn(CURATED.rows, id) ? CURATED.rows[id] : undefined;
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
    const period = map.period ?? null;
    const asOf = map.asOf ?? null;
    const published =
      /(\d{4}-\d{2}-\d{2})/.exec(r.source ?? '')?.[1] ??
      /\/(\d{4})\/(\d{2})\/(\d{2})\//.exec(url)?.slice(1).join('-') ??
      asOf ??
      (period ? (period.end.includes('T') ? period.end : period.start).slice(0, 10) : null);
    out.push(
      claim({
        id: `curated.${id}`,
        value,
        ...ROW_DEFAULTS,
        ...map,
        period,
        asOf,
        source: {
          url,
          published,
          outlet: (Object.hasOwn(CURATED.outlets, host) ? CURATED.outlets[host] : undefined) ?? host,
        },
      }),
    );
  }
  return out;
}
