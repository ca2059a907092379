import { isQuotaError, type MemoryBackend, type MemoryTx } from './backend';
import {
  figureId,
  memoryPageKey,
  quantityKey,
  siteKey,
  siteOf,
  siteRange,
  sourceKey,
  type Quantity,
} from './identity';
import {
  EMPTY_META,
  RememberedFigure,
  type DropNotice,
  type DropReason,
  type ForgetScope,
  type MemoryMeta,
  type MemoryQuote,
  type MemoryStats,
} from './schema';

const DAY_MS = 86_400_000;

/** The most figures remembered from one page (a longer page's first ones are kept). */
export const MAX_PAGE_FIGURES = 10_000;
/** The most remembered figures a lookup returns for one figure of the page (newest first). */
export const MAX_RECALLED = 12;
/** The most records a write drops for age at once (a retention just shortened drops the rest later). */
const MAX_EXPIRED_PER_WRITE = 50_000;

/** A figure of a page, as the worker hands it to the memory. */
export interface FigureDraft {
  quantity: Quantity;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: RememberedFigure['qualifier'];
  unit: string | null;
  concept: string | null;
  speaker: string | null;
  claimant: RememberedFigure['claimant'];
  quote: MemoryQuote;
  topic: RememberedFigure['topic'];
}

/** The page those figures were read on. */
export interface PageDraft {
  url: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
}

/** How big and how old the memory may grow. */
export interface MemoryLimits {
  /** The most figures kept; the oldest read go first. */
  cap: number;
  /** Figures read longer ago than this are dropped. */
  retentionDays: number;
}

/** What `remember` did: figures new and replaced, and how many old ones left to make room. */
export type RememberResult =
  | { ok: true; added: number; replaced: number; expired: number; dropped: number }
  | { ok: false; error: string };

/** A remembered figure recalled for a lookup, and on how many pages the same source was read. */
export interface Recalled {
  figure: RememberedFigure;
  /** Pages that carried the same speaker's same words (a republished story counts once). */
  copies: number;
}

/** A figure to look up: its quantity, and the page it is on (whose own records are left out). */
export interface LookupOptions {
  /** The page being read: its own remembered figures are not cross-references to itself. */
  pageUrl: string | null;
  retentionDays: number;
}

/** The reading memory's operations, the same over IndexedDB (browser) and a file (Node). */
export interface Memory {
  /** Remembers a page's figures: one record per page, quantity and speaker, the newest reading winning. */
  remember(page: PageDraft, figures: readonly FigureDraft[], limits: MemoryLimits): Promise<RememberResult>;
  /** For each quantity, the figures of the same quantity read on other pages, newest first. */
  lookup(quantities: readonly Quantity[], options: LookupOptions): Promise<Recalled[][]>;
  /** Forgets a page, a site, what was read since a time, or everything; returns how many figures went. */
  forget(scope: ForgetScope): Promise<number>;
  /** Drops what is older than the retention period; returns how many went. */
  expire(retentionDays: number): Promise<number>;
  /** How many figures, how much storage, the oldest reading, the last drop. */
  stats(): Promise<MemoryStats>;
  /** Remembered figures read in [since, before), newest first, at most `limit` (the "Read" view pages through them). */
  recent(since: number | null, before: number | null, limit: number): Promise<RememberedFigure[]>;
}

const encoder = new TextEncoder();

/** A string cut to `max` characters. */
function clip(s: string, max: number): string;
function clip(s: string | null, max: number): string | null;
function clip(s: string | null, max: number): string | null {
  return s === null ? null : s.length > max ? s.slice(0, max) : s;
}

/** An error's message. */
function messageOf(e: unknown): string {
  return e instanceof Error || e instanceof DOMException ? e.message : String(e);
}

