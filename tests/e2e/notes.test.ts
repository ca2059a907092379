import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import MarkdownIt from 'markdown-it';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { overflowing } from './support/look';
import { screenshotPath } from './support/screenshot-path';
import { listPainted } from './support/tally-page';
import { clickInTallyUi, isMarked, waitPopover } from './support/tally-ui';
import { useChromium } from './support/use-browser';

/** The article the notes are taken on, and the same URL later with its text changed a little. */
const PAGE = '/sites/notes/page.html';
const CHANGED = resolve('tests/fixtures/sites/notes/changed.html');

/** Figures noted below, as the page writes them. */
const POPOVER_FIGURE = '72';
const FUZZY_FIGURE = '145 attack and decoy drones';
const ORPHAN_FIGURE = '41 Ukrainian drones';
const MANUAL_SELECTION = 'another 56 were lost to electronic jamming';

/** A note as the tests read it back from the background. */
interface NoteView {
  id: string;
  manual: boolean;
  quote: { exact: string };
  claim: { value: number | null; speaker: string | null };
  anchor: { state: string; text: string | null };
  comment: string;
  tags: string[];
  noted: string;
  page: { url: string; outlet: string | null; published: string | null };
}

const tally = useChromium();
let article: Page;
let panel: Page;

beforeAll(async () => {
  article = await openArticle();
  panel = await tally.browser.context.newPage();
  await panel.goto(`chrome-extension://${tally.browser.extensionId}/sidepanel.html`);
});

function openArticle(): Promise<Page> {
  return tally.openDone(PAGE);
}

/** Selects the first occurrence of `text` inside the article, spaces matching any run of white space (run inside the page). */
function selectText(text: string): boolean {
  const pattern = new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const m = pattern.exec((node as Text).data);
    if (!m) continue;
    document.getSelection()!.setBaseAndExtent(node, m.index, node, m.index + m[0].length);
    return true;
  }
  return false;
}

/** Polls `read` until it returns `want` (for hooks, where expect.poll is not allowed). */
async function until<T>(read: () => Promise<T>, want: T, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if ((await read()) === want) return;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`timed out waiting for ${String(want)}`);
}

/**
 * What a click on the context menu's "Note this figure" does: the service worker
 * sends the tab `note-selection` (utils/notes/note-menu.ts), and the tab notes its selection.
 */
async function noteSelection(text: string): Promise<{ ok: boolean; id?: string; error?: string }> {
  expect(await article.evaluate(selectText, text)).toBe(true);
  const tabId = await tally.tabIdOf(article.url());
  return tally.browser.worker.evaluate(
    async ([id, selectionText]) => {
      const api = (
        globalThis as unknown as {
          chrome: { tabs: { sendMessage(id: number, msg: unknown, opts?: object): Promise<unknown> } };
        }
      ).chrome;
      return (await api.tabs.sendMessage(
        id,
        { type: 'note-selection', text: selectionText },
        { frameId: 0 },
      )) as {
        ok: boolean;
        id?: string;
        error?: string;
      };
    },
    [tabId, text] as const,
  );
}

/** Every note, asked of the background from the side panel page. */
async function allNotes(): Promise<NoteView[]> {
  const reply = (await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'notes-list' }))) as {
    ok: boolean;
    notes: NoteView[];
  };
  expect(reply.ok).toBe(true);
  return reply.notes;
}

const byQuote = (notes: NoteView[], exact: string) => notes.find((n) => n.quote.exact === exact);

/** The side panel's item for the note whose figure reads `text`. */
const noteItem = (text: string) => panel.getByTestId('tally-note-item').filter({ hasText: text });

/** Expands a note in the side panel (its comment, tags, Go to figure and Delete show then). */
async function expand(text: string) {
  const toggle = noteItem(text).getByTestId('tally-note-expand');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return noteItem(text);
}

/** The figures the side panel lists, top to bottom. */
const listedFigures = () => panel.getByTestId('tally-note-expand').allTextContents();

