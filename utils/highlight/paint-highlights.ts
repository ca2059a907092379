import { MatchStatus } from '../schema/match';
import { STATUS_STYLE, statusCss } from './status-style';

/** A claim's range and the status it is painted with. */
export interface Painted {
  range: Range;
  status: MatchStatus;
}

/** Paints a page's figures by status, as often as the page changes. */
export interface StatusPainter {
  /**
   * Paints exactly `items`: what is not listed is taken away. Before it, each of
   * Tally's highlights is checked against Tally's own list: one the page replaced
   * or added ranges to is made again from that list.
   */
  paint(items: readonly Painted[]): void;
  /** The subtle style (underlines only, no tint) or the standard one. */
  setSubtle(subtle: boolean): void;
  /** Takes everything away, the style rules too. */
  clear(): void;
  /** True with the CSS Custom Highlight API (no change to the page's DOM). */
  readonly native: boolean;
}

/** Whether this document's window has the CSS Custom Highlight API. */
export function hasHighlightApi(doc: Document): boolean {
  const win = doc.defaultView as { Highlight?: unknown; CSS?: { highlights?: { set?: unknown } } } | null;
  return !!win && typeof win.Highlight === 'function' && typeof win.CSS?.highlights?.set === 'function';
}

/** Eight random bytes in base 36: the per-page suffix of Tally's highlight names. */
function randomSuffix(): string {
  return Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join('');
}

/** Adds `css` to the document's adopted style sheets; returns the sheet (null where that fails). */
function adopt(doc: Document, css: string): CSSStyleSheet | null {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return sheet;
  } catch {
    return null;
  }
}

function nativePainter(doc: Document, subtle: boolean): StatusPainter {
  const win = doc.defaultView as unknown as {
    Highlight: typeof Highlight;
    CSS: { highlights: HighlightRegistry };
  };
  const registry = win.CSS.highlights;
  // Names the page cannot guess before Tally registers them (it can list them after, and that is all).
  const suffix = randomSuffix();
  const nameOf = (status: MatchStatus) => `tally-${status}-${suffix}`;
  const sheet = adopt(doc, statusCss(nameOf, subtle));
  const mine = new Map<MatchStatus, { highlight: Highlight; ranges: Set<Range> }>();

  /** Tally's highlight for `status`, made again if the page replaced it or added ranges to it. */
  const own = (status: MatchStatus) => {
    const name = nameOf(status);
    let held = mine.get(status);
    // Same size and every range of Tally's in it: nothing else is (a highlight is a set). No
    // iteration: Firefox does not let a content script iterate the page's objects.
    const intact =
      held &&
      registry.get(name) === held.highlight &&
      held.highlight.size === held.ranges.size &&
      [...held.ranges].every((r) => held!.highlight.has(r));
    if (!held || !intact) {
      held = { highlight: new win.Highlight(...(held?.ranges ?? [])), ranges: new Set(held?.ranges) };
      mine.set(status, held);
      registry.set(name, held.highlight);
    }
    return held;
  };

  return {
    native: true,
    paint(items) {
      const wanted = new Map<MatchStatus, Set<Range>>(MatchStatus.options.map((s) => [s, new Set()]));
      for (const item of items) wanted.get(item.status)!.add(item.range);
      for (const [status, ranges] of wanted) {
        const held = own(status);
        for (const r of held.ranges) {
          if (ranges.has(r)) continue;
          held.ranges.delete(r);
          held.highlight.delete(r);
        }
        for (const r of ranges) {
          if (held.ranges.has(r)) continue;
          held.ranges.add(r);
          held.highlight.add(r);
        }
      }
    },
    setSubtle(next) {
      sheet?.replaceSync(statusCss(nameOf, next));
    },
    clear() {
      for (const status of mine.keys()) registry.delete(nameOf(status));
      mine.clear();
      if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}

/** Wraps the text of `range` in `<tally-mark>` elements, one per text node it touches. */
function wrapRange(doc: Document, range: Range, status: MatchStatus, subtle: boolean): Element[] {
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
    const { underline, tint } = STATUS_STYLE[status];
    mark.setAttribute('data-status', status);
    mark.setAttribute(
      'style',
      `text-decoration:${underline};text-underline-offset:3px;${tint && !subtle ? `background-color:${tint}` : ''}`,
    );
    target.parentNode?.insertBefore(mark, target);
    mark.appendChild(target);
    marks.push(mark);
  }
  return marks;
}

function unwrap(marks: readonly Element[]): void {
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  }
}

function fallbackPainter(doc: Document, subtle: boolean): StatusPainter {
  let marks: Element[] = [];
  let last: readonly Painted[] = [];
  const painter: StatusPainter = {
    native: false,
    paint(items) {
      unwrap(marks);
      last = items;
      // Last range first: splitting text after a range never moves the ranges before it.
      const ordered = [...items].sort((a, b) => b.range.compareBoundaryPoints(Range.START_TO_START, a.range));
      marks = ordered.flatMap((i) => wrapRange(doc, i.range, i.status, subtle));
    },
    setSubtle(next) {
      subtle = next;
      painter.paint(last);
    },
    clear() {
      unwrap(marks);
      marks = [];
    },
  };
  return painter;
}

/**
 * Paints claims by status: CSS Custom Highlights under per-page random names
 * where the browser has them (the page's DOM is untouched), `<tally-mark
 * data-status>` wrappers where it does not. Made while the page parses, its
 * style rules cost no restyle of a finished page.
 */
export function createStatusPainter(doc: Document, subtle = false, forceFallback = false): StatusPainter {
  return hasHighlightApi(doc) && !forceFallback ? nativePainter(doc, subtle) : fallbackPainter(doc, subtle);
}
