/** A rectangle in viewport coordinates, as `getBoundingClientRect` gives it. */
export interface Box {
  left: number;
  top: number;
  bottom: number;
}

/** Space between the figure and the popover, and between the popover and the viewport's edges. */
const GAP = 8;

/**
 * Where a floating box of `size` goes beside `anchor` in a viewport of
 * `viewport`: below the anchor with their left edges aligned; above it when it
 * does not fit below but fits above (else on the roomier side); moved sideways
 * to stay `GAP` inside the viewport.
 */
export function placeNear(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { x: number; y: number } {
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - size.height;
  const fitsBelow = below + size.height <= viewport.height - GAP;
  const fitsAbove = above >= GAP;
  const y =
    fitsBelow || (!fitsAbove && viewport.height - anchor.bottom >= anchor.top) ? below : Math.max(GAP, above);
  const x = Math.max(GAP, Math.min(anchor.left, viewport.width - GAP - size.width));
  return { x: Math.round(x), y: Math.round(y) };
}
