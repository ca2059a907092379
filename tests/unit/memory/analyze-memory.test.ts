import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openRunMemory } from '../../../scripts/analyze-memory';
import { analyzeText } from '../../../scripts/analyze';

const KYIV = "Russia launched 145 drones at Ukraine overnight, Ukraine's Air Force said on Friday.";
const MOSCOW = 'Russia launched 90 drones at Ukraine overnight, the Russian Defence Ministry said on Friday.';
const PUBLISHED = '2026-11-20';

describe('npm run analyze -- --jsonl --memory FILE', () => {
  const dirs: string[] = [];
  const fileIn = () => {
    const dir = mkdtempSync(join(tmpdir(), 'tally-analyze-memory-'));
    dirs.push(dir);
    return join(dir, 'memory.jsonl');
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('shows a figure of an earlier document, and of an earlier run, with origin "memory" and its url', async () => {
    const file = fileIn();
    const first = openRunMemory(file);
    await analyzeText(KYIV, PUBLISHED, first, { url: 'https://kyiv.example/a', outlet: 'Morning Ledger' });
    // a later run: the memory is read back from the file
    const again = openRunMemory(file);
    const b = await analyzeText(MOSCOW, PUBLISHED, again, { url: 'https://moscow.example/b' });
    expect(b.claims[0]).toMatchObject({
      status: 'diverges',
      others: [
        { value: 145, origin: 'memory', source: { url: 'https://kyiv.example/a', outlet: 'Morning Ledger' } },
      ],
    });
  });

  it('refuses a file that is not a Tally memory, and leaves it as it was', () => {
    const file = fileIn();
    writeFileSync(file, 'my notes\n');
    expect(() => openRunMemory(file)).toThrow();
    expect(readFileSync(file, 'utf8')).toBe('my notes\n');
  });
});
