import type { Page } from 'playwright-core';

/**
 * Visible elements that stick out past the right edge of the viewport (cut off at this
 * width), as `tag.class "text"` (run in the page; it declares no inner functions, see listPainted).
 */
export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width === 0 || r.height <= 1 || style.visibility === 'hidden') continue;
      if (r.right > width + 1 || r.left < -1)
        out.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').slice(0, 30)}"`);
    }
    return out;
  });
}

/**
 * The contrast ratio (WCAG formula) between the lightest and the darkest pixel of the
 * screenshot of `rect`: the text and what is behind it, as the reader sees them. The PNG is
 * decoded by the page itself (no image library needed).
 */
export async function contrastIn(
  page: Page,
  rect: { x: number; y: number; width: number; height: number },
): Promise<number> {
  const png = await page.screenshot({ clip: rect, type: 'png' });
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let lightest = 0;
    let darkest = 1;
    for (let i = 0; i < data.length; i += 4) {
      const channel = [data[i]!, data[i + 1]!, data[i + 2]!].map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      const luminance = 0.2126 * channel[0]! + 0.7152 * channel[1]! + 0.0722 * channel[2]!;
      lightest = Math.max(lightest, luminance);
      darkest = Math.min(darkest, luminance);
    }
    return (lightest + 0.05) / (darkest + 0.05);
  }, png.toString('base64'));
}

/** The controls whose text must never be cut (a compact note's figure may end in an ellipsis). */
export const WHOLE_TEXT =
  '[data-testid="tally-toolbar"] button, [data-testid="tally-toolbar"] .button, .status';

/**
 * What is cut off at the page's width, as `tag.class "text"`: elements past its right edge (but
 * the visually hidden `.vh`), controls matching `whole` whose text overflows them, and inputs whose
 * placeholder does not fit (run in the page; it declares no inner functions, see listPainted).
 */
export function clippedAt(whole: string): string[] {
  const clipped: string[] = [];
  const width = document.documentElement.clientWidth;
  const ctx = document.createElement('canvas').getContext('2d')!;
  for (const el of document.querySelectorAll<HTMLElement>('body *')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height <= 1 || getComputedStyle(el).visibility === 'hidden' || el.closest('.vh'))
      continue;
    const label = `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').slice(0, 30)}"`;
    if (r.right > width + 1 || r.left < -1) clipped.push(label);
    else if (el.matches(whole) && el.scrollWidth > el.clientWidth + 1)
      clipped.push(`${label} (text overflows)`);
    else if (el instanceof HTMLInputElement && el.placeholder) {
      const style = getComputedStyle(el);
      ctx.font = style.font;
      const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (ctx.measureText(el.placeholder).width > room) clipped.push(`${label} (placeholder cut off)`);
    }
  }
  return clipped;
}
