/**
 * A dataset pack from newer source files (`npm run dataset:build -- --from DIR --pack FILE`):
 * the source folder is read by the same build as the bundled dataset, and the claims the
 * bundled dataset does not hold are written as a pack the options page imports.
 */
import { claimAt } from '../../utils/dataset';
import type { Dataset } from '../../utils/dataset';
import { parsePack } from '../../utils/dataset/pack';
import { PACK_VERSION } from '../../utils/schema';
import type { DatasetClaim, PackError } from '../../utils/schema';
import { MAX_PACK_BYTES } from '../../components/options/packs';
import { buildClaims, latestDay } from './build';
import { BuildReport } from './report';

/** A pack built from source files, and what went into it. */
export interface BuiltPack {
  /** The pack file (JSON), validated as the options page validates it. */
  text: string;
  report: BuildReport;
  counts: {
    /** Claims in the pack: in the sources, not in the bundled dataset. */
    claims: number;
    /** Claims the bundled dataset already holds with the same figure. */
    bundled: number;
    /** Claims whose id the bundled dataset holds with another figure (left out, listed in `changed`). */
    changed: number;
  };
  /** Up to 20 ids of claims whose figure differs from the bundled one. */
  changed: string[];
}

/** The order of a pack row's fields: what the claim is, then its figure, time, place and source. */
const ROW_FIELDS = [
  'id',
  'metric',
  'claimant',
  'value',
  'low',
  'high',
  'qualifier',
  'period',
  'asOf',
  'place',
  'actor',
  'target',
  'quote',
] as const satisfies readonly (keyof DatasetClaim)[];

/** What a claim says (all but its id, source and quote): two claims with this equal give the same figure. */
function figureOf(c: DatasetClaim): string {
  const fields = ROW_FIELDS.filter((f) => f !== 'id' && f !== 'quote');
  return JSON.stringify(fields.map((f) => (f === 'period' ? [c.period?.start, c.period?.end] : c[f])));
}

/** A claim as a pack row: fields at their default (null, the "=" qualifier) left out. */
function packRow(c: DatasetClaim): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const field of ROW_FIELDS) {
    const value = c[field];
    if (value === null || (field === 'qualifier' && value === '=')) continue;
    row[field] = value;
  }
  const source: Record<string, string> = { url: c.source.url };
  if (c.source.published !== null) source.published = c.source.published;
  if (c.source.outlet !== null) source.outlet = c.source.outlet;
  row.source = source;
  return row;
}

/** Thrown when the sources give no valid pack; `errors` are the pack validator's. */
export class PackBuildError extends Error {
  /** Builds the error from a summary and the validator's problems. */
  constructor(
    message: string,
    readonly errors: PackError[] = [],
  ) {
    super(message);
    this.name = 'PackBuildError';
  }
}

/**
 * Builds a pack from the source folder read through `read` (files of a source family that are
 * missing are left out, and said so in the report): the claims not in `bundled`, using its
 * claimants and metrics by id. Claims `bundled` holds with another figure are left out (the
 * bundled one would be shown beside it under the same id) and counted. The pack is validated
 * with the options page's own parser; throws a PackBuildError when it would not import.
 */
export async function buildPack(
  read: (file: string) => string,
  bundled: Dataset,
  name?: string,
): Promise<BuiltPack> {
  const report = new BuildReport();
  const claims = buildClaims(read, report, { partial: true });
  const at = new Map<string, number>();
  for (let i = 0; i < bundled.claims.size; i++) at.set(bundled.claims.id[i] as string, i);
  const fresh: DatasetClaim[] = [];
  const changed: string[] = [];
  let same = 0;
  for (const c of claims) {
    const i = at.get(c.id);
    if (i === undefined) fresh.push(c);
    else if (figureOf(claimAt(bundled, i)) === figureOf(c)) same++;
    else changed.push(c.id);
  }
  if (!fresh.length)
    throw new PackBuildError(
      `the sources hold no claim the bundled dataset does not (${same} already bundled, ${changed.length} with another figure)`,
    );
  const pack = {
    version: PACK_VERSION,
    name: name ?? `Source files to ${latestDay(fresh)}`,
    claimants: [],
    metrics: [],
    claims: fresh.map(packRow),
  };
  const text = `${JSON.stringify(pack)}\n`;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_PACK_BYTES)
    throw new PackBuildError(
      `the pack would be ${bytes} bytes, more than the ${MAX_PACK_BYTES} the options page reads`,
    );
  const parsed = await parsePack(text, 'json', bundled);
  if (!parsed.ok) throw new PackBuildError('the built pack does not validate', parsed.errors);
  return {
    text,
    report,
    counts: { claims: fresh.length, bundled: same, changed: changed.length },
    changed: changed.slice(0, 20),
  };
}
