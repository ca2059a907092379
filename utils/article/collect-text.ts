import { isBoilerplate, isSkipped } from './boilerplate';
import type { TextMap, TextSegment } from './text-map';

/** Elements that start a new paragraph of article text. */
const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'BR',
  'HR',
  'ADDRESS',
  'DETAILS',
  'SUMMARY',
]);

/** A paragraph's span in the article text. */
export interface Block {
  start: number;
  end: number;
}

/** The article's plain text, its paragraphs and the map back to the DOM. */
export interface CollectedText {
  text: string;
  blocks: Block[];
  map: TextMap;
}

const WS = /[\s\u00a0]/;

/**
 * Collects the visible text under `root` into paragraphs separated by a blank
 * line, collapsing whitespace as a browser renders it, and remembers where
 * each character came from.
 */
export function collectText(root: Element): CollectedText {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  const blocks: Block[] = [];
  let length = 0;
  let blockStart = -1;
  let pendingSpace = false;

  const endBlock = () => {
    if (blockStart >= 0) blocks.push({ start: blockStart, end: length });
    blockStart = -1;
    pendingSpace = false;
  };

  const addText = (node: Text) => {
    const data = node.data;
    let out = '';
    const offsets: number[] = [];
    let identity = true;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (WS.test(ch)) {
        if (blockStart >= 0 || out.length > 0) pendingSpace = true;
        continue;
      }
      if (pendingSpace) {
        // A collapsed run of whitespace, shown as one space.
        identity &&= offsets.length === Math.max(0, i - 1);
        offsets.push(Math.max(0, i - 1));
        out += ' ';
        pendingSpace = false;
      }
      identity &&= offsets.length === i;
      offsets.push(i);
      out += ch;
    }
    if (!out) return;
    if (blockStart < 0) {
      if (length > 0) {
        parts.push('\n\n');
        length += 2;
      }
      blockStart = length;
    }
    segments.push({
      node,
      start: length,
      length: out.length,
      offsets: identity ? null : Int32Array.from(offsets),
    });
    parts.push(out);
    length += out.length;
  };

  const walk = (el: Element) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) addText(child as Text);
      else if (child.nodeType === 1) {
        const c = child as Element;
        if (isSkipped(c) || isBoilerplate(c)) continue;
        const block = BLOCK_TAGS.has(c.tagName.toUpperCase());
        if (block) endBlock();
        walk(c);
        if (block) endBlock();
      }
    }
  };
  walk(root);
  endBlock();
  return { text: parts.join(''), blocks, map: { segments } };
}
