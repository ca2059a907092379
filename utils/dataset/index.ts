/** The claims dataset: its in-memory form, loading and validating it, places and times, packs. */
export { claimAt, allocClaims, QUALIFIERS, type ClaimTable, type Dataset } from './dataset';
export {
  datasetFromFiles,
  duplicateIds,
  loadBundledDataset,
  loadBundledRegistry,
  DatasetError,
} from './load';
export { familyOfClaims, summarizeFamilies } from './families';
export {
  coverageByConflict,
  coverageStatement,
  monthLabel,
  noFigureInData,
  type ConflictCoverage,
} from './coverage';
export { rowsToColumns, timeTextOf, formatIssues, Interner } from './columns';
export { placeKey, placeSide, placeParent, MANY_PLACES, type PlaceKey } from './place';
export { parseInstant, parseTimeText, kyivIso, kyivOffsetHours, isoDay, DAY_MS, type TimeSpan } from './time';
export {
  parsePack,
  parsePackFile,
  packFromStored,
  PACK_CSV_COLUMNS,
  type PackResult,
  type ParsedPack,
  type PackContext,
} from './pack';
export { createPackStore, type PackStore } from './pack-store';
