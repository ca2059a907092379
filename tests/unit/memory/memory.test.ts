import { afterEach, describe, expect, it } from 'vitest';
import {
  createMemory,
  isQuotaError,
  type Memory,
  type MemoryBackend,
  type PageEntry,
} from '../../../utils/memory';
import {
  backendCases,
  everything,
  DAY,
  figure,
  moscow,
  NIGHT,
  NIGHT_MS,
  page,
  quantity,
  ROOMY,
  type BackendCase,
} from './support';

const A = 'https://kyiv.example/news/night';
const B = 'https://tass.example/news/drones';
const C = 'https://wire.example/story';

/** A clock the test moves by hand. */
function clock(start = NIGHT + DAY) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe.each(backendCases())('reading memory over $name', ({ make }) => {
  let bc: BackendCase;
  let time: ReturnType<typeof clock>;
  let memory: Memory;
  const open = () => createMemory(bc.open(), time.now);
  const setup = () => {
    bc = make();
    time = clock();
    memory = open();
  };
  afterEach(() => bc?.dispose());

  it("finds another page's figure of the same quantity, never the page's own", async () => {
    setup();
    await memory.remember(page(B), [moscow(57)], ROOMY);
    await memory.remember(page(A), [figure()], ROOMY);
    const [onA] = await memory.lookup([quantity()], { pageUrl: A, retentionDays: 90 });
    expect(onA?.map((r) => [r.figure.value, r.figure.page.site, r.copies])).toEqual([
      [57, 'tass.example', 1],
    ]);
    const [onB] = await memory.lookup([quantity()], { pageUrl: `${B}?utm_source=x#top`, retentionDays: 90 });
    expect(onB?.map((r) => r.figure.value)).toEqual([145]);
  });

  it.each([
    ['another measure', { measure: 'shot down' }],
    ['another place', { scope: 'kyiv' }],
    ['another unit', { unit: 'km2' }],
    ['another thing counted', { counted: 'missile' }],
    ['another night', { start: NIGHT + DAY, end: NIGHT + DAY + NIGHT_MS }],
  ])('does not find it for %s', async (_name, over) => {
    setup();
    await memory.remember(page(B), [moscow(57)], ROOMY);
    const [found] = await memory.lookup([quantity(over)], { pageUrl: A, retentionDays: 90 });
    expect(found).toEqual([]);
  });

  it('finds it for a time that overlaps its own (a day that contains the night)', async () => {
    setup();
    await memory.remember(page(B), [moscow(57)], ROOMY);
    const day = quantity({ start: NIGHT + 5 * 3_600_000, end: NIGHT + 29 * 3_600_000, inferred: true });
    const [found] = await memory.lookup([day], { pageUrl: A, retentionDays: 90 });
    expect(found?.map((r) => r.figure.value)).toEqual([57]);
  });

  it('keeps one record per page, quantity and speaker: the newest reading wins', async () => {
    setup();
    await memory.remember(page(B), [moscow(57)], ROOMY);
    time.advance(3_600_000);
    // the live blog updated its figure; the same page read again
    const again = await memory.remember(page(`${B}#update-2`), [moscow(75)], ROOMY);
    expect(again).toMatchObject({ ok: true, added: 0, replaced: 1 });
    const [found] = await memory.lookup([quantity()], { pageUrl: A, retentionDays: 90 });
    expect(found?.map((r) => [r.figure.value, r.figure.readAt])).toEqual([[75, time.now()]]);
    expect((await memory.stats()).figures).toBe(1);
  });

  it('keeps two speakers of the same quantity on one page apart', async () => {
    setup();
    const out = await memory.remember(page(C), [figure(), moscow(57)], ROOMY);
    expect(out).toMatchObject({ ok: true, added: 2 });
    const [found] = await memory.lookup([quantity()], { pageUrl: A, retentionDays: 90 });
    expect(found?.map((r) => r.figure.value).sort()).toEqual([145, 57]);
  });

  it('counts a republished story (same speaker, same words) as one source', async () => {
    setup();
    await memory.remember(page('https://wire.example/a'), [moscow(57)], ROOMY);
    time.advance(60_000);
    // restyled punctuation and case on the second site: still the same words
    const restyled = moscow(57, {
      quote: { exact: '57 drones', prefix: 'Air defences destroyed  ', suffix: ' — the Ministry said' },
    });
    await memory.remember(page('https://paper.example/b'), [restyled], ROOMY);
    const [found] = await memory.lookup([quantity()], { pageUrl: A, retentionDays: 90 });
    expect(found?.map((r) => [r.figure.page.site, r.copies])).toEqual([['paper.example', 2]]);
  });

  it('keeps one source per speaker: the same words from another speaker are another source', async () => {
    setup();
    await memory.remember(page('https://wire.example/a'), [moscow(57)], ROOMY);
    await memory.remember(
      page('https://paper.example/b'),
      [moscow(57, { speaker: 'a Russian official', claimant: null })],
      ROOMY,
    );
    const [found] = await memory.lookup([quantity()], { pageUrl: A, retentionDays: 90 });
    expect(found).toHaveLength(2);
  });

  it('keeps what it remembered across a restart (a new worker, a new run)', async () => {
    setup();
    await memory.remember(page(B), [moscow(57)], ROOMY);
    await memory.remember(page(C), [figure({ value: 150 })], ROOMY);
    const reopened = open();
    const [found] = await reopened.lookup([quantity()], { pageUrl: A, retentionDays: 90 });
    expect(found?.map((r) => r.figure.value).sort()).toEqual([150, 57]);
    expect((await reopened.stats()).figures).toBe(2);
  });

  it('drops figures older than the retention period, and never shows them', async () => {
    setup();
    await memory.remember(page(B), [moscow(57)], ROOMY);
    time.advance(10 * DAY);
    expect((await memory.lookup([quantity()], { pageUrl: A, retentionDays: 5 }))[0]).toEqual([]);
    expect((await memory.lookup([quantity()], { pageUrl: A, retentionDays: 30 }))[0]).toHaveLength(1);
    const out = await memory.remember(page(C), [figure()], { cap: 1000, retentionDays: 5 });
    expect(out).toMatchObject({ ok: true, added: 1, expired: 1 });
    expect((await memory.stats()).figures).toBe(1);
    expect(await memory.expire(5)).toBe(0);
    time.advance(6 * DAY);
    expect(await memory.expire(5)).toBe(1);
    expect((await memory.stats()).figures).toBe(0);
  });

  it('drops the pages read longest ago beyond the cap, and says so', async () => {
    setup();
    for (let i = 0; i < 5; i++) {
      await memory.remember(page(`https://site${i}.example/p`), [moscow(50 + i)], ROOMY);
      time.advance(60_000);
    }
    const out = await memory.remember(page(A), [figure(), moscow(60)], { cap: 4, retentionDays: 90 });
    expect(out).toMatchObject({ ok: true, added: 2, dropped: 3 });
    const stats = await memory.stats();
    expect([stats.figures, stats.dropped?.reason, stats.dropped?.count]).toEqual([4, 'cap', 3]);
    const [found] = await memory.lookup([quantity()], { pageUrl: null, retentionDays: 90 });
    expect(found?.map((r) => r.figure.page.site).sort()).toEqual([
      'kyiv.example',
      'kyiv.example',
      'site3.example',
      'site4.example',
    ]);
  });

  it('drops whole pages a hundredth below the cap, so that the next pages need not drop anything', async () => {
    setup();
    const many = (n: number, from: number) =>
      Array.from({ length: n }, (_, i) => moscow(i, { quantity: quantity({ scope: `place ${from + i}` }) }));
    const limits = { cap: 200, retentionDays: 90 };
    for (let p = 0; p < 3; p++) {
      await memory.remember(page(`https://p${p}.example/x`), many(80, p * 80), limits);
      time.advance(1000);
    }
    // 240 figures, 42 too many: the oldest page (80 figures) goes
    expect(await memory.stats()).toMatchObject({ figures: 160, dropped: { reason: 'cap', count: 80 } });
    expect(await memory.remember(page(A), many(2, 1000), limits)).toMatchObject({ added: 2, dropped: 0 });
    expect((await memory.stats()).figures).toBe(162);
    expect((await everything(memory)).some((f) => f.page.site === 'p0.example')).toBe(false);
  });

  it("finds a running total by a running total, never by a night's figure", async () => {
    setup();
    const since = Date.UTC(2022, 1, 24);
    const total = quantity({ start: since, end: NIGHT + NIGHT_MS });
    await memory.remember(page(B), [moscow(1_000_000, { quantity: total })], ROOMY);
    const [found] = await memory.lookup([quantity({ start: since, end: NIGHT + 2 * NIGHT_MS })], {
      pageUrl: A,
      retentionDays: 90,
    });
    expect(found?.map((r) => r.figure.value)).toEqual([1_000_000]);
    // a night inside it is not the same time: the war so far is no night's count
    const [night] = await memory.lookup([quantity()], { pageUrl: A, retentionDays: 90 });
    expect(night).toEqual([]);
  });

  it('counts figures and storage exactly as it stores them', async () => {
    setup();
    await memory.remember(page(B), [moscow(57), figure()], ROOMY);
    await memory.remember(page(B), [moscow(58)], ROOMY);
    await memory.remember(page(C), [figure({ value: 150, speaker: 'Kyiv', claimant: null })], ROOMY);
    await memory.forget({ kind: 'page', url: C });
    const stats = await memory.stats();
    const all = await everything(memory);
    expect(stats.figures).toBe(all.length);
    expect(stats.bytes).toBe(all.reduce((n, f) => n + f.size, 0));
    expect(stats.oldest).toBe(Math.min(...all.map((f) => f.readAt)));
  });

  it.each([
    [
      'a page',
      () => ({ kind: 'page' as const, url: B }),
      ['kyiv.example', 'live.tass.example', 'wire.example'],
    ],
    [
      'a site and its subdomains',
      () => ({ kind: 'site' as const, site: 'tass.example' }),
      ['kyiv.example', 'wire.example'],
    ],
    [
      'the last hour',
      () => ({ kind: 'since' as const, since: NIGHT + DAY + 2 * 3_600_000 - 1 }),
      ['live.tass.example', 'tass.example'],
    ],
    ['everything', () => ({ kind: 'everything' as const }), []],
  ])('forgets %s', async (_name, scope, left) => {
    setup();
    await memory.remember(page(B), [moscow(57)], ROOMY);
    await memory.remember(page('https://live.tass.example/x'), [moscow(58)], ROOMY);
    time.advance(2 * 3_600_000);
    await memory.remember(page(A), [figure()], ROOMY);
    await memory.remember(page(C), [figure({ value: 150 })], ROOMY);
    await memory.forget(scope());
    const sites = (await everything(memory)).map((f) => f.page.site).sort();
    expect([...new Set(sites)]).toEqual(left);
    expect((await memory.stats()).figures).toBe(sites.length);
  });

  it('refuses a figure it cannot keep, and keeps nothing of that page', async () => {
    setup();
    const out = await memory.remember(
      page(B),
      [moscow(57), figure({ quantity: quantity({ start: NaN }) })],
      ROOMY,
    );
    expect(out).toMatchObject({ ok: false });
    expect(!out.ok && out.error).toMatch(/from/);
    expect((await memory.stats()).figures).toBe(0);
  });

  it('loses nothing when two tabs remember at once', async () => {
    setup();
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        memory.remember(page(`https://s${i}.example/p`), [moscow(i), figure({ value: 100 + i })], ROOMY),
      ),
    );
    expect((await memory.stats()).figures).toBe(24);
    expect((await everything(memory)).length).toBe(24);
  });
});

