/** Something painted on the page that can be hit by a pointer. */
export interface HitTarget {
  range: Range;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

function rectsContain(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

/**
 * The target under viewport point (x, y): highlights are not elements, so a
 * click is matched to a range by the caret position and the range's boxes.
 */
export function targetAtPoint<T extends HitTarget>(
  doc: Document,
  targets: readonly T[],
  x: number,
  y: number,
): T | null {
  const caret = caretAt(doc, x, y);
  for (const t of targets) {
    if (caret) {
      try {
        if (!t.range.isPointInRange(caret.node, caret.offset)) continue;
      } catch {
        continue;
      }
    }
    if (rectsContain(t.range, x, y)) return t;
  }
  return null;
}
