/**
 * The registry (scripts/dataset/registry/*.json), read and checked against its schema once:
 * the claimants and metrics written to public/data/registry.json, and each source family's
 * mapping. A registry that does not fit the schema stops the build with the file and field.
 */
import type * as z from 'zod/mini';
import type { Claimant, Family, Metric } from '../../utils/schema';
import { formatIssues } from '../../utils/dataset';
import airForce from './registry/air-force.json';
import claimantNames from './registry/claimant-names-ru-uk.json';
import claimants from './registry/claimants.json';
import casualties from './registry/casualties.json';
import curated from './registry/curated.json';
import families from './registry/families.json';
import generalStaff from './registry/general-staff.json';
import metrics from './registry/metrics.json';
import oryx from './registry/oryx.json';
import {
  AirForceFile,
  ClaimantNamesFile,
  ClaimantsFile,
  CasualtiesFile,
  CuratedFile,
  FamiliesFile,
  GeneralStaffFile,
  MetricsFile,
  OryxFile,
  type MetricSource,
} from './schema';

/** Parses one registry file with its schema, or throws naming the file and the fields. */
function parse<T>(file: string, schema: z.ZodMiniType<T>, data: unknown): T {
  const out = schema.safeParse(data);
  if (!out.success)
    throw new Error(`registry is invalid:\n  ${formatIssues(file, out.error.issues).join('\n  ')}`);
  return out.data;
}

/** Expands "@name" entries of a word list into the shared list `name`. */
export function expand(list: readonly string[], words: Record<string, string[]>, where: string): string[] {
  return list.flatMap((w) => {
    if (!w.startsWith('@')) return [w];
    const shared = words[w.slice(1)];
    if (!shared)
      throw new Error(`registry is invalid:\n  metrics.json ${where}: no word list "${w.slice(1)}"`);
    return shared;
  });
}

/** A metric of the registry with its word lists expanded, fields in the order registry.json writes them. */
function metricOf(m: MetricSource, words: Record<string, string[]>): Metric {
  return {
    id: m.id,
    label: m.label,
    definition: m.definition,
    unit: m.unit,
    concepts: expand(m.concepts, words, `${m.id} concepts`),
    cues: expand(m.cues, words, `${m.id} cues`),
    kind: m.kind,
    direction: m.direction,
    bare: m.bare,
    closeDays: m.closeDays,
    span: m.span,
    since: m.since,
  };
}

const metricsFile = parse('metrics.json', MetricsFile, metrics);

/** Claimants' names in Russian and Ukrainian, kept apart from the English registry. */
const namesRuUk = parse('claimant-names-ru-uk.json', ClaimantNamesFile, claimantNames);

/** Who gives figures: written to public/data/registry.json as they stand, with their Russian and Ukrainian names. */
export const CLAIMANTS: Claimant[] = parse('claimants.json', ClaimantsFile, claimants).map((c) => ({
  id: c.id,
  name: c.name,
  aliases: [...c.aliases, ...(namesRuUk[c.id] ?? [])],
  side: c.side,
  kind: c.kind,
}));

for (const id of Object.keys(namesRuUk)) {
  if (!CLAIMANTS.some((c) => c.id === id)) throw new Error(`claimant-names-ru-uk.json: no claimant "${id}"`);
}

/** What figures measure, word lists expanded. */
export const METRICS: Metric[] = metricsFile.metrics.map((m) => metricOf(m, metricsFile.words));

/** The source families, in the order claims are assigned to them. */
export const FAMILIES: Family[] = parse('families.json', FamiliesFile, families);

/** The Air Force family's mapping. */
export const AIR_FORCE = parse('air-force.json', AirForceFile, airForce);
/** The General Staff family's mapping. */
export const GENERAL_STAFF = parse('general-staff.json', GeneralStaffFile, generalStaff);
/** The Oryx families' mapping. */
export const ORYX = parse('oryx.json', OryxFile, oryx);
/** The curated rows' mapping. */
export const CURATED = parse('curated.json', CuratedFile, curated);
/** The casualty series' mapping (Gaza, Lebanon, the West Bank). */
export const CASUALTIES = parse('casualties.json', CasualtiesFile, casualties);
