import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemory, memoryPageKey, type ForgetScope } from '../../../utils/memory';
import { backendCases, everything, DAY, figure, moscow, page, quantity, ROOMY } from './support';

const SITES = ['kyiv.example', 'news.kyiv.example', 'tass.example', 'wire.example'];

/** One page read: which site and path, its figures (by speaker, value, place), how long after the last. */
const reading = fc.record({
  site: fc.constantFrom(...SITES),
  path: fc.constantFrom('a', 'b', 'c'),
  figures: fc.array(
    fc.record({
      moscow: fc.boolean(),
      value: fc.integer({ min: 1, max: 999 }),
      place: fc.constantFrom(null, 'kyiv'),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  after: fc.integer({ min: 0, max: 2 * 3_600_000 }),
});

/** What to forget: one of the pages read, a site, or what was read since some time back. */
const forgetting = fc.oneof(
  fc.record({ kind: fc.constant('page' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('site' as const), site: fc.constantFrom(...SITES) }),
  fc.record({ kind: fc.constant('since' as const), back: fc.integer({ min: 0, max: 6 * 3_600_000 }) }),
);

/** A remembered figure as the test's model holds it: where, when last read, and a word only it carries. */
interface Held {
  url: string;
  readAt: number;
  marker: string;
}

describe.each(backendCases())('forgetting over $name', ({ name, make }) => {
  it('leaves no trace of what was forgotten, and keeps everything else', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(reading, { minLength: 1, maxLength: 12 }),
        forgetting,
        async (reads, what) => {
          const bc = make();
          try {
            let t = Date.UTC(2025, 2, 19, 9);
            const memory = createMemory(bc.open(), () => t);
            // the model: one figure per page, place and speaker, the newest reading winning
            const model = new Map<string, Held>();
            const urls: string[] = [];
            for (const [k, r] of reads.entries()) {
              t += r.after;
              const url = `https://${r.site}/${r.path}`;
              const figures = r.figures.map((f, i) => {
                const marker = `secret${k}x${i}`;
                model.set(JSON.stringify([url, f.place, f.moscow]), { url, readAt: t, marker });
                const over = {
                  quantity: quantity({ scope: f.place }),
                  quote: { exact: `${f.value} drones`, prefix: `Item ${i} `, suffix: ` ${marker}` },
                };
                return f.moscow ? moscow(f.value, over) : figure({ value: f.value, ...over });
              });
              // the model keeps the last of two figures with one key in a reading, as the memory does
              await memory.remember(page(url), figures, ROOMY);
              urls.push(url);
            }
            const scope: ForgetScope =
              what.kind === 'page'
                ? { kind: 'page', url: urls[what.at % urls.length] as string }
                : what.kind === 'site'
                  ? { kind: 'site', site: what.site }
                  : { kind: 'since', since: t - what.back };
            const gone = (h: Held) => {
              const site = new URL(h.url).hostname;
              if (scope.kind === 'page') return memoryPageKey(h.url) === memoryPageKey(scope.url);
              if (scope.kind === 'site') return site === scope.site || site.endsWith(`.${scope.site}`);
              if (scope.kind === 'since') return h.readAt >= scope.since;
              return true;
            };
            await memory.forget(scope);
            // reopened, as after a restart: what is kept is all there is
            const after = createMemory(bc.open(), () => t);
            const left = await everything(after);
            const markers = (list: Held[]) => list.map((h) => h.marker).sort();
            const held = [...model.values()];
            expect(left.map((f) => f.quote.suffix.trim()).sort()).toEqual(
              markers(held.filter((h) => !gone(h))),
            );
            // nothing forgotten in a lookup from anywhere, nor in the counts
            const found = await after.lookup([quantity(), quantity({ scope: 'kyiv' })], {
              pageUrl: null,
              retentionDays: 90,
            });
            const leftIds = new Set(left.map((f) => f.id));
            expect(found.flat().filter((r) => !leftIds.has(r.figure.id))).toEqual([]);
            const stats = await after.stats();
            expect([stats.figures, stats.bytes]).toEqual([left.length, left.reduce((n, f) => n + f.size, 0)]);
            // nor anywhere in the file a Node run keeps
            const disk = bc.onDisk();
            if (disk !== null) {
              for (const h of held.filter(gone)) expect(disk).not.toContain(h.marker);
              if (scope.kind !== 'since')
                for (const u of urls.filter((u) => gone({ url: u, readAt: 0, marker: '' })))
                  expect(disk).not.toContain(u);
            }
          } finally {
            bc.dispose();
          }
        },
      ),
      // fake-indexeddb is slow: fewer runs there, the same property
      { numRuns: name === 'IndexedDB' ? 25 : 60 },
    );
  });
});

describe('forgetting "the last day"', () => {
  it('forgets what was read in the last 24 hours only', async () => {
    const [maps] = backendCases();
    const bc = maps!.make();
    let t = Date.UTC(2025, 2, 19, 9);
    const memory = createMemory(bc.open(), () => t);
    await memory.remember(page('https://old.example/x'), [moscow(57)], ROOMY);
    t += 2 * DAY;
    await memory.remember(page('https://new.example/x'), [moscow(58)], ROOMY);
    expect(await memory.forget({ kind: 'since', since: t - DAY })).toBe(1);
    expect((await everything(memory)).map((f) => f.page.site)).toEqual(['old.example']);
  });
});
