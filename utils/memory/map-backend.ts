import type { MemoryBackend, MemoryTx } from './backend';
import type { MemoryMeta, RememberedFigure } from './schema';

/** One change a write transaction made, as the file store appends it to its log. */
export type MemoryChange =
  { put: RememberedFigure } | { remove: string } | { clear: true } | { meta: MemoryMeta };

/** Called with a write transaction's changes once it succeeded; throwing undoes them. */
export type CommitHook = (changes: readonly MemoryChange[]) => void;

/** What the map backend holds, exposed for the file store (load and compaction) and tests. */
export interface MapState {
  records: Map<string, RememberedFigure>;
  meta: MemoryMeta | null;
}

/** A set-valued index: key → ids. */
class MultiIndex {
  private readonly map = new Map<string, Set<string>>();
  add(key: string, id: string): void {
    let set = this.map.get(key);
    if (!set) this.map.set(key, (set = new Set()));
    set.add(id);
  }
  delete(key: string, id: string): void {
    const set = this.map.get(key);
    if (!set) return;
    set.delete(id);
    if (set.size === 0) this.map.delete(key);
  }
  get(key: string): ReadonlySet<string> {
    return this.map.get(key) ?? new Set();
  }
  clear(): void {
    this.map.clear();
  }
}

/**
 * Records in order of reading: a sorted array of [readAt, id] where removed records are left
 * behind and skipped (an entry counts only while the record it names still has that time), and
 * swept out when they are half the array. Reading times mostly grow, so adding is mostly an append.
 */
class ReadOrder {
  private entries: [number, string][] = [];
  private stale = 0;
  constructor(private readonly live: (id: string, at: number) => boolean) {}
  add(at: number, id: string): void {
    let i = this.entries.length;
    if (i > 0 && (this.entries[i - 1] as [number, string])[0] > at) {
      let lo = 0;
      let hi = i;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((this.entries[mid] as [number, string])[0] <= at) lo = mid + 1;
        else hi = mid;
      }
      i = lo;
      this.entries.splice(i, 0, [at, id]);
    } else this.entries.push([at, id]);
  }
  removed(): void {
    if (++this.stale > 1024 && this.stale * 2 > this.entries.length) {
      this.entries = this.entries.filter(([at, id]) => this.live(id, at));
      this.stale = 0;
    }
  }
  clear(): void {
    this.entries = [];
    this.stale = 0;
  }
  /** The first index whose time is ≥ `at`. */
  private lowerBound(at: number): number {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.entries[mid] as [number, string])[0] < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** Live ids read in [since, before), oldest first (or newest first), at most `limit`. */
  ids(since: number | null, before: number | null, limit: number, newest: boolean): string[] {
    const lo = since === null ? 0 : this.lowerBound(since);
    const hi = before === null ? this.entries.length : this.lowerBound(before);
    const out: string[] = [];
    const seen = new Set<string>();
    for (let k = 0; k < hi - lo && out.length < limit; k++) {
      const [at, id] = this.entries[newest ? hi - 1 - k : lo + k] as [number, string];
      if (this.live(id, at) && !seen.has(id)) {
        seen.add(id);
        out.push(id);
      }
    }
    return out;
  }
}

/**
 * The memory's records in plain maps, with the same indexes IndexedDB keeps (page, site,
 * quantity, time read). Used by the Node file store and by tests. Write transactions run one at a
 * time (reads wait for them) and are undone when they throw; `onCommit` sees each successful one's changes.
 */
