/**
 * Main-thread tasks of one page, read from a Chromium performance trace (CDP `Tracing`), each
 * attributed to Tally or to the page by whose script runs in it: the trace's own script events
 * (the content script's URL or its isolated world's name) and the V8 CPU profile's samples
 * (the script of each sampled stack), so that promise continuations and idle callbacks, which
 * carry no URL of their own, are attributed too.
 */
import type { CDPSession, Page } from 'playwright-core';

/** One event of a Chrome trace, as far as this file reads it. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  id?: string;
  args?: Record<string, unknown>;
}

/** Whose script a task ran. */
export type TaskOwner = 'tally' | 'page' | 'browser';

/** One top-level main-thread task. */
export interface MainTask {
  /** Start in the trace's clock (µs). */
  ts: number;
  wallMs: number;
  /** Thread (CPU) time: on a machine shared with other work, wall time counts the wait for a core too. */
  cpuMs: number;
  owner: TaskOwner;
  /** The longest work inside it, named as the trace names it ("EvaluateScript news.js", "RunMicrotasks"). */
  what: string;
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
];

/** Traces `page` while `during` runs and returns the trace's events. */
export async function traceWhile(page: Page, during: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (chunk) => void events.push(...(chunk.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  });
  try {
    await during();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return events;
}

type Data = Record<string, unknown> | undefined;

function dataOf(event: TraceEvent): Data {
  return (event.args?.data ?? event.args?.beginData) as Data;
}

/** The renderer main thread that parsed `url`. */
function mainThreadOf(events: readonly TraceEvent[], url: string): { pid: number; tid: number } | null {
  const parse = events.find((e) => e.name === 'ParseHTML' && dataOf(e)?.url === url);
  return parse ? { pid: parse.pid, tid: parse.tid } : null;
}

/** How a script names itself in the trace: a URL, a file name or an isolated world's name. */
function ownerOfScript(fields: Data, extensionOrigin: string, worldName: string): TaskOwner | null {
  if (!fields) return null;
  const url = String(fields.url ?? fields.fileName ?? '');
  if (url.startsWith(extensionOrigin) || fields.worldName === worldName) return 'tally';
  if (url) return 'page';
  return fields.worldId === 0 ? 'page' : null;
}

const SCRIPT_EVENTS = new Set(['EvaluateScript', 'v8.run', 'v8.callFunction', 'FunctionCall', 'v8.compile']);

interface Sample {
  ts: number;
  weightUs: number;
  owner: TaskOwner | null;
}

/** The CPU profile's samples on one thread, each with the owner of the innermost script on its stack. */
function samplesOf(
  events: readonly TraceEvent[],
  thread: { pid: number; tid: number },
  extensionOrigin: string,
): Sample[] {
  const profiles = new Map<string, number>();
  for (const e of events) {
    if (e.name === 'Profile' && e.pid === thread.pid && e.tid === thread.tid && e.id) {
      profiles.set(e.id, Number((dataOf(e) as { startTime?: number } | undefined)?.startTime ?? e.ts));
    }
  }
  interface Node {
    id: number;
    parent?: number;
    callFrame: { url?: string };
  }
  const nodes = new Map<number, Node>();
  const samples: Sample[] = [];
  const clock = new Map(profiles);
  for (const e of events) {
    // Profile ids are per thread (every thread's first is 0x1): the chunks of this one are in its process.
    if (e.name !== 'ProfileChunk' || e.pid !== thread.pid || !e.id || !clock.has(e.id)) continue;
    const data = dataOf(e) as
      { cpuProfile?: { nodes?: Node[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    let ts = clock.get(e.id) ?? 0;
    ids.forEach((nodeId, i) => {
      ts += deltas[i] ?? 0;
      samples.push({ ts, weightUs: 0, owner: null });
      const last = samples[samples.length - 1]!;
      let node = nodes.get(nodeId);
      while (node && !node.callFrame.url)
        node = node.parent === undefined ? undefined : nodes.get(node.parent);
      const url = node?.callFrame.url;
      if (url) last.owner = url.startsWith(extensionOrigin) ? 'tally' : 'page';
    });
    clock.set(e.id, ts);
  }
  samples.sort((a, b) => a.ts - b.ts);
  samples.forEach((s, i) => (s.weightUs = Math.min(1000, (samples[i + 1]?.ts ?? s.ts) - s.ts)));
  return samples;
}

/** A time interval (µs) and whose script ran in it. */
interface Span {
  ts: number;
  end: number;
  owner: TaskOwner;
}

/** The outermost script events of one task, each with its owner (nested ones are inside them). */
function scriptSpans(inner: readonly TraceEvent[], extensionOrigin: string, worldName: string): Span[] {
  const spans: Span[] = [];
  for (const e of inner) {
    if (!SCRIPT_EVENTS.has(e.name)) continue;
    const last = spans.at(-1);
    if (last && e.ts < last.end) continue;
    const owner = ownerOfScript(dataOf(e) ?? (e.args as Data), extensionOrigin, worldName);
    if (owner) spans.push({ ts: e.ts, end: e.ts + (e.dur ?? 0), owner });
  }
  return spans;
}

/** Wrappers every task has, which say nothing of what it did. */
const WRAPPERS = /RunTask|mojo|Mojo|Scheduler|^V8\.|GC|Parallel|Weakness/;

/** The longest event inside a task that says what it did, with the script or URL it names. */
function longestInside(inner: readonly TraceEvent[]): string {
  let best: TraceEvent | undefined;
  for (const e of inner) if (!WRAPPERS.test(e.name) && (e.dur ?? 0) > (best?.dur ?? 0)) best = e;
  if (!best) return '';
  const where = String(dataOf(best)?.url ?? best.args?.fileName ?? '');
  return where ? `${best.name} ${where.slice(where.lastIndexOf('/') + 1)}` : best.name;
}

/** A task with script events: whoever's script took at least `half` of it. */
function ownerByShare(share: Record<TaskOwner, number>, half: number): TaskOwner {
  if (share.tally > 0 && share.tally >= half) return 'tally';
  return share.page > 0 && share.page >= half ? 'page' : 'browser';
}

/** A task without script events (a promise continuation): whoever's code most samples were in. */
function ownerBySamples(share: Record<TaskOwner, number>): TaskOwner {
  if (share.tally > share.page) return 'tally';
  return share.page > 0 ? 'page' : 'browser';
}

/**
 * The top-level tasks of the main thread that parsed `url`. A task is Tally's when Tally's script
 * (with the style and layout it forces, which nest inside it) takes at least half of the task, the
 * page's when the page's script does, and the browser's otherwise (parsing, a frame's style, layout
 * and paint, which Tally's observers may run a millisecond inside of but do not cause). A task with
 * no script event (a promise continuation) is whoever's most of its CPU-profile samples are.
 */
export function mainTasks(
  events: readonly TraceEvent[],
  url: string,
  extensionOrigin: string,
  worldName = 'Tally',
): MainTask[] {
  const thread = mainThreadOf(events, url);
  if (!thread) return [];
  const own = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const samples = samplesOf(events, thread, extensionOrigin);
  const tasks: MainTask[] = [];
  let sampleAt = 0;
  for (let i = 0; i < own.length;) {
    const top = own[i]!;
    i++;
    if (top.name !== 'RunTask') continue;
    const end = top.ts + (top.dur ?? 0);
    const inner: TraceEvent[] = [];
    for (; i < own.length && own[i]!.ts < end; i++) inner.push(own[i]!);
    const spans = scriptSpans(inner, extensionOrigin, worldName);
    const share: Record<TaskOwner, number> = { tally: 0, page: 0, browser: 0 };
    for (const span of spans) share[span.owner] += span.end - span.ts;
    // Samples outside every script event: promise continuations, which carry no script name.
    while (sampleAt < samples.length && samples[sampleAt]!.ts < top.ts) sampleAt++;
    let spanAt = 0;
    for (; sampleAt < samples.length && samples[sampleAt]!.ts < end; sampleAt++) {
      const sample = samples[sampleAt]!;
      while (spanAt < spans.length && spans[spanAt]!.end <= sample.ts) spanAt++;
      const inSpan = spanAt < spans.length && spans[spanAt]!.ts <= sample.ts;
      if (sample.owner && !inSpan) share[sample.owner] += sample.weightUs;
    }
    tasks.push({
      ts: top.ts,
      wallMs: (top.dur ?? 0) / 1000,
      cpuMs: (top.tdur ?? top.dur ?? 0) / 1000,
      owner: spans.length ? ownerByShare(share, (top.dur ?? 0) / 2) : ownerBySamples(share),
      what: longestInside(inner),
    });
  }
  return tasks;
}

/** What one page load's tasks add up to, for one owner (or all of them). */
export interface TaskSummary {
  longestCpuMs: number;
  longestWallMs: number;
  overCpu50: number;
  overWall50: number;
  totalCpuMs: number;
}

/** Sums up `tasks` (those of `owner` only, when given). */
export function summarize(tasks: readonly MainTask[], owner?: TaskOwner): TaskSummary {
  const mine = owner ? tasks.filter((t) => t.owner === owner) : tasks;
  return {
    longestCpuMs: Math.max(0, ...mine.map((t) => t.cpuMs)),
    longestWallMs: Math.max(0, ...mine.map((t) => t.wallMs)),
    overCpu50: mine.filter((t) => t.cpuMs > 50).length,
    overWall50: mine.filter((t) => t.wallMs > 50).length,
    totalCpuMs: mine.reduce((sum, t) => sum + t.cpuMs, 0),
  };
}
