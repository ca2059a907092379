import type { Dataset } from '../dataset/dataset';
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
