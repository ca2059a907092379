/** What the content script reports on `<html>` when it has finished a page. */
export interface TallyState {
  state: string | null;
  claims: number;
  diverging: number;
}

/** Reads Tally's state attributes from the document (run inside the page). */
export function readTallyState(): TallyState {
  const html = document.documentElement;
  return {
    state: html.getAttribute('data-tally'),
    claims: Number(html.getAttribute('data-tally-claims') ?? 0),
    diverging: Number(html.getAttribute('data-tally-diverging') ?? 0),
  };
}

/** One painted highlight, as the page's main world sees it. */
export interface PaintedRange {
  status: string;
  text: string;
  insideArticle: boolean;
  rect: { x: number; y: number; width: number; height: number };
}

/**
 * Lists the ranges of every `tally-*` CSS highlight (or `<tally-mark>` where the
 * API is missing), with whether each lies inside `articleSelector` (run inside the page).
 */
export function listPainted(articleSelector: string): PaintedRange[] {
  const article = document.querySelector(articleSelector);
  const out: PaintedRange[] = [];
  const add = (status: string, node: Node, text: string, r: DOMRect) =>
    out.push({
      status,
      text,
      insideArticle: !!article && article.contains(node),
      rect: { x: r.x, y: r.y, width: r.width, height: r.height },
    });
  const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<Range>> } }).CSS
    ?.highlights;
  if (registry) {
    for (const status of ['diverges', 'agrees', 'single', 'unmatched']) {
      for (const range of registry.get(`tally-${status}`) ?? []) {
        add(status, range.commonAncestorContainer, range.toString(), range.getBoundingClientRect());
      }
    }
  }
  for (const mark of document.querySelectorAll('tally-mark')) {
    add(mark.getAttribute('data-status') ?? '', mark, mark.textContent ?? '', mark.getBoundingClientRect());
  }
  return out;
}
