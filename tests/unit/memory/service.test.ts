import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  createIdbBackend,
  createMapBackend,
  createMemory,
  DEFAULT_MEMORY_SETTINGS,
  idbExists,
} from '../../../utils/memory';
import type { MemorySettings, ReadingContext } from '../../../utils/memory';
import { createMemoryService } from '../../../utils/memory/service';
import type { ClaimMatch, PageClaim } from '../../../utils/schema';
import { NoteDraft } from '../../../utils/schema/notes';
import { createBackgroundHandler } from '../../../utils/messaging';
import { makeClaim, makeFrame, makeLoneMatch } from '../support/records';
import { contentScript, EXTENSION_PAGE } from '../support/senders';
import { everything } from './support';

const KYIV = 'https://kyiv.example/news/drones';
const MOSCOW = 'https://moscow.example/news/drones';
const PUBLISHED = '2025-03-19';

/** An article saying `speaker` gave `value` drones launched overnight. */
function article(value: number, speaker: string, over: Partial<PageClaim> = {}) {
  const prefix = 'Overnight Russia launched ';
  const figure = `${value} drones`;
  const text = `${prefix}${figure}, ${speaker} said.`;
  const claim = makeClaim({
    start: prefix.length,
    end: prefix.length + figure.length,
    text: figure,
    value,
    speaker,
    frame: makeFrame({ action: 'launched', measure: 'launched', timeText: 'overnight' }),
    ...over,
  });
  return {
    msg: { text, article: { url: null, headline: `Drones: ${speaker}`, outlet: null, published: PUBLISHED } },
    claims: [claim],
    matches: [makeLoneMatch({ claimId: claim.id, status: 'unmatched' })] as ClaimMatch[],
  };
}

/** A service over a fresh memory, with the settings given (on, unless overridden). */
function setup(over: Partial<MemorySettings> = {}) {
  let settings: MemorySettings = { ...DEFAULT_MEMORY_SETTINGS, enabled: true, ...over };
  const memory = createMemory(createMapBackend());
  const service = createMemoryService({
    memory: () => memory,
    settings: async () => settings,
    setSettings: async (patch) => (settings = { ...settings, ...patch }),
  });
  /** Reads an article at `url` and waits until its figures are remembered. */
  const read = async (url: string, a: ReturnType<typeof article>, incognito = false) => {
    const where: ReadingContext = { url, incognito };
    const got = await service.recall(a.msg, a.claims, a.matches, where);
    await got.remembered;
    return got.matches;
  };
  return { memory, service, read };
}

