import type { Block } from '../../utils/article';
import { extractClaims } from '../../utils/extract';
import type { PageClaim } from '../../utils/schema';

/** About this many characters are extracted per task (a few milliseconds, even before the JIT warms up). */
export const SLICE_CHARS = 12_000;

/**
 * Extracts claims paragraph-slice by paragraph-slice, yielding between slices
 * so a long article never blocks the page in one task. Offsets, ids and
 * `sameAs` links are shifted back to the whole text. A speaker named in one
 * slice is not carried into the next: slices end at paragraph breaks, where
 * attribution rarely carries over.
 */
export async function extractInSlices(
  text: string,
  blocks: readonly Block[],
  published: string | null,
  pause: () => Promise<void>,
  stale: () => boolean,
): Promise<PageClaim[] | null> {
  const out: PageClaim[] = [];
  let i = 0;
  while (i < blocks.length) {
    const from = blocks[i]!.start;
    let j = i;
    while (j + 1 < blocks.length && blocks[j + 1]!.end - from <= SLICE_CHARS) j++;
    const to = blocks[j]!.end;
    const ids = new Map<string, string>();
    const found = extractClaims(text.slice(from, to), { published });
    for (const c of found) ids.set(c.id, `c${c.start + from}`);
    for (const c of found) {
      out.push({
        ...c,
        id: ids.get(c.id)!,
        start: c.start + from,
        end: c.end + from,
        sameAs: c.sameAs === null ? null : (ids.get(c.sameAs) ?? null),
      });
    }
    i = j + 1;
    if (i < blocks.length) {
      await pause();
      if (stale()) return null;
    }
  }
  return out;
}
