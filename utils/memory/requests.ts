import { browser } from 'wxt/browser';
import { validated } from '../messaging/send';
import { MemoryForgetReply, MemoryPagesReply, MemorySettingsReply, MemoryStatsReply } from '../schema/memory';
import { NoteReply } from '../schema/notes';
import type { ForgetScope, StoredPage } from './schema';
import type { MemorySettings } from './settings';

// What the extension's pages ask the worker of the reading memory; every reply validated.

/** The memory settings; with `patch`, changed first. */
export function requestMemorySettings(patch?: Partial<MemorySettings>): Promise<MemorySettingsReply> {
  return validated(MemorySettingsReply, () =>
    browser.runtime.sendMessage({ type: 'memory-settings', ...(patch ? { patch } : {}) }),
  );
}

/** How many figures the memory holds, how much storage it uses, its last drop. */
export function requestMemoryStats(): Promise<MemoryStatsReply> {
  return validated(MemoryStatsReply, () => browser.runtime.sendMessage({ type: 'memory-stats' }));
}

/** Forgets a page, a site, what was read since a time, or everything. */
export function requestForget(scope: ForgetScope): Promise<MemoryForgetReply> {
  return validated(MemoryForgetReply, () => browser.runtime.sendMessage({ type: 'memory-forget', scope }));
}

/** The pages remembered, most recently read first: `limit` of them read before `before`. */
export function requestMemoryPages(before: number | null, limit: number): Promise<MemoryPagesReply> {
  return validated(MemoryPagesReply, () =>
    browser.runtime.sendMessage({ type: 'memory-pages', before, limit }),
  );
}

/** Notes a remembered figure (its page and id): the note as stored, or why it was not. */
export function requestNoteRemembered(url: string, id: string): Promise<NoteReply> {
  return validated(NoteReply, () => browser.runtime.sendMessage({ type: 'memory-note', url, id }));
}

/** Pages asked for at a time when all are wanted (the request's limit). */
const ALL_PAGES_STEP = 500;

/** Every page remembered, most recently read first (an export's), or the first error. */
export async function requestAllMemoryPages(): Promise<
  { ok: true; pages: StoredPage[] } | { ok: false; error: string }
> {
  const pages: StoredPage[] = [];
  let before: number | null = null;
  for (;;) {
    const reply = await requestMemoryPages(before, ALL_PAGES_STEP);
    if (!reply.ok) return reply;
    pages.push(...reply.pages);
    if (reply.next === null) return { ok: true, pages };
    before = reply.next;
  }
}
