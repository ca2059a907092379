import type { AnalyzeRequest, ClaimMatch, PageClaim } from '../schema';
import type { MemoryReply, MemoryRequest } from '../schema/memory';
import { figureDrafts, pageDraft, quantityOf } from './from-claims';
import type { Memory, RememberResult } from './memory';
import type { RememberedFigure } from './schema';
import { withRecalled, type Asked } from './recall';
import { memoryAccess, type MemorySettings, type ReadingContext } from './settings';

/** What the worker's memory needs: the store (opened on first use) and the reader's settings. */
export interface MemoryServiceDeps {
  memory: () => Memory;
  settings: () => Promise<MemorySettings>;
  setSettings: (patch: Partial<MemorySettings>) => Promise<MemorySettings>;
  /**
   * Whether the store exists (was ever written). While the memory is off and it does not, the
   * extension pages' questions are answered without opening it, so no database is created for a
   * reader who never turned the memory on. Absent: the store is taken to exist.
   */
  exists?: () => Promise<boolean>;
}

/** The answers of a memory that holds nothing. */
const EMPTY_STATS = { figures: 0, bytes: 0, oldest: null, dropped: null } as const;

/** An analysed page's matches with the memory's cross-references, and its own figures being remembered. */
export interface Recollection {
  matches: ClaimMatch[];
  /** Settles once the page's figures are stored (null: nothing was to be remembered). */
  remembered: Promise<RememberResult | null>;
}

/** The reading memory as the background serves it. */
export interface MemoryService {
  /** Adds what the memory recalls to a page's matches, and remembers the page's figures (as the settings allow). */
  recall(
    msg: Pick<AnalyzeRequest, 'text' | 'article'>,
    claims: readonly PageClaim[],
    matches: readonly ClaimMatch[],
    where: ReadingContext,
  ): Promise<Recollection>;
  /** A remembered figure of a page, or null when it is not (or no longer) remembered. */
  figure(url: string, id: string): Promise<RememberedFigure | null>;
  /** Answers the extension pages' memory messages. */
  handle(msg: MemoryRequest): Promise<MemoryReply>;
}

const NOTHING: Promise<null> = Promise.resolve(null);

/** The worker's reading memory: off (reading nothing, writing nothing) until the reader turns it on. */
export function createMemoryService(deps: MemoryServiceDeps): MemoryService {
  /** Whether the store was never made and the memory is off: then it is not opened to answer. */
  const untouched = async (): Promise<boolean> =>
    deps.exists !== undefined && !(await deps.settings()).enabled && !(await deps.exists());
  return {
    async recall(msg, claims, matches, where) {
      const settings = await deps.settings();
      const access = memoryAccess(settings, where);
      if (!access.lookup) return { matches: matches.slice(), remembered: NOTHING };
      const memory = deps.memory();
      const published = msg.article.published;
      const asked: { index: number; asked: Asked }[] = [];
      claims.forEach((claim, index) => {
        const quantity = quantityOf(claim, published);
        if (quantity && where.url) asked.push({ index, asked: { claim, quantity, url: where.url } });
      });
      const recalled = asked.length
        ? await memory.lookup(
            asked.map((a) => a.asked.quantity),
            { pageUrl: where.url, retentionDays: settings.retentionDays },
          )
        : [];
      const out = matches.slice();
      asked.forEach((a, i) => {
        const match = out[a.index];
        if (match) out[a.index] = withRecalled(match, a.asked, recalled[i] ?? []);
      });
      if (!access.remember || !where.url) return { matches: out, remembered: NOTHING };
      // the page's own figures, with what the dataset said of them (not what the memory added)
      const drafts = figureDrafts(msg.text, claims, matches, published);
      const remembered = drafts.length
        ? memory.remember(pageDraft(where.url, msg.article), drafts, {
            cap: settings.cap,
            retentionDays: settings.retentionDays,
          })
        : NOTHING;
      return { matches: out, remembered };
    },

    async figure(url, id) {
      if (await untouched()) return null;
      const [page] = await deps.memory().pages([url]);
      return page?.figures.find((f) => f.id === id) ?? null;
    },

    async handle(msg) {
      if (msg.type !== 'memory-settings' && (await untouched())) {
        if (msg.type === 'memory-stats') return { ok: true, stats: { ...EMPTY_STATS } };
        if (msg.type === 'memory-forget') return { ok: true, forgotten: 0 };
        return { ok: true, pages: [], next: null };
      }
      switch (msg.type) {
        case 'memory-settings': {
          if (!msg.patch) return { ok: true, settings: await deps.settings() };
          const settings = await deps.setSettings(msg.patch);
          // a shorter retention takes effect at once
          if (msg.patch.retentionDays !== undefined && !(await untouched()))
            await deps.memory().expire(settings.retentionDays);
          return { ok: true, settings };
        }
        case 'memory-stats':
          return { ok: true, stats: await deps.memory().stats() };
        case 'memory-forget':
          return { ok: true, forgotten: await deps.memory().forget(msg.scope) };
        case 'memory-pages': {
          const memory = deps.memory();
          const entries = await memory.entries(msg.before, msg.limit);
          const pages = await memory.pages(entries.map((e) => e.url));
          const order = new Map(entries.map((e, i) => [e.url, i]));
          pages.sort((a, b) => (order.get(a.url) ?? 0) - (order.get(b.url) ?? 0));
          const last = entries[entries.length - 1];
          return { ok: true, pages, next: entries.length === msg.limit && last ? last.newest : null };
        }
      }
    },
  };
}
