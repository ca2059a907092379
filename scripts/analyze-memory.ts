/**
 * The analyzer's reading memory (`npm run analyze -- --jsonl --memory FILE`): the same memory
 * module as the extension's, over a file store, on, with the default retention and cap.
 */
import { createMemory, DEFAULT_MEMORY_SETTINGS } from '../utils/memory';
import { openFileBackend } from '../utils/memory/file-backend';
import { createMemoryService } from '../utils/memory/service';
import type { ArticleMeta, ClaimMatch, PageClaim } from '../utils/schema';

/** A reading memory kept in a file across the documents of a run and across runs. */
export interface RunMemory {
  /**
   * A document's matches with what the memory recalls (`origin: "memory"`), its own figures
   * remembered before the next document is read.
   */
  recall(
    text: string,
    meta: ArticleMeta,
    claims: readonly PageClaim[],
    matches: readonly ClaimMatch[],
  ): Promise<ClaimMatch[]>;
}

/** The address a document without one is remembered under: one per document id. */
export function documentUrl(id: string): string {
  return `https://document.invalid/${encodeURIComponent(id)}`;
}

/** Opens (or creates) the memory in `path`; throws when the file is not a Tally memory. */
export function openRunMemory(path: string): RunMemory {
  const memory = createMemory(openFileBackend(path));
  const settings = { ...DEFAULT_MEMORY_SETTINGS, enabled: true };
  const service = createMemoryService({
    memory: () => memory,
    settings: async () => settings,
    setSettings: async () => settings,
  });
  return {
    async recall(text, meta, claims, matches) {
      const url = meta.url ?? documentUrl(meta.headline ?? '');
      const got = await service.recall({ text, article: meta }, claims, matches, { url, incognito: false });
      const out = await got.remembered;
      if (out && !out.ok) process.stderr.write(`analyze: ${out.error}\n`);
      return got.matches;
    },
  };
}
