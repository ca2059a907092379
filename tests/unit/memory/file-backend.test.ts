import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemory } from '../../../utils/memory';
import { openFileBackend } from '../../../utils/memory/file-backend';
import { figure, moscow, page, quantity, ROOMY } from './support';

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-memory-file-'));
  path = join(dir, 'memory.jsonl');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the memory file (analyze --memory)', () => {
  it('refuses a file that is not a Tally memory, and leaves it as it was', () => {
    writeFileSync(path, 'my notes\n');
    expect(() => openFileBackend(path)).toThrow(/not a Tally memory file/);
    expect(readFileSync(path, 'utf8')).toBe('my notes\n');
  });

  it('is readable by its owner only', async () => {
    await createMemory(openFileBackend(path)).remember(page('https://a.example/x'), [moscow()], ROOMY);
    expect(statSync(path).mode & 0o077).toBe(0);
  });

  it('keeps what was written before a cut-off last line, and counts afresh', async () => {
    const memory = createMemory(openFileBackend(path));
    await memory.remember(page('https://a.example/x'), [moscow()], ROOMY);
    await memory.remember(page('https://b.example/x'), [figure()], ROOMY);
    appendFileSync(path, '{"put":{"id":"half');
    const backend = openFileBackend(path);
    expect(backend.loaded).toEqual({ pages: 2, skipped: 1 });
    const stats = await createMemory(backend).stats();
    expect(stats.figures).toBe(2);
  });

  it('appends one write at a time, and rewrites itself when the log outgrows its records', async () => {
    const memory = createMemory(openFileBackend(path));
    for (let i = 0; i < 700; i++) await memory.remember(page('https://a.example/live'), [moscow(i)], ROOMY);
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    // 700 readings of one figure: the file holds a few readings' worth, not 700
    expect(lines.length).toBeLessThan(300);
    const [found] = await createMemory(openFileBackend(path)).lookup([quantity()], {
      pageUrl: null,
      retentionDays: 90,
    });
    expect(found?.map((r) => r.figure.value)).toEqual([699]);
  });

  it('writes nothing until something is remembered', async () => {
    const memory = createMemory(openFileBackend(path));
    await memory.lookup([quantity()], { pageUrl: null, retentionDays: 90 });
    await memory.stats();
    expect(existsSync(path)).toBe(false);
  });
});
