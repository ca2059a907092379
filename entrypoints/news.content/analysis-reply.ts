import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { describeError } from '../../utils/messaging/describe-error';
import type { ContentToBackground } from '../../utils/schema/messages';
import { PageClaim } from '../../utils/schema/claim';
import { ClaimMatch } from '../../utils/schema/match';
import { Failure, ReadExtent, type AnalyzeReply } from '../../utils/schema/replies';

/** `AnalyzeReply` with its lists not yet looked into: they are checked item by item, in steps. */
const Envelope = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    claims: z.array(z.unknown()),
    matches: z.array(z.unknown()),
    read: ReadExtent,
  }),
  Failure,
]);

/** Items validated between two checks of the time budget. */
const ITEMS_PER_CHECK = 64;

/** Validates each item of `items` with `schema`, pausing when asked; an error names the first bad item. */
function* eachValid<T>(
  schema: z.ZodMiniType<T>,
  items: readonly unknown[],
  name: string,
  pause: () => boolean,
): Generator<void, { ok: true; items: T[] } | { ok: false; error: string }> {
  const out: T[] = [];
  for (const [i, item] of items.entries()) {
    if (i % ITEMS_PER_CHECK === ITEMS_PER_CHECK - 1 && pause()) yield;
    const parsed = schema.safeParse(item);
    if (!parsed.success)
      return { ok: false, error: `invalid reply: ${name}[${i}]: ${describeError(parsed.error)}` };
    out.push(parsed.data);
  }
  return { ok: true, items: out };
}

/**
 * Checks the background's reply to `analyze` exactly as `AnalyzeReply` would,
 * in steps: a long page's thousands of claims and matches, checked at once,
 * would make one long task on the page.
 */
export function* analyzeReplySteps(raw: unknown, pause: () => boolean): Generator<void, AnalyzeReply> {
  const envelope = Envelope.safeParse(raw);
  if (!envelope.success) return { ok: false, error: `invalid reply: ${describeError(envelope.error)}` };
  const reply = envelope.data;
  if (!reply.ok) return reply;
  const claims = yield* eachValid(PageClaim, reply.claims, 'claims', pause);
  if (!claims.ok) return claims;
  const matches = yield* eachValid(ClaimMatch, reply.matches, 'matches', pause);
  if (!matches.ok) return matches;
  return { ok: true, claims: claims.items, matches: matches.items, read: reply.read };
}

/** Sends `analyze` to the background; its reply, unchecked, or the failure to send it. */
export async function sendAnalyze(msg: Extract<ContentToBackground, { type: 'analyze' }>): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(msg);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
