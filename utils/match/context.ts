import type { ArticleMeta, Claimant, DatasetInfo, Metric } from '../schema';
import type { Dataset } from '../dataset/dataset';
import { isoDay } from '../dataset/time';
import { indexDataset } from './index-dataset';
import type { IndexedDataset } from './index-dataset';
import { ClaimantResolver } from './resolve';
import { MetricSelector } from './select-metric';

/**
 * What every phase of matching reads and none changes: the bundled dataset and packs, indexed,
 * with their claimants and metrics merged (the first definition of an id wins).
 */
export interface MatchContext {
  sets: IndexedDataset[];
  claimants: ReadonlyMap<string, Claimant>;
  metrics: ReadonlyMap<string, Metric>;
  resolver: ClaimantResolver;
  selector: MetricSelector;
  info: DatasetInfo;
}

/** What the phases read about the page being matched. */
export interface PageContext {
  meta: ArticleMeta;
  /** The country the page's figures name first ("country:BD"): the scope of figures that name none. */
  country: string | null;
}

/** Indexes the dataset and packs once (a matcher is built per dataset change, not per page). */
export function createContext(dataset: Dataset, packs: readonly Dataset[] = []): MatchContext {
  const sets = [dataset, ...packs].map(indexDataset);
  const claimants = new Map<string, Claimant>();
  const metrics = new Map<string, Metric>();
  for (const s of sets) {
    for (const c of s.ds.claimants) if (!claimants.has(c.id)) claimants.set(c.id, c);
    for (const m of s.ds.metrics) if (!metrics.has(m.id)) metrics.set(m.id, m);
  }
  return {
    sets,
    claimants,
    metrics,
    resolver: new ClaimantResolver([...claimants.values()]),
    selector: new MetricSelector([...metrics.values()]),
    info: infoOf(sets, claimants.size, metrics.size),
  };
}

/** What the dataset and packs hold: counts and the days their figures span. */
function infoOf(sets: readonly IndexedDataset[], claimants: number, metrics: number): DatasetInfo {
  let from = Infinity;
  let to = -Infinity;
  let total = 0;
  let sources = 0;
  for (const s of sets) {
    total += s.ds.claims.size;
    sources += s.ds.sources.length;
    for (const t of s.ds.times) {
      const last = t.asOf ? t.start : t.end - 1;
      if (t.start < from) from = t.start;
      if (last > to) to = last;
    }
  }
  return {
    claims: total,
    claimants,
    metrics,
    sources,
    from: Number.isFinite(from) ? isoDay(from) : null,
    to: Number.isFinite(to) ? isoDay(to) : null,
  };
}
