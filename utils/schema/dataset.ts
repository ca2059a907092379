import * as z from 'zod/mini';
import { Qualifier } from './claim';
import { Side, SourceRef } from './match';

// zod/mini like the other shared schemas: the barrel is imported by the content script.

const str = (min = 1, max = 10_000) => z.string().check(z.minLength(min), z.maxLength(max));
const int = (min: number, max?: number) =>
  max === undefined ? z.int().check(z.gte(min)) : z.int().check(z.gte(min), z.lte(max));

/** A registry id: lower-case words joined by `-`, `.` or `_` ("ua-air-force", "air-attack.drones.launched"). */
export const RecordId = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(120),
    z.regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, ".", "-" or "_"'),
  );

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** An ISO calendar date (YYYY-MM-DD). */
export const IsoDate = z.string().check(z.regex(ISO_DATE, 'a date YYYY-MM-DD'));

/** An ISO date or date-time with an optional zone ("2025-03-18", "2025-03-18T19:00+02:00"). */
export const IsoDateTime = z
  .string()
  .check(
    z.regex(
      /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/,
      'a date YYYY-MM-DD or date-time YYYY-MM-DDThh:mm[+hh:mm]',
    ),
  );

/** What sort of body a claimant is. */
export const ClaimantKind = z.enum([
  'government',
  'military',
  'regional',
  'person',
  'media',
  'osint',
  'analysis',
  'other',
]);
/** @see ClaimantKind */
export type ClaimantKind = z.infer<typeof ClaimantKind>;

/** Someone who gives figures: a ministry, a commander, an OSINT group. Aliases are how articles name them. */
export const Claimant = z.object({
  id: RecordId,
  name: str(1, 300),
  aliases: z.array(str(1, 300)),
  side: Side,
  kind: ClaimantKind,
});
/** @see Claimant */
export type Claimant = z.infer<typeof Claimant>;

/**
 * How a metric's figures are placed in time: a `flow` counts what happened in a period
 * (drones overnight), a `stock` is a level at a moment (territory held, cumulative losses).
 */
export const MetricKind = z.enum(['flow', 'stock']);
/** @see MetricKind */
export type MetricKind = z.infer<typeof MetricKind>;

/**
 * Which way a metric points: `attack` = attacker > attacked side (drones launched at Ukraine),
 * `loss` = whose losses (target), `holder` = who holds or takes ground (actor), `none` = no
 * direction (a prisoner exchange).
 */
export const MetricDirection = z.enum(['attack', 'loss', 'holder', 'none']);
/** @see MetricDirection */
export type MetricDirection = z.infer<typeof MetricDirection>;

/**
 * Which time phrases select a metric: `cumulative` ("since February 2022", or none; never
 * "overnight"), `day` ("in the past day"), `any` (anything but a cumulative phrase).
 */
export const MetricSpan = z.enum(['any', 'cumulative', 'day']);
/** @see MetricSpan */
export type MetricSpan = z.infer<typeof MetricSpan>;

/**
 * What a figure measures. `concepts` are the counted nouns (singular, lower case; the most
 * specific phrase wins: "ballistic missile" over "missile"); `cues` are the verbs/phrases that
 * select it ("launch", "shot down"). A `bare` metric also takes its concept with no cue at all.
 */
export const Metric = z.object({
  id: RecordId,
  label: str(1, 300),
  /** What it counts and what it does not ("killed and wounded; not confirmed deaths"), shown to the reader. */
  definition: z.nullable(str(1, 1000)),
  unit: z.nullable(str(1, 20)),
  concepts: z.array(str(1, 100)).check(z.minLength(1)),
  cues: z.array(str(1, 100)),
  kind: MetricKind,
  direction: MetricDirection,
  bare: z.boolean(),
  /** For stocks: how many days apart two figures still describe the same moment. */
  closeDays: int(0),
  span: MetricSpan,
  /**
   * For a cumulative series, the day it counts from ("since 24 February 2022", "since 7 October"):
   * what "since the start of the war" resolves to; a figure counted from another day is another
   * quantity. Null for anything else.
   */
  since: z.nullable(IsoDate),
});
/** @see Metric */
export type Metric = z.infer<typeof Metric>;

/** A period as a claim row gives it: ISO dates or date-times, end after start. */
const RowPeriod = z.object({ start: IsoDateTime, end: IsoDateTime });

