import { extractSections } from '../extract';
import type { AnalyzeRequest, ClaimMatch, PageClaim } from '../schema';
import type { ReadExtent } from '../schema/replies';
import { planReading, MAX_WORDS, CHUNK_WORDS } from './read-plan';

/** Lets the worker answer messages that came in meanwhile (a side panel's, another tab's). */
export const yieldToWorker = (): Promise<void> => new Promise((ok) => setTimeout(ok, 0));

/** Limits of one analysis; tests and the bench pass smaller ones. */
export interface AnalyzeLimits {
  maxWords: number;
  chunkWords: number;
}

/** Claims of a piece extracted on its own, moved to where the piece is in the whole text. */
function shifted(found: readonly PageClaim[], by: number): PageClaim[] {
  if (by === 0) return found.slice();
  const id = (local: string) => `c${Number(local.slice(1)) + by}`;
  return found.map((c) => ({
    ...c,
    id: id(c.id),
    start: c.start + by,
    end: c.end + by,
    sameAs: c.sameAs === null ? null : id(c.sameAs),
  }));
}

/**
 * Extracts an article's claims the way the background serves `analyze`: at most
 * `maxWords` words (the reply says how many of how many were read), in pieces of about
 * `chunkWords` words cut at line breaks, yielding to the worker's other messages between
 * pieces so none waits behind a long page. A text shorter than one piece is extracted
 * whole, exactly as `extractSections` does.
 */
export async function extractArticle(
  msg: Pick<AnalyzeRequest, 'text' | 'article' | 'sections' | 'lang'>,
  limits: AnalyzeLimits = { maxWords: MAX_WORDS, chunkWords: CHUNK_WORDS },
): Promise<{ claims: PageClaim[]; read: ReadExtent }> {
  const plan = planReading(msg.text, limits.maxWords, limits.chunkWords);
  const claims: PageClaim[] = [];
  for (const [i, chunk] of plan.chunks.entries()) {
    if (i > 0) await yieldToWorker();
    const sections = (msg.sections ?? [])
      .filter((s) => s.start < chunk.end && s.end > chunk.start)
      .map((s) => ({
        start: Math.max(s.start, chunk.start) - chunk.start,
        end: Math.min(s.end, chunk.end) - chunk.start,
        published: s.published,
        lang: s.lang ?? null,
      }));
    const found = extractSections(
      msg.text.slice(chunk.start, chunk.end),
      msg.article.published,
      sections,
      msg.lang ?? null,
    );
    claims.push(...shifted(found, chunk.start));
  }
  return { claims, read: { words: plan.words, total: plan.total } };
}

/** What `analyze` needs of the matcher. */
export interface MatchesClaims {
  match(claims: PageClaim[], meta: AnalyzeRequest['article']): ClaimMatch[];
}

/** Serves `analyze`: extracts (see {@link extractArticle}), yields once more, then matches. */
export async function analyzeArticle(
  msg: AnalyzeRequest,
  matcher: () => Promise<MatchesClaims>,
  limits?: AnalyzeLimits,
): Promise<{ ok: true; claims: PageClaim[]; matches: ClaimMatch[]; read: ReadExtent }> {
  const { claims, read } = await extractArticle(msg, limits);
  const m = await matcher();
  await yieldToWorker();
  return { ok: true, claims, matches: m.match(claims, msg.article), read };
}
