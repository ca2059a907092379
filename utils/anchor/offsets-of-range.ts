import type { TextMap, TextSegment } from '../article';

/**
 * The index in a segment's contribution of the first character at or after
 * `nodeOffset` in its node. A start skips the characters the reader never saw
 * (a space the collector put between two nodes maps to the same node offset as
 * the character after it).
 */
function indexIn(seg: TextSegment, nodeOffset: number, isStart: boolean): number {
  const offsets = seg.offsets;
  if (!offsets) return Math.max(0, Math.min(nodeOffset, seg.length));
  let i = 0;
  while (i < seg.length && offsets[i]! < nodeOffset) i++;
  if (isStart) while (i < seg.length && offsets[i + 1] === offsets[i]) i++;
  return i;
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
    const from = seg.node === range.startContainer ? indexIn(seg, range.startOffset, true) : 0;
    const to = seg.node === range.endContainer ? indexIn(seg, range.endOffset, false) : seg.length;
    if (to <= from) continue;
    if (start < 0) start = seg.start + from;
    end = seg.start + to;
  }
  return start >= 0 && end > start ? { start, end } : null;
}