/** Keeps the records that are valid; a damaged record is never handed out. */
function valid(records: readonly unknown[]): RememberedFigure[] {
  const out: RememberedFigure[] = [];
  for (const r of records) {
    const parsed = RememberedFigure.safeParse(r);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/** The meta, counted afresh when it is missing or damaged. */
async function metaOf(tx: MemoryTx): Promise<MemoryMeta> {
  const meta = await tx.meta();
  if (meta) return meta;
  const totals = await tx.totals();
  return { ...EMPTY_META, ...totals };
}

/** Removes records and takes them off the meta's counts. */
function removeAll(tx: MemoryTx, meta: MemoryMeta, records: readonly RememberedFigure[]): MemoryMeta {
  let bytes = meta.bytes;
  for (const r of records) {
    tx.remove(r.id);
    bytes -= r.size;
  }
  return {
    ...meta,
    figures: Math.max(0, meta.figures - records.length),
    bytes: Math.max(0, bytes),
  };
}

/** The drop notice after `count` more figures left for `reason`. */
function noticeAfter(previous: DropNotice | null, reason: DropReason, count: number, at: number): DropNotice {
  return {
    reason,
    count: (previous && previous.reason === reason ? previous.count : 0) + count,
    at,
  };
}

/**
 * The reading memory over a backend. Each write is one transaction (the page's figures land
 * together or not at all, and two tabs writing at once are serialized by the backend); a full
 * store drops its oldest figures and says so in the stats; nothing of a forgotten page is kept.
 */
export function createMemory(
  backend: MemoryBackend & { compact?: () => Promise<void> },
  now: () => number = Date.now,
): Memory {
  /** Builds the records of a page's figures (the last of two with the same id wins). */
  const recordsOf = (page: PageDraft, figures: readonly FigureDraft[], at: number) => {
    const key = memoryPageKey(page.url);
    const site = siteOf(page.url);
    if (!site) return { ok: false as const, error: `memory: no site in the page's address ${page.url}` };
    const byId = new Map<string, RememberedFigure>();
    for (const f of figures.slice(0, MAX_PAGE_FIGURES)) {
      const speaker = { claimant: f.claimant?.id ?? null, name: f.speaker };
      const quote = {
        exact: clip(f.quote.exact, 300),
        prefix: clip(f.quote.prefix.slice(-200), 200),
        suffix: clip(f.quote.suffix, 200),
      };
      const record: RememberedFigure = {
        id: figureId(key, f.quantity, speaker),
        pageKey: key,
        siteKey: siteKey(site),
        quantity: quantityKey(f.quantity),
        from: f.quantity.start,
        to: f.quantity.end,
        inferred: f.quantity.inferred,
        value: f.value,
        low: f.low,
        high: f.high,
        qualifier: f.qualifier,
        unit: clip(f.unit, 40),
        concept: clip(f.concept, 200),
        speaker: clip(f.speaker, 300),
        claimant: f.claimant,
        source: clip(sourceKey(speaker, quote), 1000),
        quote,
        page: {
          url: clip(key, 4000),
          title: clip(page.title, 1000),
          outlet: clip(page.outlet, 300),
          published: clip(page.published, 40),
          site,
        },
        topic: f.topic,
        readAt: at,
        size: 0,
      };
      record.size = encoder.encode(JSON.stringify(record)).length;
      const parsed = RememberedFigure.safeParse(record);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return {
          ok: false as const,
          error: `memory: figure "${quote.exact}" not kept: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
        };
      }
      byId.delete(record.id);
      byId.set(record.id, parsed.data);
    }
    return { ok: true as const, key, records: [...byId.values()] };
  };

  /** Drops the `count` oldest figures (a full quota), in a transaction of its own. */
  const dropOldest = (count: number, reason: DropReason) =>
    backend.run('write', async (tx) => {
      const meta = await metaOf(tx);
      const oldest = await tx.readBetween(null, null, count);
      const next = removeAll(tx, meta, oldest);
      tx.setMeta({ ...next, dropped: noticeAfter(meta.dropped, reason, oldest.length, now()) });
      return oldest.length;
    });

  const write = (key: string, records: readonly RememberedFigure[], limits: MemoryLimits, at: number) =>
    backend.run('write', async (tx) => {
      let meta = await metaOf(tx);
      const before = new Map((await tx.pageRecords(key)).map((r) => [r.id, r.size]));
      let added = 0;
      let replaced = 0;
      let bytes = meta.bytes;
      for (const r of records) {
        const old = before.get(r.id);
        if (old === undefined) added++;
        else {
          replaced++;
          bytes -= old;
        }
        bytes += r.size;
        tx.put(r);
      }
      meta = { ...meta, figures: meta.figures + added, bytes: Math.max(0, bytes) };
      const cutoff = at - limits.retentionDays * DAY_MS;
      const old = await tx.readBetween(null, cutoff, MAX_EXPIRED_PER_WRITE);
      meta = removeAll(tx, meta, old);
      let dropped = 0;
      if (meta.figures > limits.cap) {
        const oldest = await tx.readBetween(null, null, meta.figures - limits.cap);
        dropped = oldest.length;
        meta = removeAll(tx, meta, oldest);
        meta = { ...meta, dropped: noticeAfter(meta.dropped, 'cap', dropped, at) };
      }
      tx.setMeta(meta);
      return { ok: true as const, added, replaced, expired: old.length, dropped };
    });

  const stats = (): Promise<MemoryStats> =>
    backend.run('read', async (tx) => {
      const meta = await metaOf(tx);
      const [first] = await tx.readBetween(null, null, 1);
      return {
        figures: meta.figures,
        bytes: meta.bytes,
        oldest: first?.readAt ?? null,
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
        return await write(built.key, built.records, limits, at);
      } catch (e) {
        if (!isQuotaError(e)) return { ok: false, error: `memory: ${messageOf(e)}` };
      }
      // the browser's storage is full: drop the oldest (at least as many as this page brings), once
      try {
        const { figures: held } = await stats();
        const room = Math.max(built.records.length, Math.ceil(held * 0.05));
        const gone = await dropOldest(room, 'quota');
        const out = await write(built.key, built.records, limits, at);
        return { ...out, dropped: out.dropped + gone };
      } catch (e) {
        return { ok: false, error: `memory: storage is full (${messageOf(e)})` };
      }
    },

    async lookup(quantities, options) {
      const own = options.pageUrl ? memoryPageKey(options.pageUrl) : null;
      const notBefore = now() - options.retentionDays * DAY_MS;
      const keys = quantities.map(quantityKey);
      // one range per quantity key, from the earliest time any figure of the page asks for
      const earliest = new Map<string, number>();
      keys.forEach((k, i) => {
        const from = (quantities[i] as Quantity).start;
        earliest.set(k, Math.min(earliest.get(k) ?? Infinity, from));
      });
      const found = await backend.run('read', async (tx) => {
        const entries = [...earliest];
        const lists = await Promise.all(entries.map(([k, from]) => tx.quantityRecords(k, from)));
        return new Map(entries.map(([k], i) => [k, lists[i] ?? []]));
      });
      return quantities.map((q, i) => {
        const candidates = valid(found.get(keys[i] as string) ?? []).filter(
          (f) => f.pageKey !== own && f.readAt >= notBefore && f.from <= q.end && f.to >= q.start,
        );
        // a republished story (same speaker, same words) is one source: its newest reading stands
        const bySource = new Map<string, { figure: RememberedFigure; pages: Set<string> }>();
        for (const f of candidates) {
          const seen = bySource.get(f.source);
          if (!seen) bySource.set(f.source, { figure: f, pages: new Set([f.pageKey]) });
          else {
            seen.pages.add(f.pageKey);
            if (f.readAt > seen.figure.readAt) seen.figure = f;
          }
        }
        return [...bySource.values()]
          .map(({ figure, pages }) => ({ figure, copies: pages.size }))
          .sort((a, b) => b.figure.readAt - a.figure.readAt)
          .slice(0, MAX_RECALLED);
      });
    },

    async forget(scope) {
      const gone = await backend.run('write', async (tx) => {
        if (scope.kind === 'everything') {
          const meta = await metaOf(tx);
          tx.clear();
          tx.setMeta(EMPTY_META);
          return meta.figures;
        }
        let records: RememberedFigure[];
        if (scope.kind === 'page') records = await tx.pageRecords(memoryPageKey(scope.url));
        else if (scope.kind === 'site') {
          const site = scope.site.includes('://') ? siteOf(scope.site) : siteOf(`https://${scope.site}/`);
          const range = siteRange(site ?? scope.site);
          records = await tx.siteRecords(range.lower, range.upper);
        } else records = await tx.readBetween(scope.since, null);
        if (records.length === 0) return 0;
        tx.setMeta(removeAll(tx, await metaOf(tx), records));
        return records.length;
      });
      // a file store rewrites itself without the forgotten records (no trace left in its log)
      await backend.compact?.();
      return gone;
    },

    async expire(retentionDays) {
      return backend.run('write', async (tx) => {
        const old = await tx.readBetween(null, now() - retentionDays * DAY_MS, MAX_EXPIRED_PER_WRITE);
        if (old.length) tx.setMeta(removeAll(tx, await metaOf(tx), old));
        return old.length;
      });
    },

    stats,

    recent: async (since, before, limit) =>
      valid(await backend.run('read', (tx) => tx.newestFirst(since, before, limit))),
  };
}