/** The fields of a claim row that need each other: value or range, period or as-of date. */
interface RowCore {
  value: number | null;
  low: number | null;
  high: number | null;
  period: { start: string; end: string } | null;
  asOf: string | null;
}

/** Checks what a claim row's fields cannot say alone. */
const checkClaimRow = z.superRefine((c: RowCore, ctx) => {
  const single = c.value !== null;
  const range = c.low !== null || c.high !== null;
  if (single === range || (range && (c.low === null || c.high === null)))
    ctx.addIssue({
      code: 'custom',
      path: ['value'],
      message: 'give either value, or both low and high',
      input: c,
    });
  if (range && c.low !== null && c.high !== null && c.low > c.high)
    ctx.addIssue({ code: 'custom', path: ['low'], message: 'low is greater than high', input: c });
  if ((c.period === null) === (c.asOf === null))
    ctx.addIssue({
      code: 'custom',
      path: ['period'],
      message: 'give either a period (flows) or asOf (stocks)',
      input: c,
    });
  if (c.period && !(Date.parse(c.period.start) < Date.parse(c.period.end)))
    ctx.addIssue({
      code: 'custom',
      path: ['period', 'end'],
      message: 'period end must be after its start',
      input: c,
    });
});

/** A claim as one row: what packs are stored as and what `claimAt` returns. */
export const DatasetClaim = z
  .object({
    id: str(1, 200),
    metric: RecordId,
    claimant: RecordId,
    value: z.nullable(z.number()),
    low: z.nullable(z.number()),
    high: z.nullable(z.number()),
    qualifier: Qualifier,
    period: z.nullable(RowPeriod),
    asOf: z.nullable(IsoDate),
    place: z.nullable(str(1, 200)),
    /** The attacking side (for `attack` metrics), or who holds ground (`holder`). */
    actor: z.nullable(Side),
    /** The attacked side, or whose losses. */
    target: z.nullable(Side),
    source: SourceRef,
    quote: z.nullable(str(0, 2000)),
  })
  .check(checkClaimRow);
/** @see DatasetClaim */
export type DatasetClaim = z.infer<typeof DatasetClaim>;

/** A file of the bundled dataset, named within its folder ("claims-1.json"). */
const DataFileName = z.string().check(z.regex(/^[\w-]+(\.[\w-]+)*\.json$/, 'a file name in the same folder'));

/**
 * The bundled dataset's manifest (public/data/manifest.json). The claims are split into shards
 * of rows (`claims`, in order) beside one file of the tables they index (`tables`), so that no
 * file grows past what the add-on linters parse as the dataset grows.
 */
export const DatasetManifest = z.object({
  format: z.literal('tally-dataset/3'),
  name: str(),
  /** The latest date any claim refers to: the build is deterministic, so no build time. */
  updated: IsoDate,
  files: z.object({
    registry: DataFileName,
    tables: DataFileName,
    claims: z.array(DataFileName).check(z.minLength(1)),
  }),
  counts: z.object({ claims: int(0), claimants: int(0), metrics: int(0), sources: int(0) }),
  credits: str(),
});
/** @see DatasetManifest */
export type DatasetManifest = z.infer<typeof DatasetManifest>;

/**
 * A source family: the claims of one public source (the General Staff's personnel series, Oryx's
 * list), picked out by rules on the claims themselves, so what a reader is told about coverage is
 * counted from the data. A claim belongs to the first family all of whose given rules it meets.
 */
export const Family = z.object({
  id: RecordId,
  name: str(1, 300),
  /** Who compiled or published it, as the credits name them. */
  credit: str(1, 500),
  /** Claim ids starting with this. */
  idPrefix: z._default(z.nullable(str(1, 100)), null),
  /** Claims by these claimants. */
  claimants: z._default(z.nullable(z.array(RecordId)), null),
  /** Claims of these metrics: an id, or a prefix ending in "." ("losses."). */
  metrics: z._default(z.nullable(z.array(str(1, 120))), null),
  /** Claims about these places (place keys). */
  places: z._default(z.nullable(z.array(str(1, 200))), null),
});
/** @see Family */
export type Family = z.infer<typeof Family>;

/** The registry file: claimants and metrics as rows, and the source families. */
export const DatasetRegistry = z.object({
  claimants: z.array(Claimant),
  metrics: z.array(Metric),
  families: z._default(z.array(Family), []),
});
/** @see DatasetRegistry */
export type DatasetRegistry = z.infer<typeof DatasetRegistry>;

