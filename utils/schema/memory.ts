import * as z from 'zod/mini';
import { ForgetScope, MemoryStats, StoredPage } from '../memory/schema';
import { MemorySettings } from '../memory/settings';
import { Failure } from './replies';

// The reading memory's messages: all ui→background (the extension's own pages only). A content
// script never reads or changes the memory; its page's figures reach it through `analyze`.

/** `memory-settings`: a UI page reads the memory settings, or changes some of them. */
export const MemorySettingsRequest = z.object({
  type: z.literal('memory-settings'),
  patch: z.optional(z.partial(MemorySettings)),
});

/** `memory-stats`: how many figures the memory holds, how much storage, the last drop. */
export const MemoryStatsRequest = z.object({ type: z.literal('memory-stats') });

/** `memory-forget`: forget a page, a site, the last hour or day, or everything. */
export const MemoryForgetRequest = z.object({ type: z.literal('memory-forget'), scope: ForgetScope });

/** `memory-pages`: the pages remembered, most recently read first, with their figures (the "Read" view). */
export const MemoryPagesRequest = z.object({
  type: z.literal('memory-pages'),
  /** Pages read before this time (the previous reply's `next`), or from the newest. */
  before: z.nullable(z.number()),
  limit: z.int().check(z.gte(1), z.lte(500)),
});

/** `memory-note`: note a remembered figure (its page's address and the figure's id), in one click. */
export const MemoryNoteRequest = z.object({
  type: z.literal('memory-note'),
  url: z.string().check(z.minLength(1), z.maxLength(4000)),
  id: z.string().check(z.minLength(1), z.maxLength(4100)),
});
/** @see MemoryNoteRequest */
export type MemoryNoteRequest = z.infer<typeof MemoryNoteRequest>;

/** A reply: `fields` when it went well, else the failure. */
const replyOf = <S extends z.core.$ZodLooseShape>(fields: S) =>
  z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), ...fields }), Failure]);

/** Reply to `memory-settings`: the settings as stored. */
export const MemorySettingsReply = replyOf({ settings: MemorySettings });
/** @see MemorySettingsReply */
export type MemorySettingsReply = z.infer<typeof MemorySettingsReply>;

/** Reply to `memory-stats`. */
export const MemoryStatsReply = replyOf({ stats: MemoryStats });
/** @see MemoryStatsReply */
export type MemoryStatsReply = z.infer<typeof MemoryStatsReply>;

/** Reply to `memory-forget`: how many figures went. */
export const MemoryForgetReply = replyOf({ forgotten: z.int().check(z.nonnegative()) });
/** @see MemoryForgetReply */
export type MemoryForgetReply = z.infer<typeof MemoryForgetReply>;

/** Reply to `memory-pages`: a page of pages, and where the next one starts (null: no more). */
export const MemoryPagesReply = replyOf({ pages: z.array(StoredPage), next: z.nullable(z.number()) });
/** @see MemoryPagesReply */
export type MemoryPagesReply = z.infer<typeof MemoryPagesReply>;

/** The memory's requests (ui→background). */
export const MEMORY_FROM_UI = [
  MemorySettingsRequest,
  MemoryStatsRequest,
  MemoryForgetRequest,
  MemoryPagesRequest,
  MemoryNoteRequest,
] as const;

/** A memory request the memory answers alone (`memory-note` also needs the ledger). */
export type MemoryRequest = Exclude<z.infer<(typeof MEMORY_FROM_UI)[number]>, MemoryNoteRequest>;

/** A memory reply. */
export type MemoryReply = MemorySettingsReply | MemoryStatsReply | MemoryForgetReply | MemoryPagesReply;
