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

/** A run of characters a browser shows (whitespace collapses between them). */
const WORD = /[^\s\u00a0]+/g;

function identity(n: number): number[] {
  return Array.from({ length: n }, (_, k) => k);
}

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
    // Offsets into `data` for each character of `out`; built only once they stop being the identity.
    let offsets: number[] | null = null;
    let prevEnd = 0;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(data); m; m = WORD.exec(data)) {
      const i = m.index;
      const word = m[0];
      const gap = i > prevEnd || (prevEnd === 0 && pendingSpace);
      if (gap && (blockStart >= 0 || out.length > 0)) {
        // A collapsed run of whitespace, shown as one space.
        const at = Math.max(0, i - 1);
        if (!offsets && out.length !== at) offsets = identity(out.length);
        offsets?.push(at);
        out += ' ';
      }
      pendingSpace = false;
      if (!offsets && out.length !== i) offsets = identity(out.length);
      if (offsets) for (let k = 0; k < word.length; k++) offsets.push(i + k);
      out += word;
      prevEnd = i + word.length;
    }
    if (prevEnd < data.length && (blockStart >= 0 || out.length > 0)) pendingSpace = true;
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
      offsets: offsets ? Int32Array.from(offsets) : null,
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