/** A backend whose storage holds at most `room` figures, as a browser's full quota would. */
function quotaLimited(inner: MemoryBackend, room: number): MemoryBackend {
  return {
    close: () => inner.close(),
    run: (mode, fn) =>
      inner.run(mode, async (tx) => {
        const held = new Map<string, number>();
        for (const e of (await tx.entriesReadBefore(null, Infinity)) as PageEntry[])
          held.set(e.url, e.figures);
        const total = () => [...held.values()].reduce((a, b) => a + b, 0);
        return fn({
          ...tx,
          putPage: (p, e) => {
            tx.putPage(p, e);
            held.set(e.url, e.figures);
            if (total() > room) throw new DOMException('the quota has been exceeded', 'QuotaExceededError');
          },
          deletePage: (url) => {
            tx.deletePage(url);
            held.delete(url);
          },
          clear: () => {
            tx.clear();
            held.clear();
          },
        });
      }),
  };
}

describe.each(backendCases())('a full quota over $name', ({ make }) => {
  it('drops the oldest figures to make room, keeps the rest, and says so', async () => {
    const bc = make();
    const time = clock();
    const memory = createMemory(quotaLimited(bc.open(), 40), time.now);
    for (let i = 0; i < 20; i++) {
      await memory.remember(page(`https://s${i}.example/p`), [moscow(i), figure({ value: 100 + i })], ROOMY);
      time.advance(1000);
    }
    expect((await memory.stats()).figures).toBe(40);
    const out = await memory.remember(page(A), [moscow(99), figure({ value: 199 })], ROOMY);
    expect(out).toMatchObject({ ok: true, added: 2, dropped: 2 });
    const stats = await memory.stats();
    expect([stats.figures, stats.dropped?.reason]).toEqual([40, 'quota']);
    const sites = new Set((await everything(memory)).map((f) => f.page.site));
    expect([sites.has('s0.example'), sites.has('s1.example'), sites.has('kyiv.example')]).toEqual([
      false,
      true,
      true,
    ]);
    bc.dispose();
  });

  it('reports a page too big for any room, and loses nothing already remembered', async () => {
    const bc = make();
    const memory = createMemory(quotaLimited(bc.open(), 3), clock().now);
    await memory.remember(page(B), [moscow(57)], ROOMY);
    const many = Array.from({ length: 5 }, (_, i) =>
      figure({ value: i, quantity: quantity({ scope: `p${i}` }) }),
    );
    const out = await memory.remember(page(A), many, ROOMY);
    expect(out.ok).toBe(false);
    expect(isQuotaError({ name: 'QuotaExceededError' })).toBe(true);
    bc.dispose();
  });
});
