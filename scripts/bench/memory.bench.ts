/**
 * The reading memory (issue 13) in Chromium's IndexedDB, the engine the background worker uses:
 * with 200,000 remembered figures, looking up the demo article's figures, remembering the
 * 50,000-word page's figures (the store at its cap, so each write also drops the oldest), a fresh
 * memory answering its first lookup (as after a worker restart), and the storage it takes.
 * The memory module is bundled as it is and run in a page on 127.0.0.1; needs Debian's chromium.
 * Each timed step is also given as the CPU time all of Chromium's processes spent on it (the
 * page's script, IndexedDB's backend in the browser process, garbage collection): with several
 * engineers on two cores the wall clock mostly measures the wait for a core.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumPath } from '../../tests/e2e/support/browsers';
import { readArticle } from '../../utils/article';
import { extractSections } from '../../utils/extract';
import { createMatcher, loadBundledDataset } from '../../utils/match';
import type { FigureDraft } from '../../utils/memory';
import { figureDrafts } from '../../utils/memory/from-claims';
import { median, type Figure } from './section';

const FIGURES = Number(process.env.TALLY_BENCH_MEMORY_FIGURES ?? 200_000);
const PER_PAGE = 20;

/** Clock ticks a second in /proc's CPU times (Linux's USER_HZ). */
const TICKS = 100;

/** CPU time (user + system, ms) of every process descended from this one: the browser it launched. */
function browserCpuMs(): number {
  const parent = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // fields after the command's closing parenthesis: state ppid … utime(14) stime(15)
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(rest[1]));
      cpu.set(Number(name), Number(rest[11]) + Number(rest[12]));
    } catch {
      // the process ended meanwhile
    }
  }
  const ours = (pid: number): boolean => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p))
      if (p === process.pid) return true;
    return false;
  };
  let ticks = 0;
  for (const [pid, t] of cpu) if (ours(pid)) ticks += t;
  return (ticks * 1000) / TICKS;
}

/**
 * Runs `step` `times` times (each after `setup`, not counted): its wall-clock times (as `step`
 * gives them) and the browser's CPU time a run, on average.
 */
async function timed(
  times: number,
  step: () => Promise<number>,
  setup?: () => Promise<unknown>,
): Promise<{ wall: number[]; cpu: number }> {
  const wall: number[] = [];
  let cpu = 0;
  for (let i = 0; i < times; i++) {
    await setup?.();
    const c0 = browserCpuMs();
    wall.push(await step());
    cpu += browserCpuMs() - c0;
  }
  return { wall, cpu: cpu / times };
}

/** The figures of a fixture page as the worker would remember them. */
async function draftsOf(file: string): Promise<FigureDraft[]> {
  const { document } = parseHTML(readFileSync(resolve(file), 'utf8'));
  const a = readArticle(document as unknown as Document, 'https://bench.example/page');
  const claims = extractSections(a.text, a.meta.published, a.sections);
  const ds = await loadBundledDataset(async (f) => readFileSync(resolve('public/data', f), 'utf8'));
  return figureDrafts(a.text, claims, createMatcher(ds).match(claims, a.meta), a.meta.published);
}

/** The memory module and the harness, bundled into one script. */
async function bundle(dir: string): Promise<string> {
  await build({
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      lib: {
        entry: resolve('scripts/bench/memory-harness.ts'),
        formats: ['iife'],
        name: 'tallyMemoryHarness',
        fileName: () => 'harness.js',
      },
      outDir: dir,
      emptyOutDir: true,
      minify: false,
    },
  });
  return readFileSync(join(dir, 'harness.js'), 'utf8');
}

interface Harness {
  fill(pages: number, perPage: number, seeds: FigureDraft['quantity'][]): Promise<number>;
  lookup(quantities: FigureDraft['quantity'][]): Promise<[number, number]>;
  take(figures: FigureDraft[]): number;
  write(url: string): Promise<number>;
  restart(quantities: FigureDraft['quantity'][]): Promise<number>;
  size(): Promise<[number, number]>;
  build(): Promise<number>;
}
declare const tallyMemoryBench: Harness;