/** A source as stored: [url, published date or null, outlet or null]. */
export const SourceTuple = z.tuple([str(1, 2000), z.nullable(IsoDate), z.nullable(str(1, 300))]);

/** A period as stored: "start/end", each a date or a date-time. */
const PERIOD_TEXT =
  /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?\/\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/;
/** A time as stored: "start/end" (a period) or "YYYY-MM-DD" (an as-of date). */
export const TimeText = z.union([IsoDate, z.string().check(z.regex(PERIOD_TEXT, 'start/end'))]);

/**
 * A column of the claims file: an array checked by one zod refinement that walks it in a plain
 * loop (a million entries in milliseconds) and reports each bad entry by its index.
 */
function column<T>(what: string, ok: (v: unknown) => boolean) {
  return z
    .custom<T[]>((v) => Array.isArray(v), { message: 'expected an array' })
    .check(
      z.superRefine((arr: T[], ctx) => {
        let bad = 0;
        for (let i = 0; i < arr.length; i++) {
          if (ok(arr[i])) continue;
          if (++bad > 20) break;
          ctx.addIssue({
            code: 'custom',
            path: [i],
            message: `expected ${what}, got ${JSON.stringify(arr[i])}`,
            input: arr[i],
          });
        }
      }),
    );
}

/** A column of integers from `min` to `max`. */
const intColumn = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  column<number>(`an integer from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}`, (v) => {
    return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
  });
/** A column of finite numbers or nulls. */
const numberColumn = column<number | null>(
  'a finite number or null',
  (v) => v === null || Number.isFinite(v),
);
/** A column of claim ids. */
const idColumn = column<string>(
  'a non-empty string',
  (v) => typeof v === 'string' && v.length > 0 && v.length <= 200,
);

/** A string of `min` to `max` characters. */
const isText = (v: unknown, min: number, max: number) =>
  typeof v === 'string' && v.length >= min && v.length <= max;
/** The times table (as TimeText), checked in one loop: a zod schema per entry costs several times more. */
const timeColumn = column<string>(
  'a date YYYY-MM-DD or "start/end"',
  (v) => typeof v === 'string' && (ISO_DATE.test(v) || PERIOD_TEXT.test(v)),
);
/** The sources table (as SourceTuple), checked in one loop. */
const sourceColumn = column<z.infer<typeof SourceTuple>>(
  '[url, published date or null, outlet or null]',
  (v) =>
    Array.isArray(v) &&
    v.length === 3 &&
    isText(v[0], 1, 2000) &&
    (v[1] === null || (typeof v[1] === 'string' && ISO_DATE.test(v[1]))) &&
    (v[2] === null || isText(v[2], 1, 300)),
);

/**
 * The claims file, columnar: every column has one entry per claim; `metric`, `claimant`,
 * `time`, `source` index the tables beside them; `place`, `quote` index `strings` (-1 = none);
 * `actor`/`target` index `sides` (-1 = none); `qualifier` indexes the Qualifier enum's options.
 * Columns keep the file small and let a million claims load in a few seconds.
 */
export const ClaimColumnsFile = z.object({
  metrics: z.array(RecordId),
  claimants: z.array(RecordId),
  sides: z.array(Side),
  times: timeColumn,
  sources: sourceColumn,
  strings: z.array(z.string()),
  columns: z.object({
    id: idColumn,
    metric: intColumn(0),
    claimant: intColumn(0),
    value: numberColumn,
    low: numberColumn,
    high: numberColumn,
    qualifier: intColumn(0, 5),
    time: intColumn(0),
    place: intColumn(-1),
    actor: intColumn(-1),
    target: intColumn(-1),
    source: intColumn(0),
    quote: intColumn(-1),
  }),
});
/** @see ClaimColumnsFile */
export type ClaimColumnsFile = z.infer<typeof ClaimColumnsFile>;

/** The bundled tables file: the claims file without its columns (the shards index these tables). */
export const ClaimTablesFile = z.pick(ClaimColumnsFile, {
  metrics: true,
  claimants: true,
  sides: true,
  times: true,
  sources: true,
  strings: true,
});
/** @see ClaimTablesFile */
export type ClaimTablesFile = z.infer<typeof ClaimTablesFile>;

