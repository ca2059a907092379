import {
  ClaimColumnsFile,
  ClaimShardFile,
  ClaimTablesFile,
  DatasetManifest,
  DatasetRegistry,
} from '../schema';
import type { Claimant, Metric } from '../schema';
import type { z } from 'zod/mini';
import { formatIssues } from './columns';
import { allocClaims } from './dataset';
import type { Dataset } from './dataset';
import { parseTimeText } from './time';

/** A dataset that failed validation; `problems` says where ("claims-1.json columns.value[12]: …"). */
export class DatasetError extends Error {
  /** Builds the error from its list of problems. */
  constructor(readonly problems: string[]) {
    super(`invalid dataset:\n  ${problems.join('\n  ')}`);
    this.name = 'DatasetError';
  }
}

/**
 * The rows whose id appeared before (at most 20). An open-addressing table of string hashes:
 * a Set of a million strings costs half a second, this a few tens of milliseconds.
 */
export function duplicateIds(ids: readonly string[]): number[] {
  let size = 1;
  while (size < ids.length * 2) size <<= 1;
  const slots = new Int32Array(size);
  const mask = size - 1;
  const out: number[] = [];
  for (let i = 0; i < ids.length && out.length < 20; i++) {
    const id = ids[i] as string;
    let h = 0x811c9dc5;
    for (let k = 0; k < id.length; k++) h = Math.imul(h ^ id.charCodeAt(k), 0x01000193);
    let at = h & mask;
    for (;;) {
      const j = slots[at] as number;
      if (j === 0) {
        slots[at] = i + 1;
        break;
      }
      if (ids[j - 1] === id) {
        out.push(i);
        break;
      }
      at = (at + 1) & mask;
    }
  }
  return out;
}

/** Parses JSON, naming the file when it is not JSON. */
function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new DatasetError([`${file}: not JSON (${(e as Error).message})`]);
  }
}

/** Where a row of the joined columns came from: its file, and its row within that file. */
type RowOrigin = (row: number) => [file: string, row: number];

/** The files a dataset's problems are named by. */
interface FileNames {
  registry: string;
  /** The file of the tables (metrics, claimants, sides, times, sources, strings). */
  tables: string;
  /** The file and row within it of a row of the columns. */
  origin: RowOrigin;
}

/** Problems with a columns object whose columns are not all as long as its ids. */
function columnLengthProblems(file: string, columns: ClaimColumnsFile['columns']): string[] {
  const n = columns.id.length;
  return Object.entries(columns)
    .filter(([, col]) => col.length !== n)
    .map(([field, col]) => `${file} columns.${field}: ${col.length} entries, expected ${n}`);
}

/**
 * Validates a columnar claims file against its registry (columns with zod, then the links
 * between columns and tables, row by row) and builds the in-memory dataset. `known` adds
 * claimants and metrics defined elsewhere (a pack may use the bundled ones).
 */
export function datasetFromFiles(
  name: string,
  registry: unknown,
  claims: unknown,
  known: { claimants?: readonly Claimant[]; metrics?: readonly Metric[] } = {},
  fileNames = { registry: 'registry.json', claims: 'claims.json' },
): Dataset {
  const reg = DatasetRegistry.safeParse(registry);
  if (!reg.success) throw new DatasetError(formatIssues(fileNames.registry, reg.error.issues));
  const file = ClaimColumnsFile.safeParse(claims);
  if (!file.success) throw new DatasetError(formatIssues(fileNames.claims, file.error.issues));
  const lengths = columnLengthProblems(fileNames.claims, file.data.columns);
  if (lengths.length) throw new DatasetError(lengths);
  return datasetFromColumns(name, reg.data, file.data, known, {
    registry: fileNames.registry,
    tables: fileNames.claims,
    origin: (row) => [fileNames.claims, row],
  });
}

