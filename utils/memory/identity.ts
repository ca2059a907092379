import { pageKey } from '../notes/page-key';

/**
 * A figure's quantity as the same-quantity model reads it (issue 9): what is counted, the
 * measure, the scope and the time, each already normalised by the extractor and matcher. The
 * memory never reads prose: it keys records by these fields, so two figures share a key exactly
 * when the model says they are the same quantity (up to time, which is compared as a range).
 */
export interface Quantity {
  /** What is counted, as a head class ("drone", "death"), or the metric it reads as. */
  counted: string;
  /** The unit or dimension ("km2", "USD"); null for a count. */
  unit: string | null;
  /** The action or state counted ("launched", "shot down", "killed"), with any subset marker. */
  measure: string | null;
  /** Where or what event it is about (a place key, an event), null when national or unknown. */
  scope: string | null;
  /** Who acted on whom when the model knows it ("russia>ukraine"), else null. */
  direction: string | null;
  /** The figure's time, [start, end) in ms since the epoch; start === end for an as-of day. */
  start: number;
  end: number;
  /** True when the time was inferred from the article's date rather than stated. */
  inferred: boolean;
}

/** Who gave a figure: their claimant id when known, else their name as written, else the outlet. */
export interface Speaker {
  claimant: string | null;
  name: string | null;
}

/** Lower case, one space between words, no space at either end. */
function norm(s: string | null): string {
  return s === null ? '' : s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The time-free part of a quantity's identity: records of the same quantity share it, whatever
 * their time, so a lookup is one index range (this key, then time). The fields are joined as a
 * JSON array, so no field's text can run into the next.
 */
export function quantityKey(q: Quantity): string {
  return JSON.stringify([norm(q.counted), norm(q.unit), norm(q.measure), norm(q.scope), norm(q.direction)]);
}

/** A speaker's key: `c:` + claimant id, `s:` + the name as normalised, or `o:` for the outlet's own voice. */
export function speakerKey(s: Speaker): string {
  if (s.claimant) return `c:${s.claimant}`;
  const name = norm(s.name);
  return name ? `s:${name}` : 'o:';
}

/**
 * A remembered figure's id: its page, quantity, time and speaker. One record per page and
 * quantity for each speaker: the same page read again (or a live blog's update) replaces it.
 */
export function figureId(page: string, q: Quantity, speaker: Speaker): string {
  return JSON.stringify([page, quantityKey(q), q.start, q.end, speakerKey(speaker)]);
}

/** Letters and digits of a text, lower case, one space between words. */
function words(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** How much context either side of a figure tells one story from another. */
const CONTEXT_CHARS = 60;

/**
 * Which source a figure comes from: the same speaker saying it in the same words. A wire story
 * republished by several outlets gives the same key on each, so it counts once; punctuation,
 * case and spacing (which outlets restyle) are ignored.
 */
export function sourceKey(
  speaker: Speaker,
  quote: { prefix: string; exact: string; suffix: string },
): string {
  const before = words(quote.prefix).slice(-CONTEXT_CHARS);
  const after = words(quote.suffix).slice(0, CONTEXT_CHARS);
  return JSON.stringify([speakerKey(speaker), before, words(quote.exact), after]);
}

/** The host a page was read on, lower case, without a leading "www." (null for a URL with no host). */
export function siteOf(url: string): string | null {
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
    return host ? host.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/**
 * A site as an index key: its labels reversed and dot-ended ("news.tass.com" → "com.tass.news."),
 * so a site and all its subdomains are one key range (see `siteRange`).
 */
export function siteKey(site: string): string {
  return `${norm(site)
    .replace(/^www\./, '')
    .split('.')
    .filter(Boolean)
    .reverse()
    .join('.')}.`;
}

/** The key range [lower, upper) holding a site and its subdomains. */
export function siteRange(site: string): { lower: string; upper: string } {
  const lower = siteKey(site);
  return { lower, upper: `${lower}\uffff` };
}

/** The key a page's figures are filed under (its URL without fragment or tracking parameters). */
export function memoryPageKey(url: string): string {
  return pageKey(url);
}
