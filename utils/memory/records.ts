import type * as z from 'zod/mini';
import type { MemoryTx } from './backend';
import { bucketOf } from './buckets';
import {
  figureId,
  figureIdentity,
  memoryPageKey,
  quantityKey,
  siteKey,
  siteOf,
  sourceKey,
  type Quantity,
} from './identity';
import {
  EMPTY_META,
  MemoryMeta,
  PageEntry,
  RememberedFigure,
  StoredPage,
  type DropNotice,
  type DropReason,
  type MemoryQuote,
} from './schema';

/** The most figures remembered from one page (a longer page's first ones are kept). */
export const MAX_PAGE_FIGURES = 10_000;

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

/** A page's new records, ready to store. */
export interface PageRecords {
  url: string;
  siteKey: string;
  records: RememberedFigure[];
}

/** A string cut to `max` characters. */
function clip(s: string, max: number): string;
function clip(s: string | null, max: number): string | null;
function clip(s: string | null, max: number): string | null {
  return s === null ? null : s.length > max ? s.slice(0, max) : s;
}

/** Fields and punctuation of a record beyond its text, as JSON (characters). */
const RECORD_OVERHEAD = 420;

/**
 * About how much a record takes stored (its JSON text's length, counted from its strings without
 * writing it out): what the options page adds up as storage used.
 */
function sizeOf(r: RememberedFigure): number {
  let n =
    RECORD_OVERHEAD + r.id.length + r.url.length + r.siteKey.length + r.quantity.length + r.source.length;
  for (const s of [
    r.unit,
    r.concept,
    r.speaker,
    r.claimant?.id,
    r.claimant?.name,
    r.topic?.id,
    r.topic?.label,
  ])
    n += s?.length ?? 0;
  for (const s of [r.page.title, r.page.outlet, r.page.published, r.page.site]) n += s?.length ?? 0;
  n += r.quote.exact.length + r.quote.prefix.length + r.quote.suffix.length;
  return n;
}

/**
 * The records of a page's figures read at `at`: one per page, quantity and speaker (the page's
 * last reading of a figure wins), each validated. A figure that cannot be kept fails the whole
 * page with a precise error: nothing of it is stored.
 */
export function recordsOf(
  page: PageDraft,
  figures: readonly FigureDraft[],
  at: number,
): ({ ok: true } & PageRecords) | { ok: false; error: string } {
  const url = memoryPageKey(page.url);
  const site = siteOf(page.url);
  if (!site) return { ok: false, error: `memory: no site in the page's address ${page.url}` };
  const sk = siteKey(site);
  // one figure per identity (the page's last reading of it): only those are built and validated
  const latest = new Map<string, [FigureDraft, string]>();
  for (const f of figures.slice(0, MAX_PAGE_FIGURES)) {
    const quantity = quantityKey(f.quantity);
    const identity = figureIdentity(
      f.quantity,
      { claimant: f.claimant?.id ?? null, name: f.speaker },
      quantity,
    );
    latest.delete(identity);
    latest.set(identity, [f, quantity]);
  }
  const records: RememberedFigure[] = [];
  for (const [f, quantity] of latest.values()) {
    const id = figureId(url, f.quantity, { claimant: f.claimant?.id ?? null, name: f.speaker }, quantity);
    const quote = {
      exact: clip(f.quote.exact, 300),
      prefix: f.quote.prefix.slice(-200),
      suffix: clip(f.quote.suffix, 200),
    };
    const record: RememberedFigure = {
      id,
      url,
      siteKey: sk,
      quantity,
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
      source: sourceKey({ claimant: f.claimant?.id ?? null, name: f.speaker }, quote),
      quote,
      page: {
        title: clip(page.title, 1000),
        outlet: clip(page.outlet, 300),
        published: clip(page.published, 40),
        site,
      },
      topic: f.topic,
      readAt: at,
      size: 0,
    };
    record.size = sizeOf(record);
    const parsed = RememberedFigure.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid';
      return { ok: false, error: `memory: figure "${quote.exact}" not kept: ${where}` };
    }
    records.push(parsed.data);
  }
  return { ok: true, url, siteKey: sk, records };
}

/** A page's record and directory entry for `figures`, or null when none are left. */
export function pageWith(
  url: string,
  site: string,
  figures: RememberedFigure[],
): { page: StoredPage; entry: PageEntry } | null {
  if (figures.length === 0) return null;
  let oldest = Infinity;
  let newest = -Infinity;
  let bytes = 0;
  for (const f of figures) {
    oldest = Math.min(oldest, f.readAt);
    newest = Math.max(newest, f.readAt);
    bytes += f.size;
  }
  const buckets = [...new Set(figures.map((f) => bucketOf(f.from, f.to)))];
  return {
    page: { url, figures },
    entry: { url, siteKey: site, oldest, newest, buckets, figures: figures.length, bytes },
  };
}

/** The records among `raw` that `schema` accepts: a damaged one is never handed out or acted on. */
function valid<T>(schema: z.ZodMiniType<T>, raw: readonly unknown[]): T[] {
  const out: T[] = [];
  for (const r of raw) {
    const parsed = schema.safeParse(r);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/** The valid directory entries among `raw`. */
export const validEntries = (raw: readonly unknown[]): PageEntry[] => valid(PageEntry, raw);

/** The valid page records among `raw`. */
export const validPages = (raw: readonly unknown[]): StoredPage[] => valid(StoredPage, raw);

/** The meta, counted afresh from the pages when it is missing or damaged. */
export async function metaOf(tx: MemoryTx): Promise<MemoryMeta> {
  const parsed = MemoryMeta.safeParse(await tx.meta());
  if (parsed.success) return parsed.data;
  let figures = 0;
  let bytes = 0;
  for (const e of validEntries(await tx.entriesReadBefore(null, Infinity))) {
    figures += e.figures;
    bytes += e.bytes;
  }
  return { ...EMPTY_META, figures, bytes };
}

/** The meta with `figures` figures of `bytes` bytes fewer (and a drop noted, when `reason` is given). */
export function metaLess(
  meta: MemoryMeta,
  gone: { figures: number; bytes: number },
  reason?: { why: DropReason; at: number },
): MemoryMeta {
  let dropped: DropNotice | null = meta.dropped;
  if (reason && gone.figures > 0) {
    const before = meta.dropped?.reason === reason.why ? meta.dropped.count : 0;
    dropped = { reason: reason.why, count: before + gone.figures, at: reason.at };
  }
  return {
    figures: Math.max(0, meta.figures - gone.figures),
    bytes: Math.max(0, meta.bytes - gone.bytes),
    dropped,
  };
}