/** The figure of the note whose expand control has focus, or null when focus is elsewhere. */
const focusedNote = () =>
  panel.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute('data-testid') === 'tally-note-expand' ? el.textContent : null;
  });

/** Opens the side panel's export menu unless it is open. */
async function openExportMenu() {
  const toggle = panel.getByTestId('tally-export-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/**
 * Exports from the side panel in `format`, taking the notes of `scope` (the menu's own
 * choice when none is given), and returns the downloaded file's name and text.
 */
async function exportAs(format: string, scope?: string): Promise<{ name: string; text: string }> {
  await openExportMenu();
  if (scope) await panel.getByTestId(`tally-export-scope-${scope}`).check();
  const [download] = await Promise.all([
    panel.waitForEvent('download'),
    panel.getByTestId(`tally-export-${format}`).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

const TODAY = (() => {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
})();

describe('noting figures in Chromium', () => {
  it('notes a figure from the popover and paints it as noted', async () => {
    const target = (await article.evaluate(listPainted, 'article')).find((p) => p.text === POPOVER_FIGURE);
    expect(target).toBeDefined();
    await article.mouse.click(
      target!.rect.x + target!.rect.width / 2,
      target!.rect.y + target!.rect.height / 2,
    );
    await waitPopover(article);
    expect(await clickInTallyUi(article, '[data-testid="tally-note"]')).toBe(true);
    await expect.poll(async () => byQuote(await allNotes(), POPOVER_FIGURE)).toBeDefined();
    await article.keyboard.press('Escape');
    await expect.poll(() => isMarked(article, 'noted', POPOVER_FIGURE)).toBe(true);
  });

  it.each([
    ['a figure the extractor found, noted with its match', FUZZY_FIGURE, false],
    ['another figure the extractor found', ORPHAN_FIGURE, false],
    ['a selection the extractor missed, as a manual claim', MANUAL_SELECTION, true],
  ])('notes %s from the context menu', async (_name, text, manual) => {
    const reply = await noteSelection(text);
    expect(reply).toMatchObject({ ok: true });
    const note = (await allNotes()).find((n) => n.id === reply.id);
    expect(note).toMatchObject({ manual, quote: { exact: text } });
  });

  it('parses the figure of a manual selection', async () => {
    expect(byQuote(await allNotes(), MANUAL_SELECTION)?.claim.value).toBe(56);
  });

  it('does not note the same figure twice', async () => {
    const before = (await allNotes()).length;
    const reply = await noteSelection(FUZZY_FIGURE);
    expect(reply.ok).toBe(true);
    expect((await allNotes()).length).toBe(before);
  });

  it('shows every note in the side panel, the manual one marked', async () => {
    const items = panel.getByTestId('tally-note-item');
    await expect.poll(() => items.count()).toBe((await allNotes()).length);
    const texts = await items.allTextContents();
    for (const figure of [FUZZY_FIGURE, ORPHAN_FIGURE, MANUAL_SELECTION]) {
      expect(texts.some((t) => t.includes(figure))).toBe(true);
    }
    expect(await (await expand(MANUAL_SELECTION)).textContent()).toContain('selected by hand');
  });

  it('saves a comment, tags and the speaker of a manual note', async () => {
    const item = await expand(MANUAL_SELECTION);
    await item.getByTestId('tally-note-comment').fill('=HYPERLINK("http://example.invalid") check jamming');
    await item.getByTestId('tally-note-tags').fill('jamming, air defence');
    await item.getByTestId('tally-note-speaker').fill("Ukraine's Air Force");
    await item.getByTestId('tally-note-speaker').blur();
    await expect
      .poll(async () => {
        const n = byQuote(await allNotes(), MANUAL_SELECTION);
        return [n?.comment, n?.tags, n?.claim.speaker];
      })
      .toEqual([
        '=HYPERLINK("http://example.invalid") check jamming',
        ['jamming', 'air defence'],
        "Ukraine's Air Force",
      ]);
  });

  it('deletes a note and puts it back on undo, focus moving to the next note and back', async () => {
    const before = await allNotes();
    await expect.poll(() => isMarked(article, 'noted', ORPHAN_FIGURE)).toBe(true);
    const order = await listedFigures();
    const at = order.indexOf(ORPHAN_FIGURE);
    const next = order[at + 1] ?? order[at - 1];
    await (await expand(ORPHAN_FIGURE)).getByTestId('tally-note-delete').click();
    await expect.poll(async () => byQuote(await allNotes(), ORPHAN_FIGURE)).toBeUndefined();
    await expect.poll(focusedNote).toBe(next);
    await expect.poll(() => isMarked(article, 'noted', ORPHAN_FIGURE)).toBe(false);
    await panel.getByTestId('tally-undo').click();
    await expect.poll(async () => (await allNotes()).length).toBe(before.length);
    expect(byQuote(await allNotes(), ORPHAN_FIGURE)).toEqual(byQuote(before, ORPHAN_FIGURE));
    await expect.poll(focusedNote).toBe(ORPHAN_FIGURE);
  });
});

describe('exporting notes from the side panel', () => {
  it('downloads CSV with a header, a row per note and the formula neutralised', async () => {
    const { name, text } = await exportAs('csv');
    expect(name).toBe(`tally-notes-${TODAY}.csv`);
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]!.startsWith('id,noted,figure,')).toBe(true);
    expect(lines.length - 1).toBe((await allNotes()).length);
    expect(text).toContain(`"'=HYPERLINK(""http://example.invalid"") check jamming"`);
    // Opened as a spreadsheet reads it: qualifiers are words, numbers are numbers, and only
    // the reader's formula-like comment carries the guard's apostrophe.
    const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    for (const row of rows) {
      expect(['', 'exact', 'about', 'more than', 'at least', 'less than', 'up to']).toContain(row.qualifier);
      for (const n of [row.value, row.low, row.high])
        expect(n === '' || Number.isFinite(Number(n))).toBe(true);
      const guarded = Object.entries(row).filter(([, cell]) => cell!.startsWith("'"));
      expect(guarded.map(([column]) => column)).toEqual(guarded.length ? ['comment'] : []);
    }
    expect(rows.some((row) => row.value !== '' && row.qualifier !== '')).toBe(true);
  });

  it('downloads JSON with every note exactly as stored', async () => {
    const { name, text } = await exportAs('json');
    expect(name).toBe(`tally-notes-${TODAY}.json`);
    const file = JSON.parse(text) as { format: string; notes: NoteView[] };
    expect(file.format).toBe('tally-notes/1');
    expect(file.notes).toEqual(await allNotes());
  });

  it('downloads Markdown grouped by topic with links to the page', async () => {
    const { name, text } = await exportAs('markdown');
    expect(name).toBe(`tally-notes-${TODAY}.md`);
    expect(text.startsWith('# Tally notes')).toBe(true);
    expect(text).toMatch(/^## /m);
    expect(text).toContain(`](${tally.server.url(PAGE)})`);
    // Read as text and as rendered: no escape shows through, and each note's figure is a heading's item.
    const rendered = new MarkdownIt().render(text);
    const shown = rendered.replace(/<[^>]+>/g, '');
    expect(shown).not.toMatch(/\\[\\`*_{}[\]()#+\-.!|>]/);
    for (const note of await allNotes()) expect(shown).toContain(note.quote.exact);
  });

  it('downloads Web Annotations whose selectors re-anchor on the page as annotation tools read it', async () => {
    const { name, text } = await exportAs('annotations');
    expect(name).toBe(`tally-notes-${TODAY}.jsonld`);
    type Selector = { type: string; exact?: string; start?: number; end?: number };
    const doc = JSON.parse(text) as {
      '@context': [string, object];
      type: string;
      total: number;
      first: { items: { target: { source: string; selector: Selector[] } }[] };
    };
    expect([doc['@context'][0], doc.type, doc.total]).toEqual([
      'http://www.w3.org/ns/anno.jsonld',
      'AnnotationCollection',
      (await allNotes()).length,
    ]);
    for (const { target } of doc.first.items) {
      expect(target.source).toBe(tally.server.url(PAGE));
      expect(target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
      const [quote, position] = target.selector as [Selector, Selector];
      // The selector as an annotation tool resolves it: offsets into document.body's text content.
      const found = await article.evaluate(([start, end]) => document.body.textContent!.slice(start, end), [
        position.start!,
        position.end!,
      ] as const);
      expect(found).toBe(quote.exact);
      expect(found.replace(/\s+/g, ' ')).toMatch(/\d/);
    }
  });
});

/** The article's address, with or without a fragment (a text fragment when the side panel opens it). */
const isArticle = (url: URL) => url.pathname === PAGE;

describe('re-anchoring notes on a later visit', () => {
  let notes: NoteView[];
  beforeAll(async () => {
    await article.close();
    // The same URL now serves a copy whose text changed a little (tests/fixtures/sites/notes/changed.html).
    await tally.browser.context.route(isArticle, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: readFileSync(CHANGED, 'utf8'),
      }),
    );
    article = await openArticle();
    await until(async () => byQuote(await allNotes(), ORPHAN_FIGURE)?.anchor.state, 'orphaned');
    notes = await allNotes();
  });
  afterAll(() => tally.browser.context.unroute(isArticle));

  it.each([
    ['a figure whose place moved', MANUAL_SELECTION, 'anchored', null],
    ['a figure whose own text changed a little', FUZZY_FIGURE, 'fuzzy', '145 attack-and-decoy drones'],
    ['a figure whose paragraph is gone (kept, marked orphaned)', ORPHAN_FIGURE, 'orphaned', null],
  ])('finds %s', (_name, figure, state, text) => {
    expect(byQuote(notes, figure)?.anchor).toMatchObject({ state, text });
  });

  it('paints the figures it found again as noted', async () => {
    for (const figure of [MANUAL_SELECTION, '145 attack-and-decoy drones'])
      await expect.poll(() => isMarked(article, 'noted', figure)).toBe(true);
  });

  it('marks the orphaned and changed notes in the side panel', async () => {
    await panel.reload();
    await panel.getByTestId('tally-note-item').first().waitFor();
    const orphan = await expand(ORPHAN_FIGURE);
    const fuzzy = await expand(FUZZY_FIGURE);
    expect(await orphan.locator('.line1').textContent()).toContain('gone');
    expect(await fuzzy.locator('.line1').textContent()).toContain('text changed');
    expect(await orphan.getByTestId('tally-note-anchor').textContent()).toContain('No longer on the page');
    expect(await fuzzy.getByTestId('tally-note-anchor').textContent()).toContain(
      '145 attack-and-decoy drones',
    );
  });

  it('finds notes by search in the side panel', async () => {
    await panel.getByTestId('tally-notes-search').fill('jamming');
    await expect.poll(() => panel.getByTestId('tally-note-item').count()).toBe(1);
    await panel.getByTestId('tally-notes-search').fill('');
    await expect.poll(() => panel.getByTestId('tally-note-item').count()).toBe(notes.length);
  });

  it('fits the side panel at 420 px, nothing cut off (screenshot)', async () => {
    await panel.setViewportSize({ width: 420, height: 900 });
    await expand(FUZZY_FIGURE);
    await panel.screenshot({ path: screenshotPath('sidepanel.png'), fullPage: true });
    expect(await overflowing(panel)).toEqual([]);
  });

  it('jumps back to a figure on an open page from the side panel', async () => {
    await article.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await (await expand(MANUAL_SELECTION)).getByTestId('tally-note-jump').click();
    await expect.poll(() => isMarked(article, 'focus', MANUAL_SELECTION)).toBe(true);
  });

  it('opens the page again and shows the figure when no tab has it', async () => {
    // A tab the extension opens is not routed by Playwright, so it may get the original copy:
    // this uses a figure both copies share.
    await article.close();
    const jump = (await expand(MANUAL_SELECTION)).getByTestId('tally-note-jump');
    const [opened] = await Promise.all([tally.browser.context.waitForEvent('page'), jump.click()]);
    article = opened;
    await expect.poll(() => isMarked(article, 'focus', MANUAL_SELECTION), { timeout: 15_000 }).toBe(true);
    expect(article.url().startsWith(tally.server.url(PAGE))).toBe(true);
  });
});

describe('the side panel as a daily tool', () => {
  beforeAll(async () => {
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.reload();
    await panel.getByTestId('tally-note-item').first().waitFor();
  });

  it('keeps notes compact (two lines) until one is expanded on demand', async () => {
    const items = panel.getByTestId('tally-note-item');
    for (const item of await items.all()) {
      expect(await item.getByTestId('tally-note-expand').getAttribute('aria-expanded')).toBe('false');
      expect((await item.boundingBox())!.height).toBeLessThan(64);
      expect(await item.getByTestId('tally-note-comment').count()).toBe(0);
    }
    const item = await expand(MANUAL_SELECTION);
    expect(await item.getByTestId('tally-note-comment').inputValue()).toContain('check jamming');
    await item.getByTestId('tally-note-expand').click();
    expect(await item.getByTestId('tally-note-comment').count()).toBe(0);
  });

  it('keeps the toolbar (search, filters, export, import) at the top of a long list', async () => {
    await panel.setViewportSize({ width: 420, height: 260 });
    await panel.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await panel.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const toolbar = panel.getByTestId('tally-toolbar');
    expect((await toolbar.boundingBox())!.y).toBe(0);
    for (const id of [
      'tally-notes-search',
      'tally-filters-toggle',
      'tally-export-toggle',
      'tally-import-input',
    ]) {
      expect(await toolbar.getByTestId(id).count()).toBe(1);
    }
    await panel.setViewportSize({ width: 420, height: 900 });
  });

  it('says which notes an export takes, and offers both the filtered ones and all', async () => {
    await panel.getByTestId('tally-notes-search').fill('jamming');
    await expect.poll(() => panel.getByTestId('tally-note-item').count()).toBe(1);
    await openExportMenu();
    const menu = panel.getByTestId('tally-export-menu');
    expect(await panel.getByTestId('tally-export-scope-filtered').isChecked()).toBe(true);
    expect(await menu.textContent()).toContain('The 1 the filters show');
    expect(await menu.textContent()).toContain(`All notes (${(await allNotes()).length})`);
    const rows = (text: string) =>
      text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n').length - 1;
    expect(rows((await exportAs('csv')).text)).toBe(1);
    expect(rows((await exportAs('csv', 'all')).text)).toBe((await allNotes()).length);
    await panel.getByTestId('tally-notes-search').fill('');
  });

  it('sorts by outlet and by date, under headings, and keeps the choice', async () => {
    const notes = await allNotes();
    const day = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const expected: Record<string, string[]> = {
      outlet: [...new Set(notes.map((n) => n.page.outlet ?? new URL(n.page.url).hostname))].sort(),
      date: [...new Set(notes.map((n) => (n.page.published ?? n.noted).slice(0, 10)))]
        .sort()
        .reverse()
        .map((d) => day.format(Date.parse(d))),
    };
    const headings = async () =>
      (await panel.getByTestId('tally-note-group').locator('h2').allTextContents()).map((h) =>
        h.replace(/\s*\d+$/, ''),
      );
    for (const sort of ['outlet', 'date']) {
      await panel.getByTestId('tally-notes-sort').selectOption(sort);
      expect({ sort, headings: await headings() }).toEqual({ sort, headings: expected[sort] });
    }
    await panel.reload();
    expect(await panel.getByTestId('tally-notes-sort').inputValue()).toBe('date');
    await panel.getByTestId('tally-notes-sort').selectOption('topic');
  });

  it('selects several notes to export or delete them; undo brings them back', async () => {
    const before = await allNotes();
    const chosen = [FUZZY_FIGURE, MANUAL_SELECTION];
    for (const figure of chosen) await noteItem(figure).getByTestId('tally-note-select').check();
    expect(await panel.getByTestId('tally-selection').textContent()).toContain('2 selected');
    const exported = JSON.parse((await exportAs('json')).text) as { notes: NoteView[] };
    expect(exported.notes.map((n) => n.quote.exact).sort()).toEqual([...chosen].sort());
    await panel.getByTestId('tally-selection-delete').click();
    await expect.poll(async () => (await allNotes()).length).toBe(before.length - 2);
    await expect.poll(focusedNote).not.toBeNull();
    expect(chosen).not.toContain(await focusedNote());
    await panel.getByTestId('tally-undo').click();
    await expect.poll(async () => (await allNotes()).length).toBe(before.length);
    await expect.poll(focusedNote).not.toBeNull();
  });

  it('gives focus to the undo bar when no note is left to focus', async () => {
    await panel.getByTestId('tally-notes-search').fill('jamming');
    await expect.poll(() => panel.getByTestId('tally-note-item').count()).toBe(1);
    await (await expand(MANUAL_SELECTION)).getByTestId('tally-note-delete').click();
    await expect
      .poll(() => panel.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('tally-undo');
    await panel.keyboard.press('Enter');
    await expect.poll(focusedNote).toBe(MANUAL_SELECTION);
    await panel.getByTestId('tally-notes-search').fill('');
  });

  it('works at 280 px wide, the default width of Firefox’s sidebar', async () => {
    await panel.setViewportSize({ width: 280, height: 700 });
    await expand(FUZZY_FIGURE);
    await openExportMenu();
    const overflow = await panel.evaluate(() => {
      const clipped: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('body *')) {
        if (el.getBoundingClientRect().right > window.innerWidth + 0.5 && !el.closest('.vh'))
          clipped.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 40)}`);
      }
      for (const el of document.querySelectorAll<HTMLElement>('.toolbar button, .toolbar .button, .status')) {
        const r = el.getBoundingClientRect();
        if (r.right > window.innerWidth || el.scrollWidth > el.clientWidth + 1)
          clipped.push(el.textContent ?? '');
      }
      const search = document.querySelector<HTMLInputElement>('[data-testid="tally-notes-search"]')!;
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = getComputedStyle(search).font;
      const room = search.clientWidth - parseFloat(getComputedStyle(search).paddingLeft) * 2;
      if (ctx.measureText(search.placeholder).width > room)
        clipped.push(`placeholder: ${search.placeholder}`);
      return clipped;
    });
    expect(overflow).toEqual([]);
    await panel.screenshot({ path: screenshotPath('sidepanel-280.png'), fullPage: true });
    await panel.setViewportSize({ width: 420, height: 900 });
  });

  it('has no axe-core violations, compact, expanded or with its menus open', async () => {
    await panel.reload();
    await panel.getByTestId('tally-note-item').first().waitFor();
    expect(await axeViolations(panel)).toEqual([]);
    await expand(MANUAL_SELECTION);
    await openExportMenu();
    await noteItem(FUZZY_FIGURE).getByTestId('tally-note-select').check();
    expect(await axeViolations(panel)).toEqual([]);
    await panel.getByTestId('tally-filters-toggle').click();
    expect(await axeViolations(panel)).toEqual([]);
    await noteItem(FUZZY_FIGURE).getByTestId('tally-note-select').uncheck();
  });
});

describe('importing notes', () => {
  const importFile = async (name: string, text: string) => {
    await panel.getByTestId('tally-import-input').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    const report = panel.getByTestId('tally-import-report');
    await expect.poll(() => report.textContent()).toContain(name);
    return (await report.textContent()) ?? '';
  };

  it('rejects a file with an error, says where, and changes nothing', async () => {
    const before = await allNotes();
    const { text } = await exportAs('json');
    const file = JSON.parse(text) as { notes: Record<string, unknown>[] };
    file.notes.push({ ...file.notes[0], id: 'new-one', noted: 'last Tuesday' });
    const report = await importFile('broken.json', JSON.stringify(file));
    expect(report).toContain('nothing changed');
    expect(report).toContain(`notes.${file.notes.length - 1}.noted`);
    expect(await allNotes()).toEqual(before);
  });

  it('restores every note, as it was, from a JSON export after they were all deleted', async () => {
    const before = await allNotes();
    const { text } = await exportAs('json');
    await panel.evaluate(
      (ids) => chrome.runtime.sendMessage({ type: 'notes-delete', ids }),
      before.map((n) => n.id),
    );
    await expect.poll(() => panel.getByTestId('tally-note-item').count()).toBe(0);
    const report = await importFile('restore.json', text);
    expect(report).toContain(`${before.length} notes added`);
    expect(await allNotes()).toEqual(before);
  });

  it('finds every note of a re-imported export already there', async () => {
    const before = await allNotes();
    const { text } = await exportAs('json');
    const report = await importFile('again.json', text);
    expect(report).toContain(`0 notes added. ${before.length} already in your notes`);
    expect(await allNotes()).toEqual(before);
  });

  it('shows javascript: addresses of an imported note as text, and Go to figure says it will not open one', async () => {
    const errors: string[] = [];
    panel.on('pageerror', (e) => errors.push(e.message));
    const { text } = await exportAs('json');
    type Stored = { page: object; match: { others: object[] } };
    const file = JSON.parse(text) as { notes: Stored[] };
    const first = file.notes[0]!;
    const evil = {
      ...first,
      id: 'hostile-urls',
      page: { ...first.page, url: 'javascript:alert(document.domain)', title: 'Hostile note' },
      match: {
        ...first.match,
        others: [
          {
            ...first.match.others[0],
            source: { url: 'javascript:alert(2)', published: null, outlet: 'Evil' },
          },
        ],
      },
    };
    await importFile('hostile.json', JSON.stringify({ ...file, notes: [evil] }));
    const item = panel.locator('[data-note-id="hostile-urls"]');
    await item.waitFor();
    await item.getByTestId('tally-note-expand').click();
    expect(await item.textContent()).toContain('Hostile note');
    expect(await panel.locator('a[href^="javascript" i]').count()).toBe(0);
    await item.getByTestId('tally-note-jump').click();
    await expect
      .poll(() => panel.getByRole('status').allTextContents())
      .toContainEqual(expect.stringContaining('not a web address'));
    expect(errors).toEqual([]);
    await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'notes-delete', ids: ['hostile-urls'] }));
  });
});

