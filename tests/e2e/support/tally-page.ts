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
 * It declares no inner functions: tsx would wrap them in a `__name` helper the page lacks.
 */
export function listPainted(articleSelector: string): PaintedRange[] {
  const article = document.querySelector(articleSelector);
  const found: [string, Node, string, DOMRect][] = [];
  const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<Range>> } }).CSS
    ?.highlights;
  // Tally's names are `tally-<status>-<random suffix>`: the page can list them, not guess them.
  for (const [name, highlight] of registry ?? []) {
    const status = /^tally-([a-z]+)-[0-9a-z]+$/.exec(name)?.[1];
    if (!status) continue;
    for (const range of highlight) {
      found.push([status, range.commonAncestorContainer, range.toString(), range.getBoundingClientRect()]);
    }
  }
  for (const mark of document.querySelectorAll('tally-mark')) {
    found.push([
      mark.getAttribute('data-status') ?? '',
      mark,
      mark.textContent ?? '',
      mark.getBoundingClientRect(),
    ]);
  }
  return found.map(([status, node, text, r]) => ({
    status,
    text,
    insideArticle: !!article && article.contains(node),
    rect: { x: r.x, y: r.y, width: r.width, height: r.height },
  }));
}
