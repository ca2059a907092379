import { readArticle, rangeFor, type Article } from '../../utils/article';
import { requestMatches } from '../../utils/messaging/send';
import type { ClaimMatch, PageClaim } from '../../utils/schema';
import { extractInSlices } from './extract-in-slices';

/** One figure on the page: what was found, how it matched, where it is. */
export interface Annotated {
  claim: PageClaim;
  match: ClaimMatch;
  range: Range;
}

/** The outcome of one pass over the page. */
export interface Pass {
  article: Article;
  annotated: Annotated[];
  error: string | null;
}

const unmatched = (claimId: string): ClaimMatch => ({
  claimId,
  status: 'unmatched',
  topic: null,
  claimant: null,
  others: [],
});

/** Lets the browser paint and handle input between two steps, so no step becomes a long task. */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((ok) => setTimeout(ok, 0));
}

/**
 * Reads, extracts and matches the page, one step per task. Returns null when
 * `stale()` says a newer pass or a shutdown overtook this one.
 */
export async function annotatePage(doc: Document, stale: () => boolean): Promise<Pass | null> {
  // Start in a task of our own: the first pass is called from the page's DOMContentLoaded task.
  await yieldToMain();
  if (stale()) return null;
  let t = performance.now();
  // Each step's duration is left on the performance timeline for `npm run bench`.
  const step = (name: string) => {
    performance.measure(`tally:${name}`, { start: t, end: performance.now() });
    t = performance.now();
  };
  const article = readArticle(doc, doc.location?.href ?? null);
  step('read');
  await yieldToMain();
  if (stale()) return null;
  t = performance.now();
  const claims = await extractInSlices(
    article.text,
    article.blocks,
    article.meta.published,
    yieldToMain,
    stale,
  );
  if (!claims) return null;
  step('extract');
  const reply = claims.length
    ? await requestMatches({ type: 'match', article: article.meta, claims })
    : ({ ok: true, matches: [] } as const);
  step('match');
  if (stale()) return null;
  const byId = new Map<string, ClaimMatch>(reply.ok ? reply.matches.map((m) => [m.claimId, m]) : []);
  const annotated: Annotated[] = [];
  for (const claim of claims) {
    const range = rangeFor(article.map, claim.start, claim.end);
    if (range) annotated.push({ claim, match: byId.get(claim.id) ?? unmatched(claim.id), range });
  }
  step('ranges');
  return { article, annotated, error: reply.ok ? null : reply.error };
}

/** True when the page still shows the text a pass read (same text, same nodes). */
export function passIsCurrent(pass: Pass | null, doc: Document): boolean {
  if (!pass) return false;
  const segs = pass.article.map.segments;
  if (segs.length > 0 && !(segs[0]!.node.isConnected && segs[segs.length - 1]!.node.isConnected))
    return false;
  if (!pass.annotated.every((a) => a.range.startContainer.isConnected)) return false;
  return readArticle(doc).text === pass.article.text;
}
