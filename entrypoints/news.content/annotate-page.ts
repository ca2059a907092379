import { rangeFor, readArticleSteps, type Article } from '../../utils/article';
import type { ClaimMatch, PageClaim } from '../../utils/schema';
import type { ReadExtent } from '../../utils/schema/replies';
import { unmatchedMatch } from '../../utils/schema/match';
import { analyzeReplySteps, sendAnalyze } from './analysis-reply';

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

/** Work on the page's main thread goes in slices of about this long, with the page running between them. */
const SLICE_MS = 12;

/** A clock for one slice of work: `over()` once the slice has run its time. */
function sliceClock(): { over(): boolean; restart(): void } {
  let start = performance.now();
  return { over: () => performance.now() - start > SLICE_MS, restart: () => (start = performance.now()) };
}

/**
 * Runs a reading made in steps, yielding to the page whenever a slice has run its time;
 * null when `stale()` says to stop.
 */
async function inSlices<T>(
  make: (pause: () => boolean) => Generator<void, T>,
  stale: () => boolean,
): Promise<T | null> {
  const clock = sliceClock();
  const steps = make(clock.over);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await yieldToMain();
    if (stale()) return null;
    clock.restart();
  }
}

/** Each claim's range in the page, in slices (a long page has thousands). */
function* rangesSteps(
  article: Article,
  claims: readonly PageClaim[],
  byId: ReadonlyMap<string, ClaimMatch>,
  pause: () => boolean,
): Generator<void, Annotated[]> {
  const annotated: Annotated[] = [];
  for (const [i, claim] of claims.entries()) {
    if (i % 64 === 63 && pause()) yield;
    if (claim.end > article.text.length) continue;
    const range = rangeFor(article.map, claim.start, claim.end);
    if (range) annotated.push({ claim, match: byId.get(claim.id) ?? unmatchedMatch(claim.id), range });
  }
  return annotated;
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
  const article = await inSlices((pause) => readArticleSteps(doc, doc.location?.href ?? null, pause), stale);
  if (!article) return null;
  step('read');
  if (previous && stillShown(previous, article.text)) return previous;
  // Extraction and matching happen in the background worker, off this page's main thread.
  const raw = article.text.trim()
    ? await sendAnalyze({
        type: 'analyze',
        article: article.meta,
        text: article.text,
        sections: article.sections,
        ...(article.lang ? { lang: article.lang } : {}),
      })
    : { ok: true, claims: [], matches: [], read: { words: 0, total: 0 } };
  step('analyze');
  // The reply was read from the message in the task that delivered it (a long page's is large):
  // checking it starts in a task of its own.
  await yieldToMain();
  if (stale()) return null;
  const reply = await inSlices((pause) => analyzeReplySteps(raw, pause), stale);
  if (!reply) return null;
  const claims = reply.ok ? reply.claims : [];
  const byId = new Map<string, ClaimMatch>(reply.ok ? reply.matches.map((m) => [m.claimId, m]) : []);
  const annotated = await inSlices((pause) => rangesSteps(article, claims, byId, pause), stale);
  if (!annotated) return null;
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
