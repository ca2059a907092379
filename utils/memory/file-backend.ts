import { appendFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { MemoryBackend } from './backend';
import { createMapBackend, type MemoryChange } from './map-backend';
import { MemoryMeta, type RememberedFigure } from './schema';

// Node only (the analyzer's `--memory FILE`): never imported by the extension.

/** The first line of a memory file: what it is, and its format's version. */
const HEADER = JSON.stringify({ 'tally-memory': 1 });

/** What loading a memory file found. */
export interface FileLoad {
  /** Figures loaded. */
  figures: number;
  /** Lines that could not be read (a damaged or cut-off line) and were left out. */
  skipped: number;
}

/** True when a parsed line is a record the indexes can hold (full validation happens on every read). */
function indexable(x: unknown): x is RememberedFigure {
  const r = x as Partial<RememberedFigure> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.id === 'string' &&
    typeof r.pageKey === 'string' &&
    typeof r.siteKey === 'string' &&
    typeof r.quantity === 'string' &&
    typeof r.readAt === 'number' &&
    typeof r.to === 'number' &&
    typeof r.size === 'number'
  );
}

/** Replays a memory file's log of changes. */
function readLog(path: string): {
  records: Map<string, RememberedFigure>;
  meta: MemoryMeta | null;
  lines: number;
  skipped: number;
} {
  const records = new Map<string, RememberedFigure>();
  let meta: MemoryMeta | null = null;
  let lines = 0;
  let skipped = 0;
  const text = readFileSync(path, 'utf8');
  if (text.trim() === '') return { records, meta, lines, skipped };
  const rows = text.split('\n');
  if (rows[0] !== HEADER) throw new Error(`memory: ${path} is not a Tally memory file (it is left as it is)`);
  for (const row of rows.slice(1)) {
    if (!row.trim()) continue;
    let change: Partial<{ put: unknown; remove: unknown; clear: unknown; meta: unknown }>;
    try {
      change = JSON.parse(row) as typeof change;
    } catch {
      skipped++;
      continue;
    }
    lines++;
    if (change.put !== undefined) {
      if (indexable(change.put)) records.set(change.put.id, change.put);
      else skipped++;
    } else if (typeof change.remove === 'string') records.delete(change.remove);
    else if (change.clear === true) records.clear();
    else if (change.meta !== undefined) {
      const parsed = MemoryMeta.safeParse(change.meta);
      meta = parsed.success ? parsed.data : null;
    } else skipped++;
  }
  // a line left out may have changed the counts: they are counted again on first use
  return { records, meta: skipped ? null : meta, lines, skipped };
}

/**
 * The reading memory in a file, for `npm run analyze -- --jsonl --memory FILE`: the same memory
 * as the browser's, its records held in maps while the command runs and kept in FILE as a log
 * of changes (JSON Lines), one append per write. Forgetting rewrites the file without the
 * forgotten figures, so none of their text stays in it; so does a log grown to over twice its
 * live records. A file that is not a Tally memory is refused, never overwritten.
 */
export function openFileBackend(
  path: string,
): MemoryBackend & { compact(): Promise<void>; loaded: FileLoad } {
  const log = existsSync(path) ? readLog(path) : null;
  let lines = log?.lines ?? 0;

  const rewrite = () => {
    const tmp = `${path}.tmp-${process.pid}`;
    const out: string[] = [HEADER];
    if (map.state.meta) out.push(JSON.stringify({ meta: map.state.meta }));
    for (const r of map.state.records.values()) out.push(JSON.stringify({ put: r }));
    writeFileSync(tmp, `${out.join('\n')}\n`, { mode: 0o600 });
    renameSync(tmp, path);
    lines = out.length - 1;
  };
  const append = (changes: readonly MemoryChange[]) => {
    if (!existsSync(path)) {
      writeFileSync(path, `${HEADER}\n`, { mode: 0o600 });
      lines = 0;
    }
    appendFileSync(path, changes.map((c) => `${JSON.stringify(c)}\n`).join(''));
    lines += changes.length;
    if (lines > 2 * map.state.records.size + 1000) rewrite();
  };
  const map = createMapBackend(append);
  if (log) map.load(log.records.values(), log.meta);

  return {
    loaded: { figures: log?.records.size ?? 0, skipped: log?.skipped ?? 0 },
    run: map.run,
    // inside a transaction of its own, so no write lands halfway through the rewrite
    compact: () => map.run('read', async () => rewrite()),
    close: () => undefined,
  };
}
