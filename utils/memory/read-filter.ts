import type { Side } from '../schema';
import type { RememberedFigure, StoredPage } from './schema';

/** The "Read" view's filters, the same as the notes' where they apply; null (or '') means "any". */
export interface ReadFilter {
  side: Side | null;
  outlet: string | null;
  /** Inclusive ISO dates, compared with the day the figure was read. */
  from: string | null;
  to: string | null;
  search: string;
}

/** No filter at all. */
export const NO_READ_FILTER: ReadFilter = { side: null, outlet: null, from: null, to: null, search: '' };

/** The outlet a figure was read in, else its site. */
export function outletOfFigure(f: RememberedFigure): string {
  return f.page.outlet ?? f.page.site;
}

/** The day a figure was read (ISO date, UTC). */
export function readDay(f: RememberedFigure): string {
  return new Date(f.readAt).toISOString().slice(0, 10);
}

/** Everything a search looks through, lower-cased. */
function haystack(f: RememberedFigure): string {
  return [
    f.quote.prefix + f.quote.exact + f.quote.suffix,
    f.speaker,
    f.claimant?.name,
    f.topic?.label,
    f.page.title,
    outletOfFigure(f),
  ]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}

/** The figures of `pages` that pass the filter, most recently read first. */
export function filterRead(pages: readonly StoredPage[], filter: ReadFilter): RememberedFigure[] {
  const words = filter.search.toLowerCase().split(/\s+/).filter(Boolean);
  return pages
    .flatMap((p) => p.figures)
    .filter(
      (f) =>
        (!filter.side || f.claimant?.side === filter.side) &&
        (!filter.outlet || outletOfFigure(f) === filter.outlet) &&
        (!filter.from || readDay(f) >= filter.from) &&
        (!filter.to || readDay(f) <= filter.to) &&
        (words.length === 0 || words.every((w) => haystack(f).includes(w))),
    )
    .sort((a, b) => b.readAt - a.readAt);
}

/** Figures grouped by topic (the topic's label; figures without one by what they count), largest first. */
export function groupRead(
  figures: readonly RememberedFigure[],
): { key: string; label: string; figures: RememberedFigure[] }[] {
  const groups = new Map<string, { key: string; label: string; figures: RememberedFigure[] }>();
  for (const f of figures) {
    const key = f.topic ? `t:${f.topic.id}` : `q:${f.concept ?? f.unit ?? ''}`;
    const label = f.topic?.label ?? (f.concept ? `Other figures: ${f.concept}` : 'Other figures');
    const g = groups.get(key) ?? { key, label, figures: [] };
    g.figures.push(f);
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => b.figures.length - a.figures.length);
}

/** The sides and outlets the figures have, for the filters' choices. */
export function readFacets(pages: readonly StoredPage[]): { sides: Side[]; outlets: string[] } {
  const figures = pages.flatMap((p) => p.figures);
  const sides = new Set<Side>();
  for (const f of figures) if (f.claimant) sides.add(f.claimant.side);
  return { sides: [...sides].sort(), outlets: [...new Set(figures.map(outletOfFigure))].sort() };
}
