import type { CDPSession, Page } from 'playwright-core';

/**
 * Tally's UI lives in closed shadow roots, which neither the page nor Playwright's
 * locators can reach. The Chrome DevTools Protocol can (`DOM.getDocument` with
 * `pierce`): these helpers read and click inside them the way a person would, with
 * the real mouse and keyboard, never by scripting Tally's elements.
 */

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function cdpOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

interface DomNode {
  backendNodeId: number;
  nodeName: string;
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

/** The closed shadow roots hosted by the children of `<html>` (where Tally puts its UI). */
async function closedRoots(cdp: CDPSession): Promise<number[]> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: 2, pierce: true })) as { root: DomNode };
  const html = root.children?.find((n) => n.nodeName === 'HTML');
  return (html?.children ?? []).flatMap((host) =>
    (host.shadowRoots ?? []).filter((r) => r.shadowRootType === 'closed').map((r) => r.backendNodeId),
  );
}

/**
 * Calls `fn` (the source of a function taking the element as `this` and `arg`) on the
 * first element matching `selector` in any of Tally's closed shadow roots, and returns its
 * result; null when no root holds such an element.
 */
export async function inTallyUi<R>(
  page: Page,
  selector: string,
  fn: string,
  arg: unknown = null,
): Promise<R | null> {
  const cdp = await cdpOf(page);
  for (const backendNodeId of await closedRoots(cdp)) {
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId })) as {
      object: { objectId: string };
    };
    const found = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function (s) { return this.querySelector(s); }',
      arguments: [{ value: selector }],
    })) as { result: { objectId?: string; subtype?: string } };
    if (!found.result.objectId) continue;
    const { result } = (await cdp.send('Runtime.callFunctionOn', {
      objectId: found.result.objectId,
      functionDeclaration: fn,
      arguments: [{ value: arg }],
      returnByValue: true,
    })) as { result: { value: R } };
    return result.value;
  }
  return null;
}

/** What an open popover shows; null when none is open. */
export interface PopoverView {
  status: string | null;
  others: number;
  text: string;
}

/** Reads an open popover (`.pop`) as a {@link PopoverView}: the source of a function taking it as `this`. */
export const POPOVER_VIEW = `function () {
  return {
    status: this.getAttribute('data-status'),
    others: this.querySelectorAll('.other').length,
    text: this.textContent,
  };
}`;

/** The selector of the open popover in Tally's UI. */
export const OPEN_POPOVER = '.frame:not([hidden]) .pop';

/** The box of an element in viewport coordinates: the source of a function taking it as `this`. */
export const BOX_OF =
  'function () { const r = this.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }';

/** The open popover, as the reader sees it. */
export function readPopover(page: Page): Promise<PopoverView | null> {
  return inTallyUi<PopoverView>(page, OPEN_POPOVER, POPOVER_VIEW);
}

/** Polls `read` until it gives a popover (`open`) or none; throws after `timeout` ms. */
export async function waitForPopover(
  read: () => Promise<PopoverView | null>,
  open: boolean,
  timeout: number,
): Promise<PopoverView | null> {
  const end = Date.now() + timeout;
  for (;;) {
    const view = await read();
    if (!!view === open) return view;
    if (Date.now() > end) throw new Error(`timed out waiting for the popover to ${open ? 'open' : 'close'}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

/** Waits until a popover is open (`open`) or none is. */
export function waitPopover(page: Page, open = true, timeout = 10_000): Promise<PopoverView | null> {
  return waitForPopover(() => readPopover(page), open, timeout);
}

/** Reads inside Tally's UI: `fn` (a function's source) on the first element matching `selector`, or null. */
export type TallyUiReader = <R>(selector: string, fn: string, arg?: unknown) => Promise<R | null>;

/** Clicks the middle of the element `read` finds with `mouse` (the real one); false when it is not there. */
export async function clickFound(
  read: TallyUiReader,
  mouse: { click(x: number, y: number): Promise<unknown> },
  selector: string,
): Promise<boolean> {
  const box = await read<{ x: number; y: number; width: number; height: number }>(selector, BOX_OF);
  if (!box) return false;
  await mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return true;
}

/** Clicks the middle of an element inside Tally's UI with the real mouse; false when it is not there. */
export function clickInTallyUi(page: Page, selector: string): Promise<boolean> {
  return clickFound((sel, fn, arg) => inTallyUi(page, sel, fn, arg), page.mouse, selector);
}

/**
 * Where focus is: `page` (an element of the page, by tag name), or `tally:` and what
 * has it inside Tally's UI (its role, test id or class).
 */
export async function focusedIn(page: Page): Promise<string> {
  const cdp = await cdpOf(page);
  for (const backendNodeId of await closedRoots(cdp)) {
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId })) as {
      object: { objectId: string };
    };
    const { result } = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function () {
        const el = this.activeElement;
        return el ? el.getAttribute('data-testid') || el.getAttribute('role') || el.className || el.tagName : null;
      }`,
      returnByValue: true,
    })) as { result: { value: string | null } };
    if (result.value) return `tally:${result.value}`;
  }
  return `page:${await page.evaluate(() => document.activeElement?.tagName ?? 'none')}`;
}

/** A box in viewport coordinates. */
interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The boxes Tally draws over figures of `kind` (`noted` or `focus`), in viewport coordinates. */
export async function markBoxes(page: Page, kind: 'noted' | 'focus'): Promise<Rect[]> {
  return (
    (await inTallyUi<Rect[]>(
      page,
      'section',
      `function (kind) {
        return [...this.querySelectorAll('.' + kind)].map((b) => {
          const r = b.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        });
      }`,
      kind,
    )) ?? []
  );
}

/**
 * The boxes of the first occurrence of `text` in the article, spaces matching any run of
 * white space (run inside the page; it declares no inner functions, see listPainted).
 */
export function textBoxes(text: string): Rect[] {
  const pattern = new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  const article = document.querySelector('article')!;
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const m = pattern.exec((node as Text).data);
    if (!m) continue;
    const range = document.createRange();
    range.setStart(node, m.index);
    range.setEnd(node, m.index + m[0].length);
    return [...range.getClientRects()].map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }));
  }
  return [];
}

/** Whether Tally marks `text` (its first occurrence in the article) as `kind`: a box lies over each of its lines. */
export async function isMarked(page: Page, kind: 'noted' | 'focus', text: string): Promise<boolean> {
  const [boxes, lines] = await Promise.all([markBoxes(page, kind), page.evaluate(textBoxes, text)]);
  const centreIn = (line: Rect, box: Rect) => {
    const x = line.x + line.width / 2;
    const y = line.y + line.height / 2;
    return x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
  };
  return lines.length > 0 && lines.every((line) => boxes.some((box) => centreIn(line, box)));
}