describe('a long ledger in the side panel', () => {
  it('draws a page of notes at a time, more as the reader scrolls or asks, and follows changes', async () => {
    const { text } = await exportAs('json', 'all');
    type Stored = { id: string; quote: { exact: string } };
    const file = JSON.parse(text) as { notes: Stored[] };
    const template = file.notes[0]!;
    const many = Array.from({ length: 250 }, (_, i) => ({
      ...template,
      id: `long-${i}`,
      quote: { ...template.quote, exact: `${1000 + i} drones` },
    }));
    const reply = (await panel.evaluate(
      (notes) => chrome.runtime.sendMessage({ type: 'notes-import', notes }),
      many,
    )) as { ok: boolean };
    expect(reply.ok).toBe(true);
    const total = file.notes.length + many.length;
    await expect.poll(() => panel.getByTestId('tally-notes-count').textContent()).toBe(String(total));
    await expect.poll(() => panel.getByTestId('tally-note-item').count()).toBe(100);
    // Observers report only on a page the browser draws: the side panel is in view when used.
    await panel.bringToFront();
    await panel.getByTestId('tally-notes-more').scrollIntoViewIfNeeded();
    await expect.poll(() => panel.getByTestId('tally-note-item').count()).toBeGreaterThanOrEqual(200);
    // Scrolling the button into view may draw the last page itself and remove the button
    // under the click: then there is nothing left to ask for.
    const more = panel.getByTestId('tally-notes-more');
    while ((await more.count()) > 0) await more.click({ timeout: 5000 }).catch(() => undefined);
    await expect.poll(() => panel.getByTestId('tally-note-item').count()).toBe(total);
    await panel.evaluate(
      (ids) => chrome.runtime.sendMessage({ type: 'notes-delete', ids }),
      many.map((n) => n.id),
    );
    await expect.poll(() => panel.getByTestId('tally-note-item').count()).toBe(file.notes.length);
  });
});
