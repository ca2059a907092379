import { hasHighlightApi } from './paint-highlights';

/** One CSS highlight, painted and taken away as a whole. */
export interface NamedHighlight {
  /** Paints exactly `ranges` (replacing what was painted). */
  set(ranges: readonly Range[]): void;
  clear(): void;
}

/**
 * A CSS Custom Highlight registered as `name` with `priority`; null where the
 * browser has no Custom Highlight API.
 */
export function namedHighlight(doc: Document, name: string, priority = 0): NamedHighlight | null {
  if (!hasHighlightApi(doc)) return null;
  const win = doc.defaultView as unknown as {
    Highlight: typeof Highlight;
    CSS: { highlights: HighlightRegistry };
  };
  return {
    set(ranges) {
      const h = new win.Highlight(...ranges);
      h.priority = priority;
      win.CSS.highlights.set(name, h);
    },
    clear() {
      win.CSS.highlights.delete(name);
    },
  };
}

/** Adds `css` to the document's adopted style sheets; returns how to take it away. */
export function adoptStyles(doc: Document, css: string): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    return () => {};
  }
}
