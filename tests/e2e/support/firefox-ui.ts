import type { Page } from 'puppeteer-core';
import { ROOT_MARKUP, axeViolationsOfCopy, type AxeViolation } from './axe';
import { bidiOf, type BidiChannel } from './firefox';
import { OPEN_POPOVER, POPOVER_VIEW, clickFound, waitForPopover, type PopoverView } from './tally-ui';

/**
 * Tally's UI in Firefox, read the way tally-ui.ts reads it in Chromium, with no hook in the
 * extension: WebDriver BiDi serialises an element's shadow root whatever its mode (Firefox's
 * remote agent reads `openOrClosedShadowRoot`, a privilege of the browser's automation, not of
 * any script in the page), and a serialised node's `sharedId` can be passed back as `this`.
 * Functions run in a BiDi sandbox: the page's DOM through Xray wrappers, so nothing the page
 * redefines (`querySelector`, `textContent`, …) changes what the test reads, and the page never
 * sees the sandbox.
 */

/** The sandbox (an isolated realm of the page) the tests read Tally's UI from. */
const SANDBOX = 'tally-e2e';

/** A BiDi remote value (the parts read here). */
interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}

/** What `script.callFunction` answers. */
interface CallResult {
  type: 'success' | 'exception';
  result?: RemoteValue;
  exceptionDetails?: { text: string };
}

async function call(
  bidi: BidiChannel,
  functionDeclaration: string,
  options: { this?: RemoteValue | { sharedId: string }; arguments?: RemoteValue[] } = {},
): Promise<RemoteValue> {
  const { result } = await bidi.send('script.callFunction', {
    functionDeclaration,
    awaitPromise: false,
    target: { context: bidi.context, sandbox: SANDBOX },
    serializationOptions: { maxDomDepth: 0 },
    ...options,
  });
  const answer = result as unknown as CallResult;
  if (answer.type === 'exception') throw new Error(`in the page: ${answer.exceptionDetails?.text}`);
  return answer.result!;
}

/** The `sharedId`s of the closed shadow roots hosted by the children of `<html>` (where Tally puts its UI). */
async function closedRoots(bidi: BidiChannel): Promise<string[]> {
  const hosts = await call(bidi, '() => [...document.documentElement.children]');
  return ((hosts.value ?? []) as { value?: { shadowRoot?: RemoteValue | null } }[]).flatMap((host) => {
    const root = host.value?.shadowRoot;
    const mode = (root?.value as { mode?: string } | undefined)?.mode;
    return root?.sharedId && mode === 'closed' ? [root.sharedId] : [];
  });
}

/**
 * Calls `fn` (the source of a function taking the element as `this` and `arg`) on the first
 * element matching `selector` in any of Tally's closed shadow roots, and returns its result
 * (anything JSON can carry); null when no root holds such an element.
 */
export async function inTallyUiFirefox<R>(
  page: Page,
  selector: string,
  fn: string,
  arg: unknown = null,
): Promise<R | null> {
  const bidi = bidiOf(page);
  for (const sharedId of await closedRoots(bidi)) {
    const answer = await call(
      bidi,
      `function (selector, arg) {
        const element = this.querySelector(selector);
        return element ? JSON.stringify({ value: (${fn}).call(element, JSON.parse(arg)) }) : null;
      }`,
      {
        this: { sharedId },
        arguments: [
          { type: 'string', value: selector },
          { type: 'string', value: JSON.stringify(arg) },
        ],
      },
    );
    if (answer.type === 'string') return (JSON.parse(answer.value as string) as { value: R }).value;
  }
  return null;
}

/** The open popover, as the reader sees it; null when none is open. */
export function readPopoverFirefox(page: Page): Promise<PopoverView | null> {
  return inTallyUiFirefox<PopoverView>(page, OPEN_POPOVER, POPOVER_VIEW);
}

/** Waits until a popover is open (`open`) or none is. */
export function waitPopoverFirefox(page: Page, open = true, timeout = 10_000): Promise<PopoverView | null> {
  return waitForPopover(() => readPopoverFirefox(page), open, timeout);
}

/** Clicks the middle of an element inside Tally's UI with the real mouse; false when it is not there. */
export function clickInTallyUiFirefox(page: Page, selector: string): Promise<boolean> {
  return clickFound((sel, fn, arg) => inTallyUiFirefox(page, sel, fn, arg), page.mouse, selector);
}

/**
 * axe-core on a piece of Tally's UI on a page (the popover), as axe.ts does in Chromium: its
 * closed root's markup and stylesheet, read over BiDi, checked in an open shadow root of a
 * blank page of the same size.
 */
export async function axeViolationsInTallyUiFirefox(page: Page, selector: string): Promise<AxeViolation[]> {
  const markup = await inTallyUiFirefox<string>(page, selector, ROOT_MARKUP);
  if (markup === null) throw new Error(`no ${selector} in Tally's UI on this page`);
  const copy = await page.browser().newPage();
  try {
    await copy.setViewport(page.viewport() ?? { width: 1280, height: 900 });
    return await axeViolationsOfCopy(copy, markup, selector);
  } finally {
    await copy.close();
  }
}