export default async function memoryBench(): Promise<Figure[]> {
  const demo = await draftsOf('tests/fixtures/pages/demo/page.html');
  const long = await draftsOf('tests/fixtures/sites/long/page.html');
  const quantities = demo.map((d) => d.quantity);
  const dir = mkdtempSync(join(tmpdir(), 'tally-memory-bench-'));
  const script = await bundle(join(dir, 'out'));
  const html = `<!doctype html><meta charset="utf-8"><title>memory bench</title><script src="/harness.js"></script>`;
  const server = createServer((req, res) => {
    if (req.url === '/harness.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else res.writeHead(200, { 'content-type': 'text/html' }).end(html);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await context.newPage();
    await page.goto(url);
    const held = await page.evaluate(([pages, per, seeds]) => tallyMemoryBench.fill(pages, per, seeds), [
      FIGURES / PER_PAGE,
      PER_PAGE,
      quantities,
    ] as const);
    let recalled = 0;
    // warm-up runs first (not counted)
    for (let i = 0; i < 3; i++) await page.evaluate((q) => tallyMemoryBench.lookup(q), quantities);
    const lookups = await timed(30, async () => {
      const [ms, n] = await page.evaluate((q) => tallyMemoryBench.lookup(q), quantities);
      recalled = n;
      return ms;
    });
    await page.evaluate((f) => tallyMemoryBench.take(f), long);
    let written = 0;
    const write = () => page.evaluate((u) => tallyMemoryBench.write(u), `https://long.example/${written++}`);
    for (let i = 0; i < 2; i++) await write();
    const writes = await timed(10, write);
    const builds: number[] = [];
    for (let i = 0; i < 7; i++) builds.push(await page.evaluate(() => tallyMemoryBench.build()));
    const [usage, counted] = await page.evaluate(() => tallyMemoryBench.size());
    // a restarted worker: a new page (new script context), the database as it was left
    const restarts = await timed(
      9,
      () => page.evaluate((q) => tallyMemoryBench.restart(q), quantities),
      () => page.reload(),
    );
    const distinct = new Set(long.map((d) => JSON.stringify([d.quantity, d.speaker, d.claimant?.id]))).size;
    return [
      { key: 'memory_figures', label: 'figures remembered (the store at its cap)', value: held, unit: '' },
      {
        key: 'memory_lookup_ms',
        label: `look up the demo article's ${demo.length} figures (${recalled} recalled), median`,
        value: median(lookups.wall),
        unit: 'ms',
        goal: '≤ 10 ms',
      },
      {
        key: 'memory_lookup_cpu_ms',
        label: '  the same, CPU time a run (mean)',
        value: lookups.cpu,
        unit: 'ms',
      },
      {
        key: 'memory_write_ms',
        label: `remember the 50,000-word page (${long.length} figures, ${distinct} distinct), median`,
        value: median(writes.wall),
        unit: 'ms',
        goal: '≤ 50 ms',
      },
      {
        key: 'memory_write_cpu_ms',
        label: '  the same, CPU time a run (mean)',
        value: writes.cpu,
        unit: 'ms',
      },
      {
        key: 'memory_write_min_ms',
        label: '  the same, fastest run',
        value: Math.min(...writes.wall),
        unit: 'ms',
      },
      {
        key: 'memory_write_build_ms',
        label: '  of which building and validating its records (no storage), median',
        value: median(builds),
        unit: 'ms',
      },
      {
        key: 'memory_ready_ms',
        label: 'after a restart: open + first lookup answered, median',
        value: median(restarts.wall),
        unit: 'ms',
        goal: '≤ 100 ms',
      },
      {
        key: 'memory_ready_cpu_ms',
        label: '  the same, CPU time a run (mean)',
        value: restarts.cpu,
        unit: 'ms',
      },
      {
        key: 'memory_ready_min_ms',
        label: '  the same, fastest run',
        value: Math.min(...restarts.wall),
        unit: 'ms',
      },
      {
        key: 'memory_load_average',
        label: "the machine's load average over the last minute, at the end",
        value: loadavg()[0] ?? NaN,
        unit: '',
      },
      {
        key: 'memory_mb',
        label: `storage used by ${held.toLocaleString('en-US')} figures (browser estimate)`,
        value: usage / 1_048_576,
        unit: 'MB',
      },
      {
        key: 'memory_counted_mb',
        label: 'the same, as the memory counts its records (about, as JSON)',
        value: counted / 1_048_576,
        unit: 'MB',
      },
    ];
  } finally {
    await context.close();
    await new Promise<void>((ok) => server.close(() => ok()));
    rmSync(dir, { recursive: true, force: true });
  }
}