/** Checks the links between a parsed registry, tables and columns, row by row, and builds the dataset. */
function datasetFromColumns(
  name: string,
  registry: DatasetRegistry,
  f: ClaimColumnsFile,
  known: { claimants?: readonly Claimant[]; metrics?: readonly Metric[] },
  fileNames: FileNames,
): Dataset {
  const problems: string[] = [];
  const where = (field: string, row: number) => {
    const [file, at] = fileNames.origin(row);
    return `${file} columns.${field}[${at}]`;
  };

  const claimants = [
    ...(known.claimants ?? []).filter((k) => !registry.claimants.some((c) => c.id === k.id)),
  ];
  claimants.push(...registry.claimants);
  const metrics = [...(known.metrics ?? []).filter((k) => !registry.metrics.some((m) => m.id === k.id))];
  metrics.push(...registry.metrics);
  const dup = (ids: string[], what: string) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${fileNames.registry}: ${what} "${id}" is defined twice`);
      seen.add(id);
    }
  };
  dup(
    registry.claimants.map((c) => c.id),
    'claimant',
  );
  dup(
    registry.metrics.map((m) => m.id),
    'metric',
  );

  const claimantAt = new Map(claimants.map((c, i) => [c.id, i]));
  const metricAt = new Map(metrics.map((m, i) => [m.id, i]));
  const metricMap = f.metrics.map((id, i) => {
    const at = metricAt.get(id);
    if (at === undefined) problems.push(`${fileNames.tables} metrics[${i}]: unknown metric "${id}"`);
    return at ?? -1;
  });
  const claimantMap = f.claimants.map((id, i) => {
    const at = claimantAt.get(id);
    if (at === undefined) problems.push(`${fileNames.tables} claimants[${i}]: unknown claimant "${id}"`);
    return at ?? -1;
  });
  const times = f.times.map(parseTimeText);
  times.forEach((t, i) => {
    if (Number.isNaN(t.start) || Number.isNaN(t.end) || (!t.asOf && !(t.start < t.end)))
      problems.push(
        `${fileNames.tables} times[${i}]: "${t.text}" is not a valid date or period (end after start)`,
      );
  });
  if (problems.length) throw new DatasetError(problems.slice(0, 50));

  const c = f.columns;
  const n = c.id.length;
  const out = allocClaims(n, c.id);
  const nTimes = times.length;
  const nSources = f.sources.length;
  const nStrings = f.strings.length;
  const nSides = f.sides.length;
  // per table entry, what the row loop needs: the registry index and kind of each metric, which times are dates
  const metricIdx = Int32Array.from(metricMap);
  const metricStock = Int8Array.from(metricMap, (m) => (metrics[m]?.kind === 'stock' ? 1 : 0));
  const claimantIdx = Int32Array.from(claimantMap);
  const timeIsDate = Int8Array.from(times, (t) => (t.asOf ? 1 : 0));
  const nMetricRefs = metricIdx.length;
  const nClaimantRefs = claimantIdx.length;
  const dupes = duplicateIds(c.id);
  for (const i of dupes) problems.push(`${where('id', i)}: duplicate claim id "${c.id[i] ?? ''}"`);
  const { metric, claimant, time, source, place, quote, actor, target, value, low, high, qualifier } = c;
  for (let i = 0; i < n; i++) {
    const mf = metric[i] as number;
    if (mf >= nMetricRefs) problems.push(`${where('metric', i)}: no such entry in metrics`);
    const cf = claimant[i] as number;
    if (cf >= nClaimantRefs) problems.push(`${where('claimant', i)}: no such entry in claimants`);
    const t = time[i] as number;
    if (t >= nTimes) problems.push(`${where('time', i)}: no such entry in times`);
    else if (mf < nMetricRefs && metricStock[mf] !== timeIsDate[t])
      problems.push(
        `${where('time', i)}: ${metricStock[mf] ? 'a stock needs a date, got a period' : 'a flow needs a period, got a date'}`,
      );
    if ((source[i] as number) >= nSources) problems.push(`${where('source', i)}: no such entry in sources`);
    if ((place[i] as number) >= nStrings) problems.push(`${where('place', i)}: no such entry in strings`);
    if ((quote[i] as number) >= nStrings) problems.push(`${where('quote', i)}: no such entry in strings`);
    if ((actor[i] as number) >= nSides) problems.push(`${where('actor', i)}: no such entry in sides`);
    if ((target[i] as number) >= nSides) problems.push(`${where('target', i)}: no such entry in sides`);
    const v = value[i] ?? null;
    const lo = low[i] ?? null;
    const hi = high[i] ?? null;
    if (v === null ? lo === null || hi === null : lo !== null || hi !== null)
      problems.push(`${where('value', i)}: give either value, or both low and high`);
    else if (lo !== null && hi !== null && lo > hi)
      problems.push(`${where('low', i)}: low is greater than high`);
    if (problems.length >= 50) break;
    out.metric[i] = metricIdx[mf] ?? -1;
    out.claimant[i] = claimantIdx[cf] ?? -1;
    out.value[i] = v ?? NaN;
    out.low[i] = lo ?? NaN;
    out.high[i] = hi ?? NaN;
    out.qualifier[i] = qualifier[i] as number;
    out.time[i] = t;
    out.place[i] = place[i] as number;
    out.actor[i] = actor[i] as number;
    out.target[i] = target[i] as number;
    out.source[i] = source[i] as number;
    out.quote[i] = quote[i] as number;
  }
  if (problems.length) throw new DatasetError(problems);
  return {
    name,
    claimants,
    metrics,
    families: registry.families,
    sides: f.sides,
    times,
    sources: f.sources.map(([url, published, outlet]) => ({ url, published, outlet })),
    strings: f.strings,
    claims: out,
  };
}

/** Reads, parses and validates one file with `schema`, naming the file in every problem. */
async function readFile<S extends z.ZodMiniType>(
  read: (file: string) => Promise<string>,
  file: string,
  schema: S,
): Promise<z.infer<S>> {
  const parsed = schema.safeParse(parseJson(file, await read(file)));
  if (!parsed.success) throw new DatasetError(formatIssues(file, parsed.error.issues));
  return parsed.data;
}

/** Joins the shards' columns (at least one shard), in order, into one set of columns. */
function joinColumns(shards: readonly ClaimShardFile['columns'][]): ClaimColumnsFile['columns'] {
  const first = shards[0] as ClaimShardFile['columns'];
  if (shards.length === 1) return first;
  const out: Record<string, unknown[]> = {};
  for (const field of Object.keys(first) as (keyof ClaimColumnsFile['columns'])[])
    out[field] = ([] as unknown[]).concat(...shards.map((s) => s[field]));
  return out as ClaimColumnsFile['columns'];
}

/**
 * Loads the bundled dataset: `read(file)` returns the text of public/data/<file> (a fetch of
 * the extension URL in the background, a file read in Node). The manifest names the registry,
 * the tables and the claims shards; each file is parsed as it arrives (its text is dropped
 * then), the shards are joined in order, and everything is validated once. Throws a
 * DatasetError that names the file, field and row (within that file) of the first problems.
 */
export async function loadBundledDataset(read: (file: string) => Promise<string>): Promise<Dataset> {
  const manifest = await readFile(read, 'manifest.json', DatasetManifest);
  const { files, name, counts } = manifest;
  const [registry, tables, ...shards] = await Promise.all([
    readFile(read, files.registry, DatasetRegistry),
    readFile(read, files.tables, ClaimTablesFile),
    ...files.claims.map((file) => readFile(read, file, ClaimShardFile).then((s) => s.columns)),
  ]);
  const lengths = shards.flatMap((columns, i) => columnLengthProblems(files.claims[i] ?? '', columns));
  if (lengths.length) throw new DatasetError(lengths);
  const starts = [0];
  for (const s of shards) starts.push((starts[starts.length - 1] as number) + s.id.length);
  const origin: RowOrigin = (row) => {
    let i = 0;
    while ((starts[i + 1] as number) <= row && i < shards.length - 1) i++;
    return [files.claims[i] ?? '', row - (starts[i] as number)];
  };
  const ds = datasetFromColumns(
    name,
    registry as DatasetRegistry,
    { ...(tables as ClaimTablesFile), columns: joinColumns(shards as ClaimShardFile['columns'][]) },
    {},
    { registry: files.registry, tables: files.tables, origin },
  );
  const got = {
    claims: ds.claims.size,
    claimants: ds.claimants.length,
    metrics: ds.metrics.length,
    sources: ds.sources.length,
  };
  for (const k of ['claims', 'claimants', 'metrics', 'sources'] as const) {
    if (got[k] !== counts[k])
      throw new DatasetError([`manifest.json counts.${k}: says ${counts[k]}, found ${got[k]}`]);
  }
  return ds;
}

/**
 * Reads only the bundled registry (claimants and metrics): what a pack may refer to, for a
 * page that parses packs without loading every claim.
 */
export async function loadBundledRegistry(
  read: (file: string) => Promise<string>,
): Promise<{ claimants: Claimant[]; metrics: Metric[] }> {
  const manifest = await readFile(read, 'manifest.json', DatasetManifest);
  return readFile(read, manifest.files.registry, DatasetRegistry);
}
