import { appendFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { MemoryBackend } from './backend';
import { createMapBackend, emptyState, putSegment, type MapState, type MemoryChange } from './map-backend';
import { validPages } from './records';
import { segmentsOf } from './shard';
import type { MemoryMeta, PageEntry, StoredPage } from './schema';
import type { StoredShard } from './shard';

// Node only (the analyzer's `--memory FILE`): never imported by the extension.

/** The first line of a memory file: what it is, and its format's version. */
const HEADER = JSON.stringify({ 'tally-memory': 3 });
/** Version 2 kept one shard a bucket: its lookup rows are built again from the pages on load. */
const HEADER_2 = JSON.stringify({ 'tally-memory': 2 });

/** What loading a memory file found. */
export interface FileLoad {
  /** Pages loaded. */
  pages: number;
  /** Lines that could not be read (a damaged or cut-off line) and were left out. */
  skipped: number;
}

/** Applies one logged change to a state (the memory validates what it reads later). */
function apply(state: MapState, change: Partial<Record<string, unknown>>): boolean {
  const page = change.putPage as [Partial<StoredPage>, Partial<PageEntry>] | undefined;
  const segment = change.putSegment as [unknown, unknown, unknown] | undefined;
  const gone = change.deleteSegment as [unknown, unknown] | undefined;
  if (Array.isArray(page) && typeof page[0]?.url === 'string' && typeof page[1]?.url === 'string') {
    state.pages.set(page[0].url, page[0] as StoredPage);
    state.entries.set(page[1].url, page[1] as PageEntry);
  } else if (typeof change.deletePage === 'string') {
    state.pages.delete(change.deletePage);
    state.entries.delete(change.deletePage);
  } else if (Array.isArray(segment) && typeof segment[0] === 'string' && typeof segment[1] === 'string')
    putSegment(state, segment[0], segment[1], segment[2] as StoredShard);
  else if (Array.isArray(gone) && typeof gone[0] === 'string' && typeof gone[1] === 'string')
    putSegment(state, gone[0], gone[1], null);
  else if (change.putShard !== undefined || change.deleteShard !== undefined) return true;
  else if (change.meta !== undefined) state.meta = change.meta as MemoryMeta;
  else if (change.clear === true) Object.assign(state, emptyState());
  else return false;
  return true;
}

/** Replays a memory file's log of changes; `sized` hears each line's key and length. */
function readLog(path: string, sized: (key: string | null, size: number) => void) {
  const state = emptyState();
  const text = readFileSync(path, 'utf8');
  let skipped = 0;
  if (text.trim() === '') return { state, skipped, length: text.length, old: false };
  const rows = text.split('\n');
  const old = rows[0] === HEADER_2;
  if (rows[0] !== HEADER && !old)
    throw new Error(`memory: ${path} is not a Tally memory file (it is left as it is)`);
  for (const row of rows.slice(1)) {
    if (!row.trim()) continue;
    try {
      const change = JSON.parse(row) as MemoryChange;
      if (apply(state, change as Partial<Record<string, unknown>>))
        sized(keyOf(change), isDeletion(change) ? 0 : row.length + 1);
      else skipped++;
    } catch {
      skipped++;
    }
  }
  // a line left out may have changed the counts: they are counted again on first use
  if (skipped) state.meta = null;
  if (old)
    for (const page of validPages([...state.pages.values()]))
      for (const [bucket, segment] of segmentsOf(page.figures)) putSegment(state, bucket, page.url, segment);
  return { state, skipped, length: text.length, old };
}

/** Whether a change removes what its key stored. */
function isDeletion(c: MemoryChange): boolean {
  return 'deletePage' in c || 'deleteSegment' in c;
}

/** The log line of a change and the key of what it stores ('' for the meta, null for a clear). */
function keyOf(c: MemoryChange): string | null {
  if ('putPage' in c) return `p ${c.putPage[0].url}`;
  if ('deletePage' in c) return `p ${c.deletePage}`;
  if ('putSegment' in c) return `s ${c.putSegment[0]} ${c.putSegment[1]}`;
  if ('deleteSegment' in c) return `s ${c.deleteSegment[0]} ${c.deleteSegment[1]}`;
  if (!('meta' in c) && !('clear' in c)) return 'old';
  if ('meta' in c) return 'meta';
  return null;
}

/**
 * The reading memory in a file, for `npm run analyze -- --jsonl --memory FILE`: the same memory
 * as the browser's, its records held in maps while the command runs and kept in FILE as a log
 * of changes (JSON Lines), one append per write. Forgetting rewrites the file without what was
 * forgotten, so none of it stays in the file; so does a log grown to over twice what it holds.
 * A file that is not a Tally memory is refused, never overwritten. The file is its owner's only.
 */
export function openFileBackend(
  path: string,
): MemoryBackend & { compact(): Promise<void>; loaded: FileLoad } {
  // how many characters of the file each record takes now: the rest is history a rewrite drops
  const sizes = new Map<string, number>();
  let live = 0;
  const sized = (key: string | null, size: number) => {
    if (key === null) {
      sizes.clear();
      live = 0;
      return;
    }
    live += size - (sizes.get(key) ?? 0);
    if (size) sizes.set(key, size);
    else sizes.delete(key);
  };
  const log = existsSync(path) ? readLog(path, sized) : null;
  let written = log?.length ?? 0;
  /** What the file holds, as the changes that make it. */
  const changesOf = (state: MapState): MemoryChange[] => {
    const out: MemoryChange[] = state.meta ? [{ meta: state.meta }] : [];
    for (const [url, p] of state.pages) {
      const entry = state.entries.get(url);
      if (entry) out.push({ putPage: [p, entry] });
    }
    for (const [bucket, segments] of state.segments)
      for (const [url, segment] of segments) out.push({ putSegment: [bucket, url, segment] });
    return out;
  };
  const rewrite = () => {
    const tmp = `${path}.tmp-${process.pid}`;
    const changes = changesOf(map.state);
    const lines = changes.map((c) => JSON.stringify(c));
    sized(null, 0);
    changes.forEach((c, i) => sized(keyOf(c), (lines[i] as string).length + 1));
    const text = `${[HEADER, ...lines].join('\n')}\n`;
    writeFileSync(tmp, text, { mode: 0o600 });
    renameSync(tmp, path);
    written = text.length;
  };
  const append = (changes: readonly MemoryChange[]) => {
    if (!existsSync(path)) {
      writeFileSync(path, `${HEADER}\n`, { mode: 0o600 });
      written = HEADER.length + 1;
    }
    const lines = changes.map((c) => `${JSON.stringify(c)}\n`);
    appendFileSync(path, lines.join(''));
    changes.forEach((c, i) => {
      const size = (lines[i] as string).length;
      sized(keyOf(c), isDeletion(c) ? 0 : size);
      written += size;
    });
    if (written > 2 * live + 65_536) rewrite();
  };
  const map = createMapBackend(append);
  if (log) map.load(log.state);
  // an older file is written out at once in this version's form
  if (log?.old) rewrite();

  return {
    loaded: { pages: log?.state.pages.size ?? 0, skipped: log?.skipped ?? 0 },
    run: map.run,
    // inside a transaction of its own, so no write lands halfway through the rewrite
    compact: () => map.run('read', async () => (existsSync(path) ? rewrite() : undefined)),
    close: () => undefined,
  };
}