/** A bundled claims shard: the columns of a run of rows, indexing the tables file. */
export const ClaimShardFile = z.pick(ClaimColumnsFile, { columns: true });
/** @see ClaimShardFile */
export type ClaimShardFile = z.infer<typeof ClaimShardFile>;

/** A claim row as a pack may write it: optional fields may be left out. */
export const PackClaimRow = z
  .object({
    id: str(1, 200),
    metric: RecordId,
    claimant: RecordId,
    value: z._default(z.nullable(z.number()), null),
    low: z._default(z.nullable(z.number()), null),
    high: z._default(z.nullable(z.number()), null),
    qualifier: z._default(Qualifier, '='),
    period: z._default(z.nullable(RowPeriod), null),
    asOf: z._default(z.nullable(IsoDate), null),
    place: z._default(z.nullable(str(1, 200)), null),
    actor: z._default(z.nullable(Side), null),
    target: z._default(z.nullable(Side), null),
    source: z.object({
      url: z.url({ protocol: /^https?$/ }),
      published: z._default(z.nullable(IsoDate), null),
      outlet: z._default(z.nullable(str(1, 300)), null),
    }),
    quote: z._default(z.nullable(str(0, 2000)), null),
  })
  .check(checkClaimRow);

/** A metric row as a pack may write it (defaults: no unit, no cues, no direction, not bare). */
export const PackMetricRow = z.object({
  id: RecordId,
  label: str(1, 300),
  definition: z._default(z.nullable(str(1, 1000)), null),
  unit: z._default(z.nullable(str(1, 20)), null),
  concepts: z.array(str(1, 100)).check(z.minLength(1)),
  cues: z._default(z.array(str(1, 100)), []),
  kind: MetricKind,
  direction: z._default(MetricDirection, 'none'),
  bare: z._default(z.boolean(), false),
  closeDays: z._default(int(0), 1),
  span: z._default(MetricSpan, 'any'),
  since: z._default(z.nullable(IsoDate), null),
});

/**
 * The pack format this Tally writes and reads. 1: the first packs (metrics without definition
 * or series start, sides ukraine/russia/independent/international/other); 2: metrics may give a
 * `definition` and a `since`, claimants and claims may use every side of sides.json. A pack of
 * version 1 reads as version 2 with those fields empty (see migratePack).
 */
export const PACK_VERSION = 2;

/** A dataset pack as JSON: its name and the claimants, metrics and claims it adds, as rows. */
export const PackFile = z.object({
  /** The pack format; a pack without one is version 1. */
  version: z._default(
    z.int().check(z.gte(1), z.lte(PACK_VERSION, `a version this Tally reads (1 to ${PACK_VERSION})`)),
    1,
  ),
  name: str(1, 200),
  claimants: z._default(z.array(z.unknown()), []),
  metrics: z._default(z.array(z.unknown()), []),
  claims: z.array(z.unknown()),
});
/** @see PackFile */
export type PackFile = z.infer<typeof PackFile>;

/** One problem found in a pack: the row (1-based; 0 = the file as a whole), the field and what is wrong. */
export const PackError = z.object({
  row: int(0),
  field: z.string(),
  message: z.string(),
});
/** @see PackError */
export type PackError = z.infer<typeof PackError>;

/** A pack as kept in IndexedDB: its validated rows and when it was added. */
export const StoredPack = z.object({
  version: z.literal(PACK_VERSION),
  id: str(1, 200),
  name: str(1, 200),
  added: z.string(),
  counts: z.object({ claims: int(0), claimants: int(0), metrics: int(0) }),
  claimants: z.array(Claimant),
  metrics: z.array(Metric),
  claims: z.array(DatasetClaim),
});
/** @see StoredPack */
export type StoredPack = z.infer<typeof StoredPack>;

/**
 * Brings a pack of an earlier version (a stored pack or a pack file's object) to the current
 * one: version 1 had no `version` field and metrics without `definition` and `since`. Anything
 * that is not an object comes back as it was, for the schema to reject.
 */
export function migratePack(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const pack = value as Record<string, unknown>;
  if (pack.version !== undefined && pack.version !== 1) return value;
  const metrics = Array.isArray(pack.metrics)
    ? pack.metrics.map((m: unknown) =>
        typeof m === 'object' && m !== null && !Array.isArray(m)
          ? { definition: null, since: null, ...(m as Record<string, unknown>) }
          : m,
      )
    : pack.metrics;
  return { ...pack, version: PACK_VERSION, metrics };
}
