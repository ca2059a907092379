/**
 * Stage "memory": the figures of pages the reader read, kept on the device (IndexedDB in the
 * browser, a file in Node), keyed by the same-quantity identity, and looked up like the dataset.
 * The Node file store is imported from `./file-backend` directly (it needs node:fs).
 */
export { createMemory, MAX_RECALLED } from './memory';
export type { Memory, MemoryLimits, RememberResult, Recalled, LookupOptions } from './memory';
export { MAX_PAGE_FIGURES, type FigureDraft, type PageDraft } from './records';
export type { FigureRow } from './shard';
export { createIdbBackend, idbExists, type IdbOptions } from './idb-backend';
export { createMapBackend } from './map-backend';
export { isQuotaError, type MemoryBackend, type MemoryTx } from './backend';
export { timesMeet } from './buckets';
export {
  quantityKey,
  figureId,
  speakerKey,
  sourceKey,
  siteOf,
  siteKey,
  siteRange,
  memoryPageKey,
  hash53,
  type Quantity,
  type Speaker,
} from './identity';
export {
  MemorySettings,
  DEFAULT_MEMORY_SETTINGS,
  CAP_RANGE,
  RETENTION_RANGE,
  memoryAccess,
  isExcluded,
  parseMemorySettings,
  type MemoryAccess,
  type ReadingContext,
} from './settings';
export * from './schema';