export function createMapBackend(onCommit?: CommitHook): MemoryBackend & {
  state: MapState;
  load(records: Iterable<RememberedFigure>, meta: MemoryMeta | null): void;
} {
  const state: MapState = { records: new Map(), meta: null };
  const byPage = new MultiIndex();
  const byQuantity = new MultiIndex();
  const order = new ReadOrder((id, at) => state.records.get(id)?.readAt === at);

  const index = (f: RememberedFigure) => {
    byPage.add(f.pageKey, f.id);
    byQuantity.add(f.quantity, f.id);
    order.add(f.readAt, f.id);
  };
  const unindex = (f: RememberedFigure) => {
    byPage.delete(f.pageKey, f.id);
    byQuantity.delete(f.quantity, f.id);
    order.removed();
  };
  const setRecord = (f: RememberedFigure) => {
    const old = state.records.get(f.id);
    if (old) unindex(old);
    state.records.set(f.id, f);
    index(f);
  };
  const dropRecord = (id: string) => {
    const old = state.records.get(id);
    if (!old) return;
    state.records.delete(id);
    unindex(old);
  };
  const clearAll = () => {
    state.records.clear();
    byPage.clear();
    byQuantity.clear();
    order.clear();
  };
  const pick = (ids: Iterable<string>) => {
    const out: RememberedFigure[] = [];
    for (const id of ids) {
      const f = state.records.get(id);
      if (f) out.push(f);
    }
    return out;
  };

  let queue: Promise<unknown> = Promise.resolve();

  const run = <T>(mode: 'read' | 'write', fn: (tx: MemoryTx) => Promise<T>): Promise<T> => {
    const attempt = async (): Promise<T> => {
      const changes: MemoryChange[] = [];
      // what to restore if the transaction fails: the records as they were, and the meta
      const undo = new Map<string, RememberedFigure | null>();
      let cleared: Map<string, RememberedFigure> | null = null;
      const metaBefore = state.meta;
      const remember = (id: string) => {
        if (!undo.has(id) && !cleared) undo.set(id, state.records.get(id) ?? null);
      };
      const writable = () => {
        if (mode !== 'write') throw new Error('memory: a read transaction cannot write');
      };
      const tx: MemoryTx = {
        pageRecords: async (key) => pick(byPage.get(key)),
        quantityRecords: async (quantity, from) => pick(byQuantity.get(quantity)).filter((f) => f.to >= from),
        siteRecords: async (lower, upper) =>
          [...state.records.values()].filter((f) => f.siteKey >= lower && f.siteKey < upper),
        readBetween: async (since, before, limit = Infinity) => pick(order.ids(since, before, limit, false)),
        newestFirst: async (since, before, limit) => pick(order.ids(since, before, limit, true)),
        totals: async () => {
          let bytes = 0;
          for (const f of state.records.values()) bytes += f.size;
          return { figures: state.records.size, bytes };
        },
        put: (f) => {
          writable();
          remember(f.id);
          setRecord(f);
          changes.push({ put: f });
        },
        remove: (id) => {
          writable();
          remember(id);
          dropRecord(id);
          changes.push({ remove: id });
        },
        clear: () => {
          writable();
          if (!cleared) {
            // the records as they were before this transaction
            cleared = new Map(state.records);
            for (const [id, f] of undo) {
              if (f) cleared.set(id, f);
              else cleared.delete(id);
            }
          }
          clearAll();
          changes.push({ clear: true });
        },
        meta: async () => state.meta,
        setMeta: (meta) => {
          writable();
          state.meta = meta;
          changes.push({ meta });
        },
      };
      try {
        const out = await fn(tx);
        if (changes.length) onCommit?.(changes);
        return out;
      } catch (e) {
        // assigned inside the transaction's closures, which the compiler does not follow
        const before = cleared as Map<string, RememberedFigure> | null;
        if (before) {
          clearAll();
          for (const f of before.values()) setRecord(f);
        } else {
          for (const [id, f] of undo) {
            if (f) setRecord(f);
            else dropRecord(id);
          }
        }
        state.meta = metaBefore;
        throw e;
      }
    };
    // reads wait for earlier writes too: no transaction sees another's half-done changes
    const next = queue.then(attempt, attempt);
    queue = next.catch(() => undefined);
    return next;
  };

  /** Replaces everything held with `records` (a file being loaded), outside any transaction. */
  const load = (records: Iterable<RememberedFigure>, meta: MemoryMeta | null) => {
    clearAll();
    for (const f of records) setRecord(f);
    state.meta = meta;
  };

  return { state, run, load, close: () => undefined };
}
