/** Marks the reader sees on the page and the page cannot: noted figures, a figure jumped to. */
export interface PrivateMarks {
  /** Marks exactly `ranges` with `kind` (a class of the layer's style sheet), replacing that kind's marks. */
  set(kind: string, ranges: readonly Range[]): void;
  /** Takes every mark away. */
  clear(): void;
}

/**
 * Draws marks over ranges as boxes in `layer`, an element inside a closed
 * shadow root whose host sits at the document's top left (`position:
 * absolute`), so the boxes scroll with the page. Nothing goes into the page's
 * DOM or its highlight registry: the page cannot tell which figures the
 * reader noted. Boxes are laid out again, once per frame at most, when the
 * window or the page's layout changes size and when an inner scroller scrolls.
 */
export function createPrivateMarks(layer: HTMLElement, signal: AbortSignal): PrivateMarks {
  const kinds = new Map<string, readonly Range[]>();
  let frame = 0;

  const layout = () => {
    frame = 0;
    const boxes: HTMLElement[] = [];
    const { scrollX, scrollY } = window;
    for (const [kind, ranges] of kinds) {
      for (const range of ranges) {
        if (!range.startContainer.isConnected) continue;
        for (const r of range.getClientRects()) {
          if (r.width === 0) continue;
          const box = document.createElement('div');
          box.className = kind;
          box.style.cssText = `left:${r.left + scrollX}px;top:${r.top + scrollY}px;width:${r.width}px;height:${r.height}px`;
          boxes.push(box);
        }
      }
    }
    layer.replaceChildren(...boxes);
  };
  const soon = () => {
    if (kinds.size > 0) frame ||= requestAnimationFrame(layout);
  };
  const resized = new ResizeObserver(soon);
  resized.observe(document.documentElement);
  if (document.body) resized.observe(document.body);
  window.addEventListener('resize', soon, { passive: true, signal });
  // The page itself scrolls the boxes with it; a scroller inside the page does not.
  document.addEventListener('scroll', (e) => e.target !== document && soon(), {
    passive: true,
    capture: true,
    signal,
  });
  signal.addEventListener(
    'abort',
    () => {
      resized.disconnect();
      cancelAnimationFrame(frame);
    },
    { once: true },
  );

  return {
    set(kind, ranges) {
      if (ranges.length) kinds.set(kind, ranges);
      else kinds.delete(kind);
      layout();
    },
    clear() {
      kinds.clear();
      layer.replaceChildren();
    },
  };
}
