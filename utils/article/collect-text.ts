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

/** How many nodes the walk visits between two checks of its time budget. */
const NODES_PER_CHECK = 128;

/**
 * Collects the visible text under `root` into paragraphs separated by a blank
 * line, collapsing whitespace as a browser renders it, and remembers where
 * each character came from.
 */
export function collectText(root: Element): CollectedText {
  return runToEnd(collectTextSteps(root, () => false));
}

/** Runs a reading made in steps (a generator that yields between them) to its end at once. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * {@link collectText} in steps: the walk stops (yields) whenever `pause()` says
 * so (checked every few nodes), and goes on when resumed; the collected text is
 * the generator's return value. The caller lets the page run between steps, so
 * a long article never becomes one long task.
 */
export function* collectTextSteps(root: Element, pause: () => boolean): Generator<void, CollectedText> {
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

  // Depth first, without recursion, so the walk can stop between any two nodes:
  // `open` holds the elements entered and whether each one is a block.
  const open: { el: Element; block: boolean }[] = [];
  let child: ChildNode | null = root.firstChild;
  let visited = 0;
  for (;;) {
    if (!child) {
      const left = open.pop();
      if (!left) break;
      if (left.block) endBlock();
      child = left.el.nextSibling;
      continue;
    }
    const node: ChildNode = child;
    child = node.nextSibling;
    if (node.nodeType === 3) addText(node as Text);
    else if (node.nodeType === 1) {
      const el = node as Element;
      if (!isSkipped(el) && !isBoilerplate(el)) {
        const block = BLOCK_TAGS.has(el.tagName.toUpperCase());
        if (block) endBlock();
        open.push({ el, block });
        child = el.firstChild;
      }
    }
    if (++visited % NODES_PER_CHECK === 0 && pause()) yield;
  }
  endBlock();
  return { text: parts.join(''), blocks, map: { segments } };
}
