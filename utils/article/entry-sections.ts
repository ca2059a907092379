import type { TextMap } from './text-map';

/** A stretch of the article text that has its own date: one entry of a live blog. */
export interface Section {
  start: number;
  end: number;
  /** The entry's `<time datetime>` (ISO), used instead of the page's published date. */
  published: string;
  /** The entry's own `lang` attribute, when it has one (a live blog may mix languages). */
  lang?: string;
}

/** The entry (an `<article>` inside the root with a `<time datetime>`) holding `el`, if any. */
function entryOf(el: Element | null, root: Element, cache: Map<Element, Element | null>): Element | null {
  const chain: Element[] = [];
  let found: Element | null = null;
  for (let e = el; e && e !== root; e = e.parentElement) {
    const known = cache.get(e);
    if (known !== undefined) {
      found = known;
      break;
    }
    chain.push(e);
    if (e.tagName.toUpperCase() === 'ARTICLE' && e.querySelector('time[datetime]')) {
      found = e;
      break;
    }
  }
  for (const e of chain) cache.set(e, found);
  return found;
}

/**
 * The dated entries of a live blog: where the article root holds two or more
 * `<article>` entries each with its own `<time datetime>`, the text of each
 * entry and that time, so "overnight" in an entry of 20 March is the night
 * before 20 March whatever day the blog started. Empty for an ordinary article.
 */
export function entrySections(root: Element | null, map: TextMap): Section[] {
  if (!root) return [];
  const cache = new Map<Element, Element | null>();
  const out: (Section & { entry: Element })[] = [];
  for (const seg of map.segments) {
    const entry = entryOf(seg.node.parentElement, root, cache);
    if (!entry) continue;
    const last = out[out.length - 1];
    if (last && last.entry === entry) last.end = seg.start + seg.length;
    else {
      const published = entry.querySelector('time[datetime]')?.getAttribute('datetime')?.trim();
      const lang = entry.getAttribute('lang')?.trim().slice(0, 35);
      if (published)
        out.push({
          entry,
          start: seg.start,
          end: seg.start + seg.length,
          published,
          ...(lang ? { lang } : {}),
        });
    }
  }
  return new Set(out.map((s) => s.entry)).size >= 2
    ? out.map(({ start, end, published, lang }) => ({ start, end, published, ...(lang ? { lang } : {}) }))
    : [];
}
