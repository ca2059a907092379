import { browser } from 'wxt/browser';
import { linkUrl } from '../../utils/export/link-url';
import { requestNoteFocus } from '../../utils/messaging/send';
import { pageKey } from '../../utils/notes/page-key';
import type { Note } from '../../utils/schema/notes';

/** How long to keep asking a freshly opened page to show the figure (it loads and re-anchors first). */
const TRIES = 40;
const EVERY_MS = 250;

/** A URL that scrolls to the quote by itself (a text fragment), for browsers that support them. */
export function textFragmentUrl(note: Note): string {
  const enc = (s: string) => encodeURIComponent(s.replace(/\s+/g, ' ').trim()).replace(/-/g, '%2D');
  return `${note.page.url.split('#')[0]}#:~:text=${enc(note.quote.exact)}`;
}

/**
 * Takes the reader back to a note's figure: the tab that shows its page if one
 * is open, else a new tab; then asks Tally on that page to scroll to the figure
 * (the page re-anchors it first, so this works after the text changed). Resolves
 * true when the page showed it.
 */
export async function jumpToNote(note: Note): Promise<boolean> {
  if (!linkUrl(note.page.url)) return false;
  const key = pageKey(note.page.url);
  const open = (await browser.tabs.query({})).find((t) => t.url && pageKey(t.url) === key);
  let tabId = open?.id;
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
  } else {
    tabId = (await browser.tabs.create({ url: textFragmentUrl(note) })).id;
  }
  if (tabId === undefined) return false;
  for (let i = 0; i < TRIES; i++) {
    const reply = await requestNoteFocus(tabId, note.id);
    if (reply.ok) return true;
    await new Promise((ok) => setTimeout(ok, EVERY_MS));
  }
  return false;
}
