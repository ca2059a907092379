/** An address that starts with a web scheme: browsers parse nothing else from it. */
const WEB = /^https?:\/\/[^\s/?#]/i;

/**
 * The address to link to for a URL that came from data (a page, a note file, a pack, a
 * dataset source): the URL when it is http(s), else null. Only web addresses become links:
 * `javascript:`, `data:`, `file:`, relative and unparsable ones are shown as text. (A
 * pattern, not `new URL`: the content script's popover uses it and must stay small.)
 */
export function linkUrl(url: string | null | undefined): string | null {
  return url && WEB.test(url) ? url : null;
}
