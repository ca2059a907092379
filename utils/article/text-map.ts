/**
 * A map from offsets in an article's plain text back to the DOM text nodes
 * they came from, so a claim's `start`/`end` can become a DOM `Range`.
 */
export interface TextSegment {
  node: Text;
  /** Offset in the article text where this node's contribution starts. */
  start: number;
  /** Length of this node's contribution to the article text. */
  length: number;
  /**
   * For each character of the contribution, its offset in `node.data`
   * (one extra entry for the end); null when they are the same offsets.
   */
  offsets: Int32Array | null;
}

/** Segments in text order, for binary search. */
export interface TextMap {
  segments: TextSegment[];
}

/** Index of the last segment starting at or before `offset` (-1 if none). */
function lastSegmentAtOrBefore(segs: readonly TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Offset in the node's data of the contribution's `i`-th character. */
function nodeOffset(seg: TextSegment, i: number): number {
  return seg.offsets ? seg.offsets[i]! : i;
}

/**
 * The DOM range covering article text `[start, end)`, or null when the text
 * is no longer in the document (a node was removed by the page).
 */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const segs = map.segments;
  if (end <= start) return null;
  let ai = lastSegmentAtOrBefore(segs, start);
  if (ai < 0 || start >= segs[ai]!.start + segs[ai]!.length) ai += 1;
  const bi = lastSegmentAtOrBefore(segs, end - 1);
  const a = segs[ai];
  const b = segs[bi];
  if (!a || !b || bi < ai || !a.node.isConnected || !b.node.isConnected) return null;
  const range = a.node.ownerDocument.createRange();
  try {
    range.setStart(a.node, nodeOffset(a, Math.max(0, start - a.start)));
    range.setEnd(
      b.node,
      Math.min(nodeOffset(b, Math.min(end - 1 - b.start, b.length - 1)) + 1, b.node.length),
    );
  } catch {
    return null;
  }
  return range;
}
