import type { PageClaim } from '../schema';
import { extractClaims } from './extractClaims';

/** A stretch of text with its own date (a live blog's entry). */
export interface DatedSection {
  start: number;
  end: number;
  published: string;
  /** The entry's own language (its `lang`), when it has one. */
  lang?: string | null;
}

/**
 * Extracts one stretch of text; should the extractor fail on it (a bug, never
 * an expected outcome), that stretch yields no claims rather than taking the
 * rest of the page down with it.
 */
function extractPart(text: string, published: string | null, lang: string | null): PageClaim[] {
  try {
    return extractClaims(text, { published, lang });
  } catch (error) {
    console.error('Tally: extraction failed on one part of the page', error);
    return [];
  }
}

/**
 * Extracts an article whose parts have their own dates: each section with its
 * own published date, the text between them with the article's. Offsets, ids
 * and `sameAs` links refer to the whole text. Without sections this is
 * `extractClaims(text, { published, lang })`. Each part's language is its own
 * (a live blog's entry may be in another language than the page): the
 * section's `lang`, else the page's `lang`, checked against the part's text.
 */
export function extractSections(
  text: string,
  published: string | null,
  sections: readonly DatedSection[] = [],
  lang: string | null = null,
): PageClaim[] {
  if (sections.length === 0) return extractPart(text, published, lang);
  const parts: { start: number; end: number; published: string | null; lang: string | null }[] = [];
  let at = 0;
  for (const s of [...sections].sort((a, b) => a.start - b.start)) {
    const start = Math.max(at, Math.min(s.start, text.length));
    const end = Math.min(Math.max(s.end, start), text.length);
    if (start > at) parts.push({ start: at, end: start, published, lang });
    if (end > start) parts.push({ start, end, published: s.published, lang: s.lang ?? lang });
    at = Math.max(at, end);
  }
  if (at < text.length) parts.push({ start: at, end: text.length, published, lang });
  const out: PageClaim[] = [];
  for (const part of parts) {
    const found = extractPart(text.slice(part.start, part.end), part.published, part.lang);
    const ids = new Map(found.map((c) => [c.id, `c${c.start + part.start}`]));
    const idOf = (id: string | null) => (id === null ? null : (ids.get(id) ?? null));
    for (const c of found) {
      out.push({
        ...c,
        id: ids.get(c.id)!,
        start: c.start + part.start,
        end: c.end + part.start,
        sameAs: idOf(c.sameAs),
        frame: { ...c.frame, partOf: idOf(c.frame.partOf), versus: idOf(c.frame.versus) },
      });
    }
  }
  return out;
}
