/**
 * The schema of the registry the dataset is built from (scripts/dataset/registry/*.json): who
 * gives figures, what they measure, and how each source family's files map onto them. The
 * registry is data; this file says what shape that data must have, and the build refuses to
 * run on a registry that does not fit it.
 */
import * as z from 'zod/mini';
import {
  Claimant,
  Family,
  IsoDate,
  IsoDateTime,
  MetricDirection,
  MetricKind,
  MetricSpan,
  Qualifier,
  RecordId,
  Side,
} from '../../utils/schema';

const text = (max = 2000) => z.string().check(z.minLength(1), z.maxLength(max));

/**
 * A word list as the registry writes it: phrases, where "@name" stands for every phrase of the
 * shared list `name` (lists many metrics use: the words for drones, the verbs of a loss).
 */
export const WordsSource = z.array(text(100));

/** A metric as the registry writes it: a Metric whose concepts and cues may name shared lists. */
export const MetricSource = z.object({
  id: RecordId,
  label: text(300),
  /** Required here: every bundled metric says what it counts and what it does not. */
  definition: text(1000),
  unit: z.nullable(text(20)),
  concepts: WordsSource.check(z.minLength(1)),
  cues: WordsSource,
  kind: MetricKind,
  direction: MetricDirection,
  bare: z.boolean(),
  closeDays: z.int().check(z.gte(0)),
  span: MetricSpan,
  since: z.nullable(IsoDate),
});
/** @see MetricSource */
export type MetricSource = z.infer<typeof MetricSource>;

/** registry/metrics.json: shared word lists and the metrics. */
export const MetricsFile = z.object({
  words: z.record(z.string(), z.array(text(100))),
  metrics: z.array(MetricSource),
});

/** registry/families.json: the source families, in the order a claim is assigned to them. */
export const FamiliesFile = z.array(Family);

/** registry/claimants.json. */
export const ClaimantsFile = z.array(Claimant);

/** registry/claimant-names-ru-uk.json: each claimant's names in Russian and Ukrainian, by claimant id. */
export const ClaimantNamesFile = z.record(RecordId, z.array(text(200)));

/** registry/air-force.json: the Air Force's channels, and how its weapon models fall into categories. */
export const AirForceFile = z.object({
  /** Source path's first segment ("kpszsu", "tg:kpszsu" for a Telegram channel) → who posts there. */
  channels: z.record(
    z.string(),
    z.object({ claimant: RecordId, region: z.nullable(text(100)), outlet: text(300) }),
  ),
  /** Models the Air Force calls guided (air-launched) missiles rather than cruise missiles. */
  guidedModels: z.array(text(100)),
  /** The models table's category → the metric category ("UAV" → "drones"). */
  categories: z.record(z.string(), RecordId),
});
/** @see AirForceFile */
export type AirForceFile = z.infer<typeof AirForceFile>;

/** registry/general-staff.json: the General Staff's loss categories and where they are cited. */
export const GeneralStaffFile = z.object({
  url: z.url(),
  outlet: text(300),
  categories: z.array(
    z.object({
      /** The key in the source files ("tank", "field artillery"). */
      key: text(100),
      /** The series: metrics `losses.<series>.total` and `losses.<series>.daily`. */
      series: RecordId,
      /** The key whose value marks the figure as approximate ("about") or a lower bound ("more"). */
      aboutFlag: z.optional(text(100)),
      /** Keys summed when `key` itself is missing (older days split vehicles and fuel tanks). */
      sumOf: z.optional(z.array(text(100))),
    }),
  ),
});
/** @see GeneralStaffFile */
export type GeneralStaffFile = z.infer<typeof GeneralStaffFile>;

/** registry/oryx.json: Oryx's pages per country, and each equipment type's metric. */
export const OryxFile = z.object({
  urls: z.record(z.string(), z.url()),
  snapshot: z.object({ outlet: text(300) }),
  /** The list as it stood on each recorded day (scarnecchia/oryx_data's daily_count.csv). */
  daily: z.object({ outlet: text(300), file: text(300) }),
  /** Oryx's equipment type (as its list names it) → the metric its total counts. */
  types: z.record(z.string(), RecordId),
});
/** @see OryxFile */
export type OryxFile = z.infer<typeof OryxFile>;

/** How one curated row becomes a claim: everything but the value and the source. */
export const CuratedMapping = z.object({
  metric: RecordId,
  claimant: RecordId,
  qualifier: z.optional(Qualifier),
  period: z.optional(z.object({ start: IsoDateTime, end: IsoDateTime })),
  asOf: z.optional(IsoDate),
  place: z.optional(text(200)),
  actor: z.optional(Side),
  target: z.optional(Side),
  quote: z.optional(text(2000)),
});
/** @see CuratedMapping */
export type CuratedMapping = z.infer<typeof CuratedMapping>;

/** registry/curated.json: outlets by host, and each curated row's mapping or why it is left out. */
export const CuratedFile = z.object({
  outlets: z.record(z.string(), text(300)),
  rows: z.record(z.string(), z.union([z.object({ skip: text(500) }), CuratedMapping])),
});
/** @see CuratedFile */
export type CuratedFile = z.infer<typeof CuratedFile>;

/** A source within a casualty series: who the rows of that source are, and where they were published. */
const CasualtySource = z.object({ claimant: RecordId, url: z.url(), outlet: text(300) });

/** Source field → metric id. */
const FieldMetrics = z.record(z.string(), RecordId);

/**
 * registry/casualties.json: the daily casualty series compiled by Tech for Palestine (Gaza,
 * Lebanon, the West Bank), each a file whose rows are reports by one of several sources.
 */
export const CasualtiesFile = z.object({
  compiler: z.object({ url: z.url(), name: text(200) }),
  series: z.array(
    z.object({
      id: RecordId,
      file: text(300),
      /** The place key every claim of the series is about. */
      place: text(100),
      idPrefix: RecordId,
      /** The row field naming each row's source (null: every row is `nested`'s one source). */
      sourceField: z.nullable(text(100)),
      /** Read the figures from this object of each row instead of the row itself. */
      nested: z.nullable(text(100)),
      sources: z.record(z.string(), CasualtySource),
      /** Sources that mean the compiler filled the row in: left out. */
      gapFilled: z.array(text(100)),
      /** Cumulative fields (as of the report's date). */
      stocks: FieldMetrics,
      /** Per-phase overrides of `stocks` for a source that restarted its count ("2" → …). */
      phaseStocks: z.record(z.string(), FieldMetrics),
      /** Fields giving one report's figure (kept when the report covers one day). */
      flows: FieldMetrics,
      /** Cumulative fields whose difference between two reports a day apart is that day's figure. */
      derivedFlows: FieldMetrics,
      /** Flows are about the report's own date (a day's record), not the day before it. */
      flowsOnTheDay: z.boolean(),
    }),
  ),
});
/** @see CasualtiesFile */
export type CasualtiesFile = z.infer<typeof CasualtiesFile>;
