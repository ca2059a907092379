/** Stage "match": page claims against the bundled dataset and packs → status, topic, the others' figures. */
export { createMatcher, type Matcher } from './matcher';
export { loadBundledDataset, type Dataset } from '../dataset';
export { boundsOf, compatible, isBoundOnly, type Bounds } from './compat';
export { ClaimantResolver } from './resolve';
export { opposingSide, sideOfName } from './sides';
export { MetricSelector, unitFactor } from './select-metric';
export { pageTimeOf, periodFit, sameTime, spanOf, type PageTime, type Span } from './page-time';
export { indexDataset, type IndexedDataset } from './index-dataset';
export {
  parsePack,
  parsePackFile,
  packFromStored,
  createPackStore,
  type PackStore,
  type PackResult,
} from '../dataset';
export { loadMatcher, matcherWithPacks } from './with-packs';
