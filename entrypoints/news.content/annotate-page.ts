import { readArticle, rangeFor, type Article } from '../../utils/article';
import { requestAnalysis } from '../../utils/messaging/send';
import type { ClaimMatch, PageClaim } from '../../utils/schema';
import type { ReadExtent } from '../../utils/schema/replies';
import { unmatchedMatch } from '../../utils/schema/match';

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
  /** How much of the article the background read (a very long one is read up to a limit). */
  read: ReadExtent | null;
}

/** Lets the browser paint and handle input between two steps, so no step becomes a long task. */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((ok) => setTimeout(ok, 0));
}

/**
 * Reads the page and has the background extract and match its claims, then
 * maps them back to DOM ranges. Returns `previous` itself when the page still
 * shows the text it read, in the same nodes; null when `stale()` says a newer
 * pass or a shutdown overtook this one.
 */
export async function annotatePage(
  doc: Document,
  stale: () => boolean,
  previous: Pass | null = null,
): Promise<Pass | null> {
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
  if (previous && stillShown(previous, article.text)) return previous;
  // Extraction and matching happen in the background worker, off this page's main thread.
  const reply = article.text.trim()
    ? await requestAnalysis({
        type: 'analyze',
        article: article.meta,
        text: article.text,
        sections: article.sections,
        ...(article.lang ? { lang: article.lang } : {}),
      })
    : ({ ok: true, claims: [], matches: [], read: { words: 0, total: 0 } } as const);
  step('analyze');
  if (stale()) return null;
  const claims = reply.ok ? reply.claims : [];
  const byId = new Map<string, ClaimMatch>(reply.ok ? reply.matches.map((m) => [m.claimId, m]) : []);
  const annotated: Annotated[] = [];
  for (const claim of claims) {
    if (claim.end > article.text.length) continue;
    const range = rangeFor(article.map, claim.start, claim.end);
    if (range) annotated.push({ claim, match: byId.get(claim.id) ?? unmatchedMatch(claim.id), range });
  }
  step('ranges');
  return { article, annotated, error: reply.ok ? null : reply.error, read: reply.ok ? reply.read : null };
}

/** True when the page shows `text` and a pass over that text still has its nodes in the page. */
function stillShown(pass: Pass, text: string): boolean {
  const segs = pass.article.map.segments;
  if (segs.length > 0 && !(segs[0]!.node.isConnected && segs[segs.length - 1]!.node.isConnected))
    return false;
  return pass.article.text === text && pass.annotated.every((a) => a.range.startContainer.isConnected);
}
