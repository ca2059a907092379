import { createPrivateMarks } from '../../../utils/highlight';
import { createClosedHost } from './closed-host';

/** How long a figure the side panel jumped to stays lit. */
const FOCUS_MS = 2000;

/** The boxes of the marks: noted figures (tint and a double underline), a figure jumped to (yellow). */
const MARKS_CSS =
  'div{position:absolute;pointer-events:none;box-sizing:content-box}' +
  '.noted{background:rgba(47,84,235,.14);border-bottom:3px double #2f54eb;margin-top:0;padding-bottom:2px}' +
  '.focus{background:rgba(250,204,20,.55);mix-blend-mode:multiply}';

/** The reader's notes on the page, seen by the reader only. */
export interface NoteMarks {
  /** Marks exactly these ranges as noted. */
  noted(ranges: readonly Range[]): void;
  /** Lights a figure up for a moment (the side panel jumped to it). */
  focus(range: Range): void;
  clear(): void;
}

/**
 * Noted figures and the figure jumped to, drawn in a closed shadow root over
 * the text: never in the page's highlight registry or attributes, where the
 * page could read which figures the reader noted.
 */
export function createNoteMarks(signal: AbortSignal): NoteMarks {
  const { root } = createClosedHost(signal, MARKS_CSS, 'document');
  const layer = document.createElement('section');
  root.append(layer);
  const marks = createPrivateMarks(layer, signal);
  let unfocus: number | undefined;
  return {
    noted: (ranges) => marks.set('noted', ranges),
    focus(range) {
      marks.set('focus', [range]);
      clearTimeout(unfocus);
      unfocus = window.setTimeout(() => marks.set('focus', []), FOCUS_MS);
    },
    clear() {
      clearTimeout(unfocus);
      marks.clear();
    },
  };
}
