import type * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import type { ContentToBackground, UiToBackground } from '../schema/messages';
import {
  DatasetInfoReply,
  FocusClaimReply,
  MatchReply,
  PageSummaryReply,
  type UiToContent,
} from '../schema/replies';
import { describeError } from './describe-error';

async function validated<S extends z.ZodMiniType>(schema: S, send: () => Promise<unknown>) {
  type Reply = z.infer<S>;
  try {
    const raw = await send();
    const parsed = schema.safeParse(raw);
    return parsed.success
      ? (parsed.data as Reply)
      : ({ ok: false, error: `invalid reply: ${describeError(parsed.error)}` } as Reply);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) } as Reply;
  }
}

/** Asks the background to match a page's claims; the reply is validated too. */
export function requestMatches(msg: Extract<ContentToBackground, { type: 'match' }>): Promise<MatchReply> {
  return validated(MatchReply, () => browser.runtime.sendMessage(msg));
}

/** Asks the background what the loaded dataset holds. */
export function requestDatasetInfo(): Promise<DatasetInfoReply> {
  const msg: UiToBackground = { type: 'dataset-info' };
  return validated(DatasetInfoReply, () => browser.runtime.sendMessage(msg));
}

/** Asks a tab's content script what it found on its page. */
export function requestPageSummary(tabId: number): Promise<PageSummaryReply> {
  const msg: UiToContent = { type: 'page-summary' };
  return validated(PageSummaryReply, () => browser.tabs.sendMessage(tabId, msg));
}

/** Asks a tab's content script to scroll to a claim and open its popover. */
export function requestFocusClaim(tabId: number, claimId: string): Promise<FocusClaimReply> {
  const msg: UiToContent = { type: 'focus-claim', claimId };
  return validated(FocusClaimReply, () => browser.tabs.sendMessage(tabId, msg));
}
