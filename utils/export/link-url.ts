/**
 * The address to link to for a URL that came from data (a page, a note file, a pack, a
 * dataset source): its normalised form when it is http(s), else null. Only web addresses
 * become links: `javascript:`, `data:`, `file:` and anything unparsable are shown as text.
 */
export function linkUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}
