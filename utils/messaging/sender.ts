/** The part of `runtime.MessageSender` the background decides on. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string; incognito?: boolean };
  frameId?: number;
}

/**
 * Who sent a message, as the browser reports it (a sender cannot choose these fields):
 * one of the extension's own pages (popup, side panel, options, opened in a tab or not), or
 * a content script in a tab, with the URL of the page it runs in.
 */
export type Sender =
  | { kind: 'extension-page' }
  | {
      kind: 'content';
      tabId: number;
      frameId: number;
      pageUrl: string;
      /** Read in a private window: the reading memory keeps nothing of it. */
      incognito?: boolean;
    }
  | { kind: 'unknown' };

/**
 * Classifies a sender for the extension whose id is `extensionId` and whose pages live
 * under `extensionBase` (`runtime.getURL('/')`). A content script's `url` is its page's, never
 * the extension's; anything else (another extension, no URL) is `unknown` and served nothing.
 */
export function classifySender(sender: SenderInfo, extensionId: string, extensionBase: string): Sender {
  if (sender.id !== extensionId || !sender.url) return { kind: 'unknown' };
  if (sender.url.startsWith(extensionBase)) return { kind: 'extension-page' };
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) return { kind: 'unknown' };
  return {
    kind: 'content',
    tabId,
    frameId: sender.frameId ?? 0,
    pageUrl: sender.url,
    incognito: sender.tab?.incognito === true,
  };
}
