import { expect } from 'vitest';
import { waitDone, type CheckPage } from './page-checks';
import { listPainted, readTallyState } from './tally-page';

/**
 * What a hostile page does to Tally, written as page code: each function runs in the
 * page's own world (Playwright's and Puppeteer's `evaluate`), with only the powers any
 * page has. They declare no inner functions (see listPainted).
 */

/** The middle of the first painted figure with `status` (from the page's view of the highlight registry). */
export function figureMiddle(status: string): { x: number; y: number } | null {
  const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<Range>> } }).CSS
    ?.highlights;
  for (const [name, highlight] of registry ?? []) {
    if (!name.startsWith(`tally-${status}`)) continue;
    for (const range of highlight) {
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
  }
  return null;
}

/** Clicks a point with scripted (untrusted) events, every way a page can. */
export function forgeClick(at: { x: number; y: number }): string {
  const target = document.elementFromPoint(at.x, at.y) as HTMLElement | null;
  if (!target) return 'nothing there';
  const init = { bubbles: true, cancelable: true, composed: true, clientX: at.x, clientY: at.y, button: 0 };
  target.dispatchEvent(new PointerEvent('pointerdown', init));
  target.dispatchEvent(new MouseEvent('mousedown', init));
  target.dispatchEvent(new PointerEvent('pointerup', init));
  target.dispatchEvent(new MouseEvent('mouseup', init));
  target.dispatchEvent(new MouseEvent('click', init));
  target.click();
  return target.tagName;
}

/** Presses keys with scripted events on the document, the focused element and every element Tally added. */
export function forgeKeys(): number {
  const keys = [
    { key: 'N', code: 'KeyN', altKey: true, shiftKey: true },
    { key: 'J', code: 'KeyJ', altKey: true, shiftKey: true },
    { key: 'H', code: 'KeyH', altKey: true, shiftKey: true },
    { key: 'Enter', code: 'Enter' },
    { key: ' ', code: 'Space' },
  ];
  const targets: EventTarget[] = [document, document.activeElement ?? document.body];
  for (const el of document.documentElement.children)
    if (el !== document.head && el !== document.body) targets.push(el);
  let sent = 0;
  for (const target of targets) {
    for (const key of keys) {
      for (const type of ['keydown', 'keypress', 'keyup']) {
        target.dispatchEvent(
          new KeyboardEvent(type, { ...key, bubbles: true, cancelable: true, composed: true }),
        );
        sent++;
      }
    }
  }
  return sent;
}

/** What the page can see of the elements Tally added to `<html>` and of any shadow root in the page. */
export function reachIntoTally(): {
  hosts: number;
  openRoots: number;
  attached: number;
  tallyText: string[];
} {
  const hosts = [...document.documentElement.children].filter(
    (el) => el !== document.head && el !== document.body,
  );
  let attached = 0;
  for (const host of hosts) {
    try {
      host.attachShadow({ mode: 'open' });
      attached++;
    } catch {
      // Already has a (closed) shadow root: the page cannot replace it.
    }
  }
  const openRoots = hosts.filter((h) => h.shadowRoot !== null).length;
  // Any text of Tally's the page can read anywhere: in an open shadow root or in the page's DOM.
  const tallyText: string[] = [];
  for (const el of document.querySelectorAll('*')) {
    const text = el.shadowRoot?.textContent ?? '';
    if (/Tally|figures differ|Note/i.test(text)) tallyText.push(text.slice(0, 60));
  }
  return { hosts: hosts.length, openRoots, attached, tallyText };
}

/**
 * Whether something of Tally's covers a point beside `at` (40 px below or above it, where a
 * popover opens): the page's only way to tell that a popover opened, since `elementFromPoint`
 * answers with the host of a closed shadow root.
 */
export function coveredNear(at: { x: number; y: number }): boolean {
  return [40, -40].some((dy) => {
    const el = document.elementFromPoint(at.x + 20, at.y + dy);
    return !!el && el.parentElement === document.documentElement && el !== document.body;
  });
}

/**
 * Poses as a newer copy of Tally starting in the page: WXT stops a content script when the
 * document receives this event (its name is public: the extension's id and the script's).
 */
export function poseAsNewerCopy(extensionId: string): void {
  document.dispatchEvent(
    new CustomEvent(`${extensionId}:news:wxt:content-script-started`, {
      detail: { contentScriptName: 'news', messageId: 'not-tally' },
    }),
  );
}

