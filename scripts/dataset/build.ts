/** Building the bundled dataset from the public source files (Node only: used by scripts/build-dataset.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatasetClaim } from '../../utils/schema';
import type { DatasetManifest, DatasetRegistry } from '../../utils/schema';
import { formatIssues, rowsToColumns } from '../../utils/dataset';
import { airForceClaims } from './air-force';
import { curatedClaims } from './curated';
import { generalStaffClaims, type GsDay } from './general-staff';
import { casualtyClaims } from './casualties';
import { oryxDailyClaims, oryxSnapshotClaims } from './oryx';
import { CASUALTIES, CLAIMANTS, FAMILIES, METRICS, ORYX } from './registry';
import { BuildReport } from './report';
import { claimFiles } from './shards';

export { BuildReport } from './report';

/** The credits and licences written beside the built data (public/data/NOTICE). */
const NOTICE = readFileSync(join(import.meta.dirname, 'registry', 'NOTICE'), 'utf8');

/** The files of a built dataset (name → text) and what went into it. */
export interface BuiltDataset {
  files: Record<string, string>;
  report: BuildReport;
  counts: DatasetManifest['counts'];
}

/** How a build reads its sources. */
export interface BuildOptions {
  /**
   * Leave out a source family whose files are missing, saying so in the report, instead of
   * failing (a pack may be built from the newer files of some families only). A missing file
   * is one whose read throws an error with code "ENOENT", as Node's file reads do.
   */
  partial?: boolean;
}

/** Whether `e` says a file does not exist. */
const isMissing = (e: unknown) =>
  typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'ENOENT';

/**
 * The claims of every source family in the source folder, read through `read(relativePath)`,
 * sorted by id. What each family read and left out goes into `report`.
 */
export function buildClaims(
  read: (file: string) => string,
  report: BuildReport,
  options: BuildOptions = {},
): DatasetClaim[] {
  const json = <T>(file: string) => JSON.parse(read(file)) as T;
  const family = (name: string, build: () => DatasetClaim[]): DatasetClaim[] => {
    if (!options.partial) return build();
    try {
      return build();
    } catch (e) {
      if (!isMissing(e)) throw e;
      report.skip(`${name}: left out, a source file is missing (${(e as Error).message})`);
      return [];
    }
  };
  const oryx = family('oryx daily', () => oryxDailyClaims(read(ORYX.daily.file), report));
  return [
    ...family('air force', () =>
      airForceClaims(
        read('ua-air-force-attacks/missile_attacks_daily.csv'),
        read('ua-air-force-attacks/missiles_and_uavs.csv'),
        report,
      ),
    ),
    ...family('general staff', () =>
      generalStaffClaims(
        json<GsDay[]>('ua-general-staff-losses/russia_losses_equipment.json'),
        json<GsDay[]>('ua-general-staff-losses/russia_losses_personnel.json'),
        json<GsDay[]>('ua-general-staff-losses/russia_losses_equipment_correction.json'),
        report,
      ),
    ),
    ...oryx,
    ...family('oryx snapshot', () =>
      oryxSnapshotClaims(
        read('oryx-confirmed-losses/byType_2025-03-19.csv'),
        report,
        new Set(oryx.map((c) => c.id)),
      ),
    ),
    ...CASUALTIES.series.flatMap((s) =>
      family(`casualties ${s.id}`, () => casualtyClaims(s, json(s.file), report)),
    ),
    ...family('curated', () => curatedClaims(read('curated/claims-2025-03-18-to-20.csv'), report)),
  ].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The latest day any of the claims refers to (its as-of date or its period's end). */
export function latestDay(claims: readonly DatasetClaim[]): string {
  const days = claims
    .map((c) => c.asOf ?? c.period?.end.slice(0, 10) ?? '')
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort();
  return days[days.length - 1] ?? '1970-01-01';
}

/**
 * Builds the dataset files from the source folder, read through `read(relativePath)`.
 * Every claim is validated as a row (zod) and against the registry before it is written.
 */
export function buildDataset(read: (file: string) => string): BuiltDataset {
  const report = new BuildReport();
  const claims = buildClaims(read, report);

  const registry: DatasetRegistry = { claimants: CLAIMANTS, metrics: METRICS, families: FAMILIES };
  checkClaims(claims, registry);
  const columns = rowsToColumns(claims);
  const counts = {
    claims: claims.length,
    claimants: registry.claimants.length,
    metrics: registry.metrics.length,
    sources: columns.sources.length,
  };
  const claimsFiles = claimFiles(columns);
  const [tables, ...shards] = [...claimsFiles.keys()];
  const manifest: DatasetManifest = {
    format: 'tally-dataset/3',
    name: 'Tally bundled dataset',
    updated: latestDay(claims),
    files: { registry: 'registry.json', tables: tables as string, claims: shards },
    counts,
    credits: 'NOTICE',
  };
  return {
    files: {
      'manifest.json': `${JSON.stringify(manifest, null, 2)}\n`,
      'registry.json': `${JSON.stringify(registry, null, 1)}\n`,
      ...Object.fromEntries(claimsFiles),
      NOTICE,
    },
    report,
    counts,
  };
}

/** Validates every claim as a row and against the registry; throws with the first problems. */
function checkClaims(claims: readonly DatasetClaim[], registry: DatasetRegistry): void {
  const metricIds = new Set(registry.metrics.map((m) => m.id));
  const claimantIds = new Set(registry.claimants.map((c) => c.id));
  const problems: string[] = [];
  const ids = new Set<string>();
  claims.forEach((c, i) => {
    const ok = DatasetClaim.safeParse(c);
    if (!ok.success) problems.push(...formatIssues(`claim ${c.id}`, ok.error.issues));
    if (!metricIds.has(c.metric)) problems.push(`claim ${c.id}: unknown metric ${c.metric}`);
    if (!claimantIds.has(c.claimant)) problems.push(`claim ${c.id}: unknown claimant ${c.claimant}`);
    if (ids.has(c.id)) problems.push(`claim ${c.id} (row ${i}): duplicate id`);
    ids.add(c.id);
  });
  if (problems.length)
    throw new Error(`the built claims are invalid:\n  ${problems.slice(0, 30).join('\n  ')}`);
}
