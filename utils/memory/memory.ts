import { isQuotaError, type MemoryBackend, type MemoryTx } from './backend';
import { bucketOf, bucketsFor, timesMeet } from './buckets';
import { memoryPageKey, quantityKey, siteOf, siteRange, type Quantity } from './identity';
import {
  metaLess,
  metaOf,
  pageWith,
  recordsOf,
  validEntries,
  validPages,
  type FigureDraft,
  type PageDraft,
  type PageRecords,
} from './records';
import type { ForgetScope, MemoryStats, PageEntry, RememberedFigure, StoredPage } from './schema';
import { segmentsOf, type FigureRow, type StoredShard } from './shard';
import { readBucket, rowsOf, shardOf, type Bucket } from './shard-cache';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** The most remembered figures a lookup returns for one figure of the page (newest first). */
export const MAX_RECALLED = 12;
/** How many pages one step of dropping (cap, quota) reads at a time. */
const PAGE_BATCH = 200;

/** How big and how old the memory may grow. */
export interface MemoryLimits {
  /** The most figures kept; the pages read longest ago go first. */
  cap: number;
  /** Figures read longer ago than this are dropped. */
  retentionDays: number;
}

/** What `remember` did: figures new and replaced, and how many old ones left (age, cap, quota). */
export type RememberResult =
  | { ok: true; added: number; replaced: number; expired: number; dropped: number }
  | { ok: false; error: string };

/** A remembered figure recalled for a lookup, and on how many pages the same source was read. */
export interface Recalled {
  figure: FigureRow;
  /** Pages that carried the same speaker's same words (a republished story counts once). */
  copies: number;
}

/** Where a lookup happens. */
export interface LookupOptions {
  /** The page being read: its own remembered figures are not cross-references to itself. */
  pageUrl: string | null;
  retentionDays: number;
}

/** The reading memory's operations, the same over IndexedDB (browser) and a file (Node). */
export interface Memory {
  /** Remembers a page's figures: one record per page, quantity and speaker, the newest reading winning. */
  remember(page: PageDraft, figures: readonly FigureDraft[], limits: MemoryLimits): Promise<RememberResult>;
  /** For each quantity, the figures of the same quantity read on other pages at a time that meets its own. */
  lookup(quantities: readonly Quantity[], options: LookupOptions): Promise<Recalled[][]>;
  /** Forgets a page, a site, what was read since a time, or everything; returns how many figures went. */
  forget(scope: ForgetScope): Promise<number>;
  /** Drops what is older than the retention period; returns how many figures went. */
  expire(retentionDays: number): Promise<number>;
  /** How many figures, how much storage, the oldest reading, the last drop. */
  stats(): Promise<MemoryStats>;
  /** Pages read before `before` (or any), most recently read first, at most `limit`: their directory entries. */
  entries(before: number | null, limit: number): Promise<PageEntry[]>;
  /** Pages with their figures in full (those still remembered). */
  pages(urls: readonly string[]): Promise<StoredPage[]>;
}

/** One write transaction: its operations, the segments it set (null: removed), and what to do once it committed. */
interface Work {
  tx: MemoryTx;
  segments: [bucket: string, url: string, segment: StoredShard | null][];
  after: (() => void)[];
}

/** An error's message. */
function messageOf(e: unknown): string {
  return e instanceof Error || e instanceof DOMException ? e.message : String(e);
}

/**
 * The reading memory over a backend. Each page's figures are kept in full in its page record, and
 * as lookup rows in one segment per time bucket and page, which a memory reads, a bucket at a
 * time, when a lookup first needs them and keeps. A write touches only its own page: its record
 * and its segments (never another page's rows, so its cost does not grow with the memory). Each write is one
 * transaction (a page's figures land together or not at all; two tabs writing at once are
 * serialized); a full store drops the pages read longest ago and says so in the stats; nothing of
 * a forgotten page is kept.
 */