/** Adds a paragraph with a new figure to the article (as a page updating itself would). */
export function addParagraph(text: string): void {
  const p = document.createElement('p');
  p.textContent = text;
  document.querySelector('article')!.append(p);
}

/** What both browsers' hostile tests check the same way, on any {@link CheckPage}. */
export const SHARED_CHECKS = {
  /** The page claimed the custom element names first: Tally paints, and made none of them. */
  async namesClaimed(page: CheckPage): Promise<void> {
    expect((await page.evaluate(listPainted, 'article')).length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { hostile: object }).hostile, undefined)).toEqual({
      created: [],
      connected: [],
    });
  },
  /** No shadow root of Tally's is open, replaceable or readable by the page. */
  async noWayIn(page: CheckPage): Promise<void> {
    const seen = await page.evaluate(reachIntoTally, undefined);
    expect(seen.hosts).toBeGreaterThanOrEqual(3);
    expect(seen).toMatchObject({ openRoots: 0, attached: 0, tallyText: [] });
  },
  /** Tally's highlight names carry a random suffix (checked against another load where the browser allows). */
  async namesUnguessable(page: CheckPage): Promise<string[]> {
    const names = await page.evaluate(highlightNames, undefined);
    expect(names.filter((n) => n.startsWith('tally-'))).toHaveLength(5);
    for (const n of names) expect(n).toMatch(/^tally-[a-z]+-[0-9a-z]{8,}$/);
    return names;
  },
  /** Text the page adds to Tally's highlights is gone after Tally's next repaint. */
  async foreignRangesDropped(page: CheckPage): Promise<void> {
    const before = await page.evaluate(readTallyState, undefined);
    const foreign = await page.evaluate(paintAsTally, undefined);
    await page.evaluate(addParagraph, 'The ferry company said 14 crossings were cancelled.');
    await waitDone(page, before.claims + 1);
    const painted = await page.evaluate(listPainted, 'article');
    expect(painted.map((p) => p.text)).not.toContain(foreign);
    expect(painted.filter((p) => !p.insideArticle)).toEqual([]);
  },
  /** Posing as a newer copy of Tally does not stop it: it reads the page again when it changes. */
  async newerCopyPose(page: CheckPage, extensionId: string): Promise<void> {
    const before = await page.evaluate(readTallyState, undefined);
    await page.evaluate(poseAsNewerCopy, extensionId);
    await page.evaluate(addParagraph, 'The harbour master said 27 cranes stood idle, the union said.');
    await waitDone(page, before.claims + 1);
  },
};

/**
 * Everything the page can read that might say what the reader noted: `<html>`'s attributes,
 * every highlight in the registry with its ranges' text, and what Tally added to `<html>`.
 */
export function pageView(): { attributes: string[]; highlights: string[]; added: string[] } {
  const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<Range>> } }).CSS
    ?.highlights;
  const highlights: string[] = [];
  for (const [name, highlight] of registry ?? []) {
    for (const range of highlight) highlights.push(`${name}: ${range.toString()}`);
  }
  return {
    attributes: document.documentElement
      .getAttributeNames()
      .map((n) => `${n}=${document.documentElement.getAttribute(n)}`),
    highlights: highlights.sort(),
    added: [...document.documentElement.children]
      .filter((el) => el !== document.head && el !== document.body)
      .map((el) => `${el.tagName} ${el.getAttributeNames().join(' ')} ${el.textContent}`),
  };
}

/** The names in the page's highlight registry. */
export function highlightNames(): string[] {
  const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  return [...(registry?.keys() ?? [])].sort();
}

/**
 * Paints text of the page's choosing with Tally's "figures differ" highlight: adds a range to
 * Tally's highlight and registers one of its own under the name Tally's rules would have
 * without a random suffix. Returns the text it painted.
 */
export function paintAsTally(): string {
  const registry = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
  const text = document.querySelector('footer')!.firstChild!;
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(text, 6);
  for (const [name, highlight] of registry) if (name.startsWith('tally-diverges')) highlight.add(range);
  const Ctor = (globalThis as unknown as { Highlight: new (...r: Range[]) => Set<Range> }).Highlight;
  registry.set('tally-diverges', new Ctor(range));
  return range.toString();
}
