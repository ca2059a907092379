/**
 * The schema of the registry the dataset is built from (scripts/dataset/registry/*.json): who
 * gives figures, what they measure, and how each source family's files map onto them. The
 * registry is data; this file says what shape that data must have, and the build refuses to
 * run on a registry that does not fit it.
 */
import * as z from 'zod/mini';
import {
  Claimant,
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
  unit: z.nullable(text(20)),
  concepts: WordsSource.check(z.minLength(1)),
  cues: WordsSource,
  kind: MetricKind,
  direction: MetricDirection,
  bare: z.boolean(),
  closeDays: z.int().check(z.gte(0)),
  span: MetricSpan,
});
/** @see MetricSource */
export type MetricSource = z.infer<typeof MetricSource>;

/** registry/metrics.json: shared word lists and the metrics. */
export const MetricsFile = z.object({
  words: z.record(z.string(), z.array(text(100))),
  metrics: z.array(MetricSource),
});

/** registry/claimants.json. */
export const ClaimantsFile = z.array(Claimant);

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
      /** The key whose value "about" marks the figure as approximate. */
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
