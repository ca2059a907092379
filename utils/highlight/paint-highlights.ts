import { MatchStatus } from '../schema/match';

/** A claim's range and the status it is painted with. */
export interface Painted {
  range: Range;
  status: MatchStatus;
}

/** Removes everything one `paintHighlights` call added. */
export interface PaintHandle {
  clear(): void;
  /** True when the CSS Custom Highlight API was used (no change to the page's DOM). */
  native: boolean;
}

/** Name of the CSS highlight (and `::highlight()` rule) for a status. */
export function highlightName(status: MatchStatus): string {
  return `tally-${status}`;
}

/** Whether this document's window has the CSS Custom Highlight API. */
export function hasHighlightApi(doc: Document): boolean {
  const win = highlightWindow(doc);
  return !!win && typeof win.Highlight === 'function' && typeof win.CSS?.highlights?.set === 'function';
}

/** The parts of a window the Custom Highlight API adds (not every browser has them). */
interface HighlightWindow {
  Highlight?: typeof Highlight;
  CSS?: { highlights?: HighlightRegistry };
}

function highlightWindow(doc: Document): HighlightWindow | null {
  return doc.defaultView as HighlightWindow | null;
}

function paintNative(doc: Document, items: readonly Painted[]): PaintHandle {
  const win = highlightWindow(doc)!;
  const registry = win.CSS!.highlights!;
  const HighlightCtor = win.Highlight!;
  const names: string[] = [];
  for (const status of MatchStatus.options) {
    const ranges = items.filter((i) => i.status === status).map((i) => i.range);
    const name = highlightName(status);
    registry.set(name, new HighlightCtor(...ranges));
    names.push(name);
  }
  return {
    native: true,
    clear: () => names.forEach((n) => registry.delete(n)),
  };
}

/** Wraps the text of `range` in `<tally-mark>` elements, one per text node it touches. */
function wrapRange(doc: Document, range: Range, status: MatchStatus): Element[] {
  const nodes: Text[] = [];
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) nodes.push(root as Text);
  else {
    const walker = doc.createTreeWalker(root, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      if (range.intersectsNode(n)) nodes.push(n as Text);
  }
  const marks: Element[] = [];
  for (const node of nodes) {
    let target = node;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.length;
    if (end <= start) continue;
    if (end < target.length) target.splitText(end);
    if (start > 0) target = target.splitText(start);
    const mark = doc.createElement('tally-mark');
    mark.setAttribute('data-status', status);
    target.parentNode?.insertBefore(mark, target);
    mark.appendChild(target);
    marks.push(mark);
  }
  return marks;
}

function paintFallback(doc: Document, items: readonly Painted[]): PaintHandle {
  // Last range first: splitting text after a range never moves the ranges before it.
  const ordered = [...items].sort((a, b) => b.range.compareBoundaryPoints(Range.START_TO_START, a.range));
  const marks = ordered.flatMap((i) => wrapRange(doc, i.range, i.status));
  return {
    native: false,
    clear: () => {
      for (const mark of marks) {
        const parent = mark.parentNode;
        if (!parent) continue;
        while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
        parent.removeChild(mark);
        parent.normalize();
      }
    },
  };
}

/**
 * Paints claims by status: CSS Custom Highlights `tally-<status>` where the
 * browser has them (the page's DOM is untouched), `<tally-mark data-status>`
 * wrappers where it does not.
 */
export function paintHighlights(
  doc: Document,
  items: readonly Painted[],
  forceFallback = false,
): PaintHandle {
  return hasHighlightApi(doc) && !forceFallback ? paintNative(doc, items) : paintFallback(doc, items);
}
