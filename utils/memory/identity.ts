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
  // pages repeat their quantities: each distinct one is normalised once
  const raw = `${q.counted}\u0001${q.unit}\u0001${q.measure}\u0001${q.scope}\u0001${q.direction}`;
  let key = QUANTITY_KEYS.get(raw);
  if (key === undefined) {
    key = JSON.stringify([norm(q.counted), norm(q.unit), norm(q.measure), norm(q.scope), norm(q.direction)]);
    if (QUANTITY_KEYS.size >= 10_000) QUANTITY_KEYS.clear();
    QUANTITY_KEYS.set(raw, key);
  }
  return key;
}

/** Quantity keys already made, by their fields as given. */
const QUANTITY_KEYS = new Map<string, string>();

/** A speaker's key: `c:` + claimant id, `s:` + the name as normalised, or `o:` for the outlet's own voice. */
export function speakerKey(s: Speaker): string {
  if (s.claimant) return `c:${s.claimant}`;
  const name = norm(s.name);
  return name ? `s:${name}` : 'o:';
}

/**
 * A 53-bit hash of a text (cyrb53), in base 36: short keys for long identities. Two texts share
 * one with a chance of about 1 in 10^16 per pair, far below any other error the memory makes.
 */
export function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * A remembered figure's id: its page, then a hash of its quantity (with time) and speaker. One
 * record per page and quantity for each speaker: the same page read again (or a live blog's
 * update) replaces it. `quantity` is `quantityKey(q)`, passed in when already made.
 */
export function figureId(page: string, q: Quantity, speaker: Speaker, quantity = quantityKey(q)): string {
  return `${page}#${hash53(figureIdentity(q, speaker, quantity))}`;
}

/** What a figure id hashes: its quantity, time and speaker (unambiguous: the quantity key is JSON). */
export function figureIdentity(q: Quantity, speaker: Speaker, quantity = quantityKey(q)): string {
  return `${quantity}\u0000${q.start}\u0000${q.end}\u0000${speakerKey(speaker)}`;
}

/** True for a character code that is part of a word: a digit, a letter of a cased script, or any other script's. */
function wordCode(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 97 && c <= 122) ||
    (c >= 0xdf && c <= 0x24f && c !== 0xf7) ||
    (c >= 0x370 && c <= 0x52f) ||
    c >= 0x3000
  );
}

/** Letters and digits of a text, lower case, one space between words (what restyling leaves alone). */
function words(s: string): string {
  const t = s.toLowerCase();
  let out = '';
  let gap = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (wordCode(c)) {
      if (gap && out) out += ' ';
      out += t[i];
      gap = false;
    } else gap = true;
  }
  return out;
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
  const before = words(quote.prefix.slice(-2 * CONTEXT_CHARS)).slice(-CONTEXT_CHARS);
  const after = words(quote.suffix.slice(0, 2 * CONTEXT_CHARS)).slice(0, CONTEXT_CHARS);
  return hash53(JSON.stringify([speakerKey(speaker), before, words(quote.exact), after]));
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