describe('the memory in the worker', () => {
  it("shows a page read earlier as another speaker's figure, with its link, and decides the status", async () => {
    const { read } = setup();
    await read(KYIV, article(145, "Ukraine's Air Force"));
    const [match] = await read(MOSCOW, article(57, "Russia's Defence Ministry"));
    expect(match?.status).toBe('diverges');
    expect(match?.others).toEqual([
      expect.objectContaining({ value: 145, origin: 'memory', name: "Ukraine's Air Force" }),
    ]);
    expect(match?.others[0]?.source?.url).toBe(KYIV);
    expect(typeof match?.others[0]?.readAt).toBe('number');
  });

  it.each([
    ['agrees with the same figure from another speaker', 145, "Russia's Defence Ministry", 'agrees', 1],
    ["ignores the same speaker's own earlier figure", 150, "Ukraine's Air Force", 'unmatched', 0],
  ])('%s', async (_name, value, speaker, status, others) => {
    const { read } = setup();
    await read(KYIV, article(145, "Ukraine's Air Force"));
    const [match] = await read(MOSCOW, article(value, speaker));
    expect(match?.status).toBe(status);
    expect(match?.others).toHaveLength(others);
  });

  it('lists a remembered figure as related only, when the matcher was unsure of the page figure', async () => {
    const { read } = setup();
    await read(KYIV, article(145, "Ukraine's Air Force"));
    const b = article(57, "Russia's Defence Ministry");
    b.matches = [makeLoneMatch({ claimId: 'c0', status: 'related' })];
    const [match] = await read(MOSCOW, b);
    expect(match?.status).toBe('related');
    expect(match?.others).toEqual([]);
    expect(match?.related).toEqual([expect.objectContaining({ value: 145, origin: 'memory' })]);
  });

  it.each<[string, Partial<MemorySettings>, boolean]>([
    ['the memory is off', { enabled: false }, false],
    ['the memory is paused', { paused: true }, false],
    ['the site is excluded', { excluded: ['kyiv.example'] }, false],
    ['the window is private', {}, true],
  ])('remembers nothing when %s', async (_name, over, incognito) => {
    const { read, memory } = setup(over);
    await read(KYIV, article(145, "Ukraine's Air Force"), incognito);
    expect(await everything(memory)).toEqual([]);
    expect((await memory.stats()).figures).toBe(0);
  });

  it('shows nothing remembered while the memory is off', async () => {
    const on = setup();
    await on.read(KYIV, article(145, "Ukraine's Air Force"));
    await on.service.handle({ type: 'memory-settings', patch: { enabled: false } });
    const [match] = await on.read(MOSCOW, article(57, "Russia's Defence Ministry"));
    expect(match?.status).toBe('unmatched');
  });

  it('forgets a page: it is no longer a cross-reference on the next reading', async () => {
    const { read, service } = setup();
    await read(KYIV, article(145, "Ukraine's Air Force"));
    expect(await service.handle({ type: 'memory-forget', scope: { kind: 'page', url: KYIV } })).toEqual({
      ok: true,
      forgotten: 1,
    });
    const [match] = await read(MOSCOW, article(57, "Russia's Defence Ministry"));
    expect(match?.others).toEqual([]);
  });

  it('lists the pages read, most recent first, a page at a time', async () => {
    const { read, service } = setup();
    await read(KYIV, article(145, "Ukraine's Air Force"));
    await new Promise((ok) => setTimeout(ok, 5));
    await read(MOSCOW, article(57, "Russia's Defence Ministry"));
    const first = await service.handle({ type: 'memory-pages', before: null, limit: 1 });
    expect(first).toMatchObject({ ok: true, pages: [{ url: MOSCOW }] });
    const next = first.ok && 'next' in first ? first.next : null;
    expect(next).not.toBeNull();
    expect(await service.handle({ type: 'memory-pages', before: next, limit: 1 })).toMatchObject({
      ok: true,
      pages: [{ url: KYIV }],
    });
  });

  it('reports its size, and keeps its settings', async () => {
    const { read, service } = setup();
    await read(KYIV, article(145, "Ukraine's Air Force"));
    expect(await service.handle({ type: 'memory-stats' })).toMatchObject({
      ok: true,
      stats: { figures: 1 },
    });
    expect(await service.handle({ type: 'memory-settings', patch: { retentionDays: 30 } })).toMatchObject({
      ok: true,
      settings: { enabled: true, retentionDays: 30 },
    });
  });
});

describe('the memory messages', () => {
  const handler = () =>
    createBackgroundHandler({
      getMatcher: () => Promise.reject(new Error('no matcher in this test')),
      memory: setup().service,
    });

  it.each([
    { type: 'memory-stats' },
    { type: 'memory-pages', before: null, limit: 10 },
    { type: 'memory-forget', scope: { kind: 'everything' } },
    { type: 'memory-settings', patch: { enabled: true } },
  ])('are served to the extension pages only, never to a page ($type)', async (msg) => {
    const handle = handler();
    expect(await handle(msg, contentScript())).toMatchObject({ ok: false, error: /not served/ });
    expect(await handle(msg, EXTENSION_PAGE)).toMatchObject({ ok: true });
  });

  it.each([
    ['a retention out of range', { type: 'memory-settings', patch: { retentionDays: 0 } }],
    ['a cap out of range', { type: 'memory-settings', patch: { cap: 10 } }],
    ['an unknown scope', { type: 'memory-forget', scope: { kind: 'week' } }],
  ])('refuse %s precisely', async (_name, msg) => {
    expect(await handler()(msg, EXTENSION_PAGE)).toMatchObject({ ok: false, error: /invalid message/ });
  });
});

