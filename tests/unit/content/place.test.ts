import { describe, expect, it } from 'vitest';
import { placeNear } from '../../../entrypoints/news.content/ui/place';

const VIEWPORT = { width: 1000, height: 800 };
const SIZE = { width: 340, height: 300 };
const at = (left: number, top: number) => ({ left, top, bottom: top + 20 });

describe('placeNear (where the popover goes beside its figure)', () => {
  it.each([
    ['below the figure, left edges aligned', at(100, 100), { x: 100, y: 128 }],
    ['above when it does not fit below but fits above', at(100, 600), { x: 100, y: 292 }],
    ['moved left to stay inside the right edge', at(900, 100), { x: 652, y: 128 }],
    ['moved right to stay inside the left edge', at(-50, 100), { x: 8, y: 128 }],
    ['below when it fits on neither side but below is roomier', at(100, 300), { x: 100, y: 328 }],
  ])('%s', (_name, anchor, want) => {
    expect(placeNear(anchor, SIZE, VIEWPORT)).toEqual(want);
  });

  it('keeps a popover taller than the room above inside the top edge', () => {
    expect(placeNear(at(100, 700), { width: 340, height: 760 }, VIEWPORT).y).toBe(8);
  });
});