export function createMemory(backend: MemoryBackend, now: () => number = Date.now): Memory {
  // the buckets this memory has read (a worker keeps them for its life), kept current by its writes
  const cache = new Map<string, Bucket>();
  let lastExpiry = -Infinity;
  // writes, and reads of shards not yet held, one at a time: the cache never goes stale
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };

  /** Runs a write transaction; the segments it set go to the buckets held only once it committed. */
  const write = <T>(fn: (w: Work) => Promise<T>): Promise<T> =>
    serial(async () => {
      const w: Work = { tx: null as unknown as MemoryTx, segments: [], after: [] };
      const out = await backend.run('write', (tx) => fn(Object.assign(w, { tx })));
      // a bucket not held is read whole when a lookup first needs it: nothing to keep current
      for (const [bucket, url, segment] of w.segments) {
        const held = cache.get(bucket);
        if (!held) continue;
        if (segment) held.set(url, shardOf(segment));
        else held.delete(url);
      }
      for (const step of w.after) step();
      return out;
    });

  /** Sets a page's segment in a bucket (null: removes it). */
  const setSegment = (w: Work, bucket: string, url: string, segment: StoredShard | null) => {
    if (segment) w.tx.putSegment(bucket, url, segment);
    else w.tx.deleteSegment(bucket, url);
    w.segments.push([bucket, url, segment]);
  };

  /** Stores a page as holding `figures` (none: the page goes), its segments rewritten in the buckets `touched`. */
  const rewritePage = (
    w: Work,
    url: string,
    site: string,
    figures: RememberedFigure[],
    touched: Set<string>,
  ) => {
    const next = pageWith(url, site, figures);
    if (next) w.tx.putPage(next.page, next.entry);
    else w.tx.deletePage(url);
    const segments = segmentsOf(figures);
    for (const b of touched) setSegment(w, b, url, segments.get(b) ?? null);
  };

  /** Removes whole pages: their records, entries and segments. */
  const dropPages = (w: Work, entries: readonly PageEntry[]) => {
    let figures = 0;
    let bytes = 0;
    for (const e of entries) {
      w.tx.deletePage(e.url);
      figures += e.figures;
      bytes += e.bytes;
      for (const b of e.buckets) setSegment(w, b, e.url, null);
    }
    return { figures, bytes };
  };

  /** Removes the figures `pick` chooses from pages, keeping the rest of each page. */
  const trimPages = async (
    w: Work,
    entries: readonly PageEntry[],
    pick: (f: RememberedFigure) => boolean,
  ) => {
    let figures = 0;
    let bytes = 0;
    for (const page of validPages(await Promise.all(entries.map((e) => w.tx.page(e.url))))) {
      const entry = entries.find((e) => e.url === page.url) as PageEntry;
      const keep: RememberedFigure[] = [];
      const touched = new Set<string>();
      for (const f of page.figures) {
        if (!pick(f)) keep.push(f);
        else {
          figures++;
          bytes += f.size;
          touched.add(bucketOf(f.from, f.to));
        }
      }
      if (touched.size) rewritePage(w, page.url, entry.siteKey, keep, touched);
    }
    return { figures, bytes };
  };

  /** Drops the pages read longest ago until at least `count` figures went (cap, full quota). */
  const dropOldest = async (w: Work, count: number) => {
    let figures = 0;
    let bytes = 0;
    while (figures < count) {
      // the transaction sees its own deletions: each batch starts at the oldest page still there
      const raw = await w.tx.entriesReadBefore(null, PAGE_BATCH);
      if (raw.length === 0) break;
      const take: PageEntry[] = [];
      let held = 0;
      for (const e of validEntries(raw)) {
        if (figures + held >= count) break;
        take.push(e);
        held += e.figures;
      }
      // a batch of damaged entries only: nothing more can be dropped by age of reading
      if (take.length === 0) break;
      const out = dropPages(w, take);
      figures += out.figures;
      bytes += out.bytes;
    }
    return { figures, bytes };
  };

  /** Drops what was read before `cutoff`. */
  const dropOlderThan = async (w: Work, cutoff: number) =>
    trimPages(w, validEntries(await w.tx.entriesReadBefore(cutoff, Infinity)), (f) => f.readAt < cutoff);

  /** The browser's storage is full: drops the oldest pages, at least `room` figures, in a transaction of its own. */
  const makeRoom = (room: number, at: number) =>
    write(async (w) => {
      const meta = await metaOf(w.tx);
      const gone = await dropOldest(w, room);
      w.tx.setMeta(metaLess(meta, gone, { why: 'quota', at }));
      return gone.figures;
    });

  /** Stores a page's new records over its old ones, drops what is too old, and keeps under the cap. */
  const store = (page: PageRecords, limits: MemoryLimits, at: number) =>
    write(async (w) => {
      let meta = await metaOf(w.tx);
      const old = validPages([await w.tx.page(page.url)])[0];
      const fresh = new Set(page.records.map((r) => r.id));
      const kept = old ? old.figures.filter((f) => !fresh.has(f.id)) : [];
      const replaced = old ? old.figures.filter((f) => fresh.has(f.id)) : [];
      // a replaced figure has the same quantity, time and speaker: the same bucket as its new reading
      const touched = new Set(page.records.map((r) => bucketOf(r.from, r.to)));
      rewritePage(w, page.url, page.siteKey, [...kept, ...page.records], touched);
      let bytes = meta.bytes;
      for (const r of replaced) bytes -= r.size;
      for (const r of page.records) bytes += r.size;
      const added = page.records.length - replaced.length;
      meta = { ...meta, figures: meta.figures + added, bytes: Math.max(0, bytes) };
      // figures read longer ago than the retention: looked for at most once an hour
      let expired = 0;
      if (at - lastExpiry > HOUR_MS) {
        const gone = await dropOlderThan(w, at - limits.retentionDays * DAY_MS);
        expired = gone.figures;
        meta = metaLess(meta, gone);
        w.after.push(() => (lastExpiry = at));
      }
      let dropped = 0;
      if (meta.figures > limits.cap) {
        // down to a hundredth below the cap, whole pages at a time: the next pages need not drop anything
        const gone = await dropOldest(w, meta.figures - (limits.cap - Math.floor(limits.cap / 100)));
        dropped = gone.figures;
        meta = metaLess(meta, gone, { why: 'cap', at });
      }
      w.tx.setMeta(meta);
      return { ok: true as const, added, replaced: replaced.length, expired, dropped };
    });

  const stats = (): Promise<MemoryStats> =>
    backend.run('read', async (tx) => {
      const meta = await metaOf(tx);
      const [first] = validEntries(await tx.entriesReadBefore(null, 1));
      return {
        figures: meta.figures,
        bytes: meta.bytes,
        oldest: first?.oldest ?? null,
        dropped: meta.dropped,
      };
    });

  return {
    async remember(page, figures, limits) {
      const at = now();
      const built = recordsOf(page, figures, at);
      if (!built.ok) return built;
      if (built.records.length === 0) return { ok: true, added: 0, replaced: 0, expired: 0, dropped: 0 };
      try {
        return await store(built, limits, at);
      } catch (e) {
        if (!isQuotaError(e)) return { ok: false, error: `memory: ${messageOf(e)}` };
      }
      // the browser's storage is full: drop the oldest (at least as many as this page brings), once
      try {
        const { figures: held } = await stats();
        const gone = await makeRoom(Math.max(built.records.length, Math.ceil(held * 0.05)), at);
        const out = await store(built, limits, at);
        return { ...out, dropped: out.dropped + gone };
      } catch (e) {
        return { ok: false, error: `memory: storage is full (${messageOf(e)})` };
      }
    },

    async lookup(quantities, options) {
      const own = options.pageUrl ? memoryPageKey(options.pageUrl) : null;
      const notBefore = now() - options.retentionDays * DAY_MS;
      const times = quantities.map((q) => ({ from: q.start, to: q.end }));
      const wanted = bucketsFor(times);
      if (wanted.some((b) => !cache.has(b)))
        await serial(() =>
          backend.run('read', async (tx) => {
            // asked again inside the queue: a write may have read some meanwhile
            const missing = wanted.filter((b) => !cache.has(b));
            const raws = await Promise.all(missing.map((b) => tx.segments(b)));
            missing.forEach((b, i) => cache.set(b, readBucket(b, raws[i] ?? [])));
          }),
        );
      return quantities.map((q, i) => {
        const key = quantityKey(q);
        const time = times[i] as { from: number; to: number };
        // a republished story (same speaker, same words) is one source: its newest reading stands
        const bySource = new Map<string, { figure: FigureRow; pages: Set<string> }>();
        for (const bucket of bucketsFor([time])) {
          const held = cache.get(bucket);
          if (!held) continue;
          const meets = (st: StoredShard, k: number) =>
            (st.numbers.readAt[k] as number) >= notBefore &&
            timesMeet({ from: st.numbers.from[k] as number, to: st.numbers.to[k] as number }, time);
          for (const [url, segment] of held) {
            if (url === own) continue;
            for (const r of rowsOf(segment, key, meets)) {
              const seen = bySource.get(r.source);
              if (!seen) bySource.set(r.source, { figure: r, pages: new Set([r.url]) });
              else {
                seen.pages.add(r.url);
                if (r.readAt > seen.figure.readAt) seen.figure = r;
              }
            }
          }
        }
        return [...bySource.values()]
          .map(({ figure, pages }) => ({ figure, copies: pages.size }))
          .sort((a, b) => b.figure.readAt - a.figure.readAt)
          .slice(0, MAX_RECALLED);
      });
    },

    async forget(scope) {
      const gone = await write(async (w) => {
        const { tx } = w;
        const meta = await metaOf(tx);
        if (scope.kind === 'everything') {
          tx.clear();
          w.after.push(() => cache.clear());
          return meta.figures;
        }
        let out: { figures: number; bytes: number };
        if (scope.kind === 'page') {
          out = dropPages(w, validEntries([await tx.entry(memoryPageKey(scope.url))]));
        } else if (scope.kind === 'site') {
          const site = scope.site.includes('://') ? siteOf(scope.site) : siteOf(`https://${scope.site}/`);
          const range = siteRange(site ?? scope.site);
          out = dropPages(w, validEntries(await tx.entriesOfSite(range.lower, range.upper)));
        } else {
          const since = scope.since;
          out = await trimPages(w, validEntries(await tx.entriesReadSince(since)), (f) => f.readAt >= since);
        }
        if (out.figures) tx.setMeta(metaLess(meta, out));
        return out.figures;
      });
      // a file store rewrites itself without the forgotten records (no trace left in its log)
      await backend.compact?.();
      return gone;
    },

    expire: (retentionDays) =>
      write(async (w) => {
        const at = now();
        const meta = await metaOf(w.tx);
        const out = await dropOlderThan(w, at - retentionDays * DAY_MS);
        if (out.figures) w.tx.setMeta(metaLess(meta, out));
        w.after.push(() => (lastExpiry = at));
        return out.figures;
      }),

    stats,

    entries: async (before, limit) =>
      validEntries(await backend.run('read', (tx) => tx.entriesNewestFirst(before, limit))),

    pages: async (urls) =>
      validPages(await backend.run('read', (tx) => Promise.all(urls.map((u) => tx.page(u))))),
  };
}
