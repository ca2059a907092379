/** Senders as the background classifies them, for handler tests. */
import type { Sender } from '../../../utils/messaging';

/** One of the extension's own pages (side panel, options, popup). */
export const EXTENSION_PAGE: Sender = { kind: 'extension-page' };

/** A content script in tab 7, on `url` (https://news.example/a unless given). */
export function contentScript(url = 'https://news.example/a', tabId = 7): Sender {
  return { kind: 'content', tabId, frameId: 0, pageUrl: url };
}
