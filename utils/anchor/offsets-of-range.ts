import type { TextMap, TextSegment } from '../article';

/** The index in a segment's contribution of the first character at or after `nodeOffset` in its node. */
function indexIn(seg: TextSegment, nodeOffset: number): number {
  if (!seg.offsets) return Math.max(0, Math.min(nodeOffset, seg.length));
  for (let i = 0; i <= seg.length; i++) if (seg.offsets[i]! >= nodeOffset) return i;
  return seg.length;
}

/**
 * The article-text offsets `[start, end)` a DOM range covers (a reader's
 * selection), or null when it covers no article text. The inverse of `rangeFor`.
 */
export function offsetsOfRange(map: TextMap, range: Range): { start: number; end: number } | null {
  let start = -1;
  let end = -1;
  for (const seg of map.segments) {
    if (!seg.node.isConnected || !range.intersectsNode(seg.node)) continue;
    const from = seg.node === range.startContainer ? indexIn(seg, range.startOffset) : 0;
    const to = seg.node === range.endContainer ? indexIn(seg, range.endOffset) : seg.length;
    if (to <= from) continue;
    if (start < 0) start = seg.start + from;
    end = seg.start + to;
  }
  return start >= 0 && end > start ? { start, end } : null;
}
