import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createIdbBackend, createMapBackend, createMemory } from '../../../utils/memory';
import { openFileBackend } from '../../../utils/memory/file-backend';
import { figure, moscow, page, quantity, ROOMY } from './support';

/** What an earlier version stored for one page read: its record, directory entry and meta. */
async function earlierRecords() {
  const map = createMapBackend();
  const memory = createMemory(map, () => Date.UTC(2025, 2, 19, 9));
  await memory.remember(page('https://tass.example/a'), [moscow()], ROOMY);
  const url = [...map.state.pages.keys()][0] as string;
  return { page: map.state.pages.get(url), entry: map.state.entries.get(url), meta: map.state.meta };
}

/** Opens a database as version 1 had it: one lookup shard a bucket (a stale one here), and the page. */
function openVersion1(factory: IDBFactory, records: Awaited<ReturnType<typeof earlierRecords>>) {
  return new Promise<void>((resolve, reject) => {
    const req = factory.open('old-memory', 1);
    req.onupgradeneeded = () => {
      const db = req.result;
      db.createObjectStore('pages', { keyPath: 'url' }).put(records.page);
      const directory = db.createObjectStore('directory', { keyPath: 'url' });
      directory.createIndex('oldest', 'oldest');
      directory.createIndex('newest', 'newest');
      directory.createIndex('site', 'siteKey');
      directory.put(records.entry);
      db.createObjectStore('shards').put({ stale: true }, '0:0100020166');
      db.createObjectStore('meta').put(records.meta, 'meta');
    };
    req.onsuccess = () => {
      req.result.close();
      resolve();
    };
    req.onerror = () => reject(req.error);
  });
}

const lookUp = (memory: ReturnType<typeof createMemory>) =>
  memory.lookup([quantity()], { pageUrl: 'https://kyiv.example/b', retentionDays: 3650 });

describe('memory stores of an earlier version', () => {
  it('IndexedDB version 1: each page gets its lookup segments from its record, the old shards go', async () => {
    const factory = new IDBFactory();
    await openVersion1(factory, await earlierRecords());
    const backend = createIdbBackend({ factory, keyRange: IDBKeyRange, name: 'old-memory' });
    const memory = createMemory(backend, () => Date.UTC(2025, 2, 19, 12));
    const [found] = await lookUp(memory);
    expect(found?.map((r) => [r.figure.value, r.figure.url])).toEqual([[57, 'https://tass.example/a']]);
    expect((await memory.stats()).figures).toBe(1);
    // and it goes on as this version: a new page is written and found beside the old one
    await memory.remember(page('https://wire.example/c'), [figure({ value: 150 })], ROOMY);
    const [again] = await lookUp(createMemory(backend, () => Date.UTC(2025, 2, 19, 12)));
    expect(again?.map((r) => r.figure.value).sort()).toEqual([150, 57]);
    backend.close();
  });

  it('a version 2 memory file: segments are built from its pages, and the file is rewritten in this form', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tally-memory-old-'));
    const path = join(dir, 'memory.jsonl');
    try {
      const records = await earlierRecords();
      writeFileSync(
        path,
        [
          JSON.stringify({ 'tally-memory': 2 }),
          JSON.stringify({ meta: records.meta }),
          JSON.stringify({ putPage: [records.page, records.entry] }),
          JSON.stringify({ putShard: ['0:0100020166', { stale: true }] }),
          '',
        ].join('\n'),
      );
      const backend = openFileBackend(path);
      expect(backend.loaded).toEqual({ pages: 1, skipped: 0 });
      const [found] = await lookUp(createMemory(backend, () => Date.UTC(2025, 2, 19, 12)));
      expect(found?.map((r) => r.figure.value)).toEqual([57]);
      const text = readFileSync(path, 'utf8');
      expect(text.split('\n')[0]).toBe(JSON.stringify({ 'tally-memory': 3 }));
      expect(text).not.toContain('putShard');
      expect(text).toContain('putSegment');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
