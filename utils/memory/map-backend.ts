import type { MemoryBackend, MemoryTx } from './backend';
import type { MemoryMeta, PageEntry, StoredPage } from './schema';
import type { StoredShard } from './shard';

/** One change a write transaction made, as the file store appends it to its log. */
export type MemoryChange =
  | { putPage: [StoredPage, PageEntry] }
  | { deletePage: string }
  | { putSegment: [string, string, StoredShard] }
  | { deleteSegment: [string, string] }
  | { meta: MemoryMeta }
  | { clear: true };

/** Called with a write transaction's changes once it succeeded; throwing undoes them. */
export type CommitHook = (changes: readonly MemoryChange[]) => void;

/** What the map backend holds (the file store loads into it and writes it out). */
export interface MapState {
  pages: Map<string, StoredPage>;
  entries: Map<string, PageEntry>;
  /** Each bucket's segments by page. */
  segments: Map<string, ReadonlyMap<string, StoredShard>>;
  meta: MemoryMeta | null;
}

/** An empty state. */
export function emptyState(): MapState {
  return { pages: new Map(), entries: new Map(), segments: new Map(), meta: null };
}

/**
 * Sets (or with null, removes) a page's segment in a bucket. The bucket's map is replaced, never
 * changed in place: a failed write puts back the maps it started with.
 */
export function putSegment(state: MapState, bucket: string, url: string, segment: StoredShard | null): void {
  const next = new Map(state.segments.get(bucket));
  if (segment) next.set(url, segment);
  else next.delete(url);
  if (next.size) state.segments.set(bucket, next);
  else state.segments.delete(bucket);
}

/** A field of a directory entry, read without trusting its shape (the memory validates entries). */
function num(entry: PageEntry, name: 'oldest' | 'newest'): number {
  return Number((entry as Partial<PageEntry>)[name]);
}

/**
 * The memory's records in plain maps, answering the same queries IndexedDB does. Used by the Node
 * file store and by tests. Transactions run one at a time; a write that throws is undone, and
 * `onCommit` sees each successful write's changes.
 */
export function createMapBackend(onCommit?: CommitHook): MemoryBackend & {
  state: MapState;
  load(state: MapState): void;
} {
  const state = emptyState();
  let queue: Promise<unknown> = Promise.resolve();

  const sorted = (by: 'oldest' | 'newest', keep: (e: PageEntry) => boolean, newestFirst: boolean) =>
    [...state.entries.values()]
      .filter(keep)
      .sort((a, b) => (newestFirst ? -1 : 1) * (num(a, by) - num(b, by)));

  const run = <T>(mode: 'read' | 'write', fn: (tx: MemoryTx) => Promise<T>): Promise<T> => {
    const attempt = async (): Promise<T> => {
      const changes: MemoryChange[] = [];
      // what to put back if a write fails (a read changes nothing)
      const before: MapState | null =
        mode === 'write'
          ? {
              pages: new Map(state.pages),
              entries: new Map(state.entries),
              segments: new Map(state.segments),
              meta: state.meta,
            }
          : null;
      const writable = () => {
        if (mode !== 'write') throw new Error('memory: a read transaction cannot write');
      };
      const tx: MemoryTx = {
        segments: async (bucket) => [...(state.segments.get(bucket)?.values() ?? [])],
        putSegment: (bucket, url, segment) => {
          writable();
          putSegment(state, bucket, url, segment);
          changes.push({ putSegment: [bucket, url, segment] });
        },
        deleteSegment: (bucket, url) => {
          writable();
          putSegment(state, bucket, url, null);
          changes.push({ deleteSegment: [bucket, url] });
        },
        page: async (url) => state.pages.get(url),
        entry: async (url) => state.entries.get(url),
        putPage: (page, entry) => {
          writable();
          state.pages.set(page.url, page);
          state.entries.set(entry.url, entry);
          changes.push({ putPage: [page, entry] });
        },
        deletePage: (url) => {
          writable();
          state.pages.delete(url);
          state.entries.delete(url);
          changes.push({ deletePage: url });
        },
        entriesReadBefore: async (b, limit) =>
          sorted('oldest', (e) => b === null || num(e, 'oldest') < b, false).slice(0, limit),
        entriesReadSince: async (since) => sorted('newest', (e) => num(e, 'newest') >= since, false),
        entriesNewestFirst: async (b, limit) =>
          sorted('newest', (e) => b === null || num(e, 'newest') < b, true).slice(0, limit),
        entriesOfSite: async (lower, upper) =>
          [...state.entries.values()].filter((e) => {
            const key = String((e as Partial<PageEntry>).siteKey);
            return key >= lower && key < upper;
          }),
        meta: async () => state.meta,
        setMeta: (meta) => {
          writable();
          state.meta = meta;
          changes.push({ meta });
        },
        clear: () => {
          writable();
          Object.assign(state, emptyState());
          changes.push({ clear: true });
        },
      };
      try {
        const out = await fn(tx);
        if (changes.length) onCommit?.(changes);
        return out;
      } catch (e) {
        if (before) Object.assign(state, before);
        throw e;
      }
    };
    // one transaction at a time: none sees another's half-done changes
    const next = queue.then(attempt, attempt);
    queue = next.catch(() => undefined);
    return next;
  };

  return { state, run, load: (loaded) => Object.assign(state, loaded), close: () => undefined };
}
