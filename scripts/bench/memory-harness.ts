/**
 * The reading memory in a real browser, for `memory.bench.ts`: bundled into one script and run in
 * a Chromium page, over Chromium's own IndexedDB (the engine the background worker uses).
 */
import {
  createIdbBackend,
  createMemory,
  type FigureDraft,
  type Memory,
  type Quantity,
} from '../../utils/memory';
import { recordsOf } from '../../utils/memory/records';

const DAY = 86_400_000;
const LIMITS = { cap: 200_000, retentionDays: 90 };
const COUNTED = [
  'drone',
  'missile',
  'shell',
  'death',
  'injury',
  'evacuee',
  'protester',
  'house',
  'vote',
  'tonne',
];
const MEASURES = [null, 'launched', 'shot down', 'killed', 'injured', 'damaged', 'arrived', 'destroyed'];
const PLACES = [null, ...Array.from({ length: 60 }, (_, i) => `place ${i}`)];
const SPEAKERS = Array.from({ length: 40 }, (_, i) => `speaker ${i}`);

/** A deterministic random number source. */
function random(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s % n;
  };
}

let clock = Date.now();
// the page's figures, handed over once: a large argument to each timed call would be timed too
// (the browser's first task after receiving one waits for it to be taken in)
let drafts: FigureDraft[] = [];

/** Takes the figures `write` and `build` remember. */
function take(figures: FigureDraft[]): number {
  drafts = figures;
  return drafts.length;
}
let memory: Memory = createMemory(createIdbBackend(), () => clock);

/** `pages` pages of `perPage` figures read over the last 89 days; a tenth of the figures share `seeds`' quantities. */
async function fill(pages: number, perPage: number, seeds: Quantity[]): Promise<number> {
  const rnd = random(7);
  const end = Date.now();
  const start = end - 89 * DAY;
  for (let p = 0; p < pages; p++) {
    clock = start + Math.floor(((end - start) * p) / pages);
    const figures: FigureDraft[] = [];
    for (let i = 0; i < perPage; i++) {
      const night = Math.floor(clock / DAY) * DAY - DAY * rnd(3);
      const seed = seeds.length && rnd(10) === 0 ? seeds[rnd(seeds.length)] : undefined;
      const shift = DAY * (rnd(90) - 45);
      const quantity: Quantity = seed
        ? { ...seed, start: seed.start + shift, end: seed.end + shift }
        : {
            counted: COUNTED[rnd(COUNTED.length)] as string,
            unit: null,
            measure: MEASURES[rnd(MEASURES.length)] ?? null,
            scope: PLACES[rnd(PLACES.length)] ?? null,
            direction: null,
            start: night - 5 * 3_600_000,
            end: night + 8 * 3_600_000,
            inferred: rnd(2) === 0,
          };
      if (quantity.end < quantity.start) quantity.end = quantity.start;
      const value = rnd(5000);
      const speaker = SPEAKERS[rnd(SPEAKERS.length)] as string;
      figures.push({
        quantity,
        value,
        low: null,
        high: null,
        qualifier: '=',
        unit: null,
        concept: `${quantity.counted}s`,
        speaker,
        claimant: null,
        quote: {
          exact: `${value} ${quantity.counted}s`,
          prefix: `${speaker} said on page ${p} that `,
          suffix: ` were counted ${quantity.measure ?? ''} in ${quantity.scope ?? 'the country'}.`,
        },
        topic: null,
      });
    }
    const out = await memory.remember(
      {
        url: `https://outlet${p % 300}.example/story/${p}`,
        title: `Story ${p}`,
        outlet: `Outlet ${p % 300}`,
        published: null,
      },
      figures,
      LIMITS,
    );
    if (!out.ok) throw new Error(out.error);
  }
  clock = Date.now();
  return (await memory.stats()).figures;
}

/** Looks up a page's quantities once; returns the time and how many remembered figures came back. */
async function lookup(quantities: Quantity[]): Promise<[number, number]> {
  const t0 = performance.now();
  const found = await memory.lookup(quantities, { pageUrl: 'https://reader.example/now', retentionDays: 90 });
  return [performance.now() - t0, found.flat().length];
}

/** Remembers a page's figures once (a new page each time); returns the time. */
async function write(url: string): Promise<number> {
  clock = Date.now();
  const t0 = performance.now();
  const out = await memory.remember(
    { url, title: 'Long read', outlet: 'The Long Read', published: null },
    drafts,
    LIMITS,
  );
  if (!out.ok) throw new Error(out.error);
  return performance.now() - t0;
}

/** The time to build a page's records alone (no storage), for telling work apart. */
async function build(): Promise<number> {
  const t0 = performance.now();
  recordsOf(
    { url: 'https://long.example/x', title: 'Long read', outlet: null, published: null },
    drafts,
    Date.now(),
  );
  return performance.now() - t0;
}

/** As a restarted worker: a fresh memory over the same database, until it answers its first lookup. */
async function restart(quantities: Quantity[]): Promise<number> {
  const t0 = performance.now();
  memory = createMemory(createIdbBackend(), () => clock);
  await memory.lookup(quantities, { pageUrl: null, retentionDays: 90 });
  return performance.now() - t0;
}

/** What the origin's storage holds, and what the memory counts of its own records, in bytes. */
async function size(): Promise<[number, number]> {
  const estimate = await navigator.storage.estimate();
  return [estimate.usage ?? NaN, (await memory.stats()).bytes];
}

Object.assign(globalThis, { tallyMemoryBench: { fill, lookup, write, restart, size, build, take } });