describe('noting a remembered figure in one click', () => {
  it('notes it with its words, speaker and page, through the ledger', async () => {
    const { read, service, memory } = setup();
    await read(KYIV, article(145, "Ukraine's Air Force"));
    const [figure] = (await memory.pages([KYIV]))[0]?.figures ?? [];
    const added: unknown[] = [];
    const handle = createBackgroundHandler({
      getMatcher: () => Promise.reject(new Error('no matcher in this test')),
      memory: service,
      notes: async (msg) => {
        added.push(msg);
        return { ok: false, error: 'recorded' };
      },
    });
    await handle({ type: 'memory-note', url: KYIV, id: figure!.id }, EXTENSION_PAGE);
    expect(NoteDraft.safeParse((added[0] as { draft: unknown }).draft).success).toBe(true);
    expect(added).toEqual([
      {
        type: 'notes-add',
        draft: expect.objectContaining({
          claim: expect.objectContaining({ text: '145 drones', value: 145, speaker: "Ukraine's Air Force" }),
          page: expect.objectContaining({ url: KYIV }),
          quote: expect.objectContaining({ exact: '145 drones', prefix: 'Overnight Russia launched ' }),
        }),
      },
    ]);
    expect(await handle({ type: 'memory-note', url: KYIV, id: 'forgotten' }, EXTENSION_PAGE)).toMatchObject({
      ok: false,
      error: /no longer remembered/,
    });
    expect(await handle({ type: 'memory-note', url: KYIV, id: figure!.id }, contentScript())).toMatchObject({
      ok: false,
      error: /not served/,
    });
  });
});

describe('a memory the reader never turned on', () => {
  /** A service whose store does not exist (`exists`), counting how often it is opened. */
  function untouched(exists: boolean, enabled = false) {
    let opened = 0;
    const store = createMemory(createMapBackend());
    const service = createMemoryService({
      memory: () => {
        opened++;
        return store;
      },
      settings: async () => ({ ...DEFAULT_MEMORY_SETTINGS, enabled }),
      setSettings: async (patch) => ({ ...DEFAULT_MEMORY_SETTINGS, ...patch }),
      exists: async () => exists,
    });
    return { service, opened: () => opened };
  }

  it.each([
    [{ type: 'memory-stats' }, { stats: { figures: 0, bytes: 0, oldest: null, dropped: null } }],
    [
      { type: 'memory-pages', before: null, limit: 10 },
      { pages: [], next: null },
    ],
    [{ type: 'memory-forget', scope: { kind: 'everything' } }, { forgotten: 0 }],
    [{ type: 'memory-settings', patch: { retentionDays: 30 } }, { settings: { retentionDays: 30 } }],
  ] as const)('answers %o without opening (so creating) the store', async (msg, reply) => {
    const { service, opened } = untouched(false);
    expect(await service.handle(msg)).toMatchObject({ ok: true, ...reply });
    expect(await service.figure(KYIV, 'c1')).toBeNull();
    expect(opened()).toBe(0);
  });

  it.each([
    ['the store exists (the memory was on once)', true, false],
    ['the memory is on', false, true],
  ])('opens the store when %s', async (_, exists, enabled) => {
    const { service, opened } = untouched(exists, enabled);
    expect(await service.handle({ type: 'memory-stats' })).toMatchObject({ ok: true, stats: { figures: 0 } });
    expect(opened()).toBe(1);
  });
});

describe('idbExists', () => {
  it('says whether the database was made, without making it', async () => {
    const factory = new IDBFactory();
    expect(await idbExists({ factory, name: 'tally-memory' })).toBe(false);
    expect(await idbExists({ factory, name: 'tally-memory' })).toBe(false);
    const memory = createMemory(createIdbBackend({ factory, keyRange: IDBKeyRange, name: 'tally-memory' }));
    await memory.stats();
    expect(await idbExists({ factory, name: 'tally-memory' })).toBe(true);
  });

  it('takes the database to exist where the browser cannot list them', async () => {
    expect(await idbExists({ factory: {} as IDBFactory })).toBe(true);
  });
});
