import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** Clicks an export button on the side panel and returns the downloaded file's name and text. */
async function exportAs(format: string): Promise<{ name: string; text: string }> {
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
    expect(texts.find((t) => t.includes(MANUAL_SELECTION))).toContain('selected by hand');
  });

  it('saves a comment, tags and the speaker of a manual note', async () => {
    const item = panel.getByTestId('tally-note-item').filter({ hasText: MANUAL_SELECTION });
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

  it('deletes a note and puts it back on undo', async () => {
    const before = await allNotes();
    await expect.poll(() => isMarked(article, 'noted', ORPHAN_FIGURE)).toBe(true);
    await panel
      .getByTestId('tally-note-item')
      .filter({ hasText: ORPHAN_FIGURE })
      .getByTestId('tally-note-delete')
      .click();
    await expect.poll(async () => byQuote(await allNotes(), ORPHAN_FIGURE)).toBeUndefined();
    await expect.poll(() => isMarked(article, 'noted', ORPHAN_FIGURE)).toBe(false);
    await panel.getByTestId('tally-undo').click();
    await expect.poll(async () => (await allNotes()).length).toBe(before.length);
    expect(byQuote(await allNotes(), ORPHAN_FIGURE)).toEqual(byQuote(before, ORPHAN_FIGURE));
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
    const orphan = panel.getByTestId('tally-note-item').filter({ hasText: ORPHAN_FIGURE });
    const fuzzy = panel.getByTestId('tally-note-item').filter({ hasText: FUZZY_FIGURE });
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
    await panel.screenshot({ path: screenshotPath('sidepanel.png'), fullPage: true });
    expect(await overflowing(panel)).toEqual([]);
  });

  it('jumps back to a figure on an open page from the side panel', async () => {
    await article.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await panel
      .getByTestId('tally-note-item')
      .filter({ hasText: MANUAL_SELECTION })
      .getByTestId('tally-note-jump')
      .click();
    await expect.poll(() => isMarked(article, 'focus', MANUAL_SELECTION)).toBe(true);
  });

  it('opens the page again and shows the figure when no tab has it', async () => {
    // A tab the extension opens is not routed by Playwright, so it may get the original copy:
    // this uses a figure both copies share.
    await article.close();
    const [opened] = await Promise.all([
      tally.browser.context.waitForEvent('page'),
      panel
        .getByTestId('tally-note-item')
        .filter({ hasText: MANUAL_SELECTION })
        .getByTestId('tally-note-jump')
        .click(),
    ]);
    article = opened;
    await expect.poll(() => isMarked(article, 'focus', MANUAL_SELECTION), { timeout: 15_000 }).toBe(true);
    expect(article.url().startsWith(tally.server.url(PAGE))).toBe(true);
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
    expect(report).toContain(`${before.length} added`);
    expect(await allNotes()).toEqual(before);
  });

  it('finds every note of a re-imported export already there', async () => {
    const before = await allNotes();
    const { text } = await exportAs('json');
    const report = await importFile('again.json', text);
    expect(report).toContain(`0 added, ${before.length} already in your notes`);
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
    const item = panel.getByTestId('tally-note-item').filter({ hasText: 'Hostile note' });
    await item.waitFor();
    expect(await panel.locator('a[href^="javascript" i]').count()).toBe(0);
    await item.getByTestId('tally-note-jump').click();
    await expect
      .poll(() => panel.getByRole('status').allTextContents())
      .toContainEqual(expect.stringContaining('not a web address'));
    expect(errors).toEqual([]);
    await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'notes-delete', ids: ['hostile-urls'] }));
  });
});
