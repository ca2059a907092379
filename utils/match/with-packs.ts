import type { Dataset } from '../dataset/dataset';
import { loadBundledDataset } from '../dataset/load';
import type { PackStore } from '../dataset/pack-store';
import { packFromStored } from '../dataset/pack';
import { createMatcher } from './matcher';
import type { Matcher } from './matcher';

/**
 * A matcher over the bundled dataset and the stored packs that are still valid: a pack that
 * no longer validates (edited storage, an older format) is left out and named in `skipped`,
 * so it can never take the bundled dataset or the other packs down with it.
 */
export function matcherWithPacks(
  bundled: Dataset,
  stored: readonly unknown[],
): { matcher: Matcher; skipped: string[] } {
  const packs: Dataset[] = [];
  const skipped: string[] = [];
  for (const s of stored) {
    try {
      packs.push(packFromStored(s, bundled));
    } catch (e) {
      const name =
        typeof s === 'object' && s !== null && 'name' in s ? String((s as { name: unknown }).name) : '?';
      skipped.push(`${name}: ${(e as Error).message.split('\n')[0] ?? ''}`);
    }
  }
  return { matcher: createMatcher(bundled, packs), skipped };
}

/**
 * Everything the background needs in one call: the bundled dataset (read as for
 * loadBundledDataset) and the packs kept in `store`, validated and indexed. A pack store that
 * cannot be read (IndexedDB unavailable) leaves the bundled dataset working on its own.
 */
export async function loadMatcher(
  read: (file: string) => Promise<string>,
  store?: PackStore,
): Promise<{ matcher: Matcher; skipped: string[] }> {
  const bundled = await loadBundledDataset(read);
  let stored: unknown[] = [];
  const skipped: string[] = [];
  if (store) {
    try {
      stored = await store.list();
    } catch (e) {
      skipped.push(`packs: ${(e as Error).message}`);
    }
  }
  const out = matcherWithPacks(bundled, stored);
  return { matcher: out.matcher, skipped: [...skipped, ...out.skipped] };
}
