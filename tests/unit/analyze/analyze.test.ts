import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeHtml, analyzeText, formatTable } from '../../../scripts/analyze';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const txt = readFileSync(join(here, 'sample.txt'), 'utf8');
const html = readFileSync(join(here, 'sample.html'), 'utf8');

describe('analyzer on a .txt article', () => {
  it('indexes the text as given and reports every field the command line promises', async () => {
    const a = await analyzeText(txt, '2026-05-12');
    expect(a.claims.length).toBeGreaterThan(0);
    for (const c of a.claims) {
      expect(txt.slice(c.start, c.end)).toBe(c.text);
      expect(Object.keys(c)).toEqual(
        expect.arrayContaining([
          'start',
          'end',
          'text',
          'value',
          'low',
          'high',
          'qualifier',
          'unit',
          'concept',
        ]),
      );
      expect(Object.keys(c)).toEqual(
        expect.arrayContaining(['speaker', 'claimant', 'status', 'topic', 'others', 'related']),
      );
    }
  });

  it('gives every cross-reference its origin, and an on-page source its name as written', async () => {
    const text =
      'The interior ministry said 1,100 people were killed in the quake. The Red Crescent said the quake had killed 2,400 people.';
    const a = await analyzeText(text, '2031-05-12');
    const first = a.claims.find((c) => c.value === 1100);
    expect(first?.status).toBe('diverges');
    expect(first?.others).toEqual([
      expect.objectContaining({ claimant: 'Red Crescent', value: 2400, origin: 'page' }),
    ]);
    for (const c of a.claims)
      for (const o of [...c.others, ...c.related]) expect(['page', 'dataset', 'memory']).toContain(o.origin);
  });

  it('finds the figures, their qualifiers and speakers', async () => {
    const a = await analyzeText(txt, '2026-05-12');
    const brief = a.claims.map((c) => [c.value, c.qualifier, c.unit ?? c.concept, c.speaker]);
    expect(brief).toEqual([
      [120, '~', 'km2', 'regional water agency'],
      [46, '~', 'mi2', 'regional water agency'],
      [340, '=', 'people', 'district chief Marta Kolar'],
      [4, '=', 'villages', 'district chief Marta Kolar'],
      [15, '=', 'people', 'district chief Marta Kolar'],
      [45e6, '=', 'USD', 'Insurers'],
    ]);
  });

  it('resolves "overnight" against the published date', async () => {
    const a = await analyzeText(txt, '2026-05-12');
    expect(a.claims[0]?.frame.period).toEqual({ start: '2026-05-11T19:00', end: '2026-05-12T08:00' });
  });

  it('prints a readable table with one line per claim', async () => {
    const table = formatTable(await analyzeText(txt, '2026-05-12'));
    const lines = table.trimEnd().split('\n');
    expect(table).toContain('published 2026-05-12');
    expect(table).toContain('6 claims');
    expect(lines.filter((l) => /^\s*\d+ {2}/.test(l))).toHaveLength(6);
    expect(table).toContain('Marta Kolar');
  });
});

describe('analyzer on an .html page', () => {
  it('reads the article body and metadata, leaving out navigation, asides and the footer', async () => {
    const a = await analyzeHtml(html, null);
    expect(a.article.published?.slice(0, 10)).toBe('2026-05-12');
    expect(a.claims.map((c) => c.value)).toEqual([120, 340, 4]);
  });

  it('lets --published override the page’s date', async () => {
    const a = await analyzeHtml(html, '2026-05-01');
    expect(a.article.published).toBe('2026-05-01');
  });
});

// Each case starts a Node process that loads the dataset: seconds, not the default 5 s, on a busy machine.
describe('analyzer command line', { timeout: 60_000 }, () => {
  const run = (args: string[], input?: string) =>
    execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/analyze.ts'), ...args], {
      cwd: root,
      input,
      encoding: 'utf8',
    });

  // each runs the command line in a new Node process: slow on a busy machine
  it('answers JSON Lines with one {id, claims} line per input line', { timeout: 60_000 }, () => {
    const input =
      [
        JSON.stringify({ id: 'a', text: 'The agency said 12 boats sank.', published: '2026-05-12' }),
        JSON.stringify({ id: 'b', html: '<article><p>Officials counted 7 bridges.</p></article>' }),
      ].join('\n') + '\n';
    const lines = run(['--jsonl'], input)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; claims: Array<{ value: number }> });
    expect(lines.map((l) => [l.id, l.claims.map((c) => c.value)])).toEqual([
      ['a', [12]],
      ['b', [7]],
    ]);
  });

  it('prints {article, claims} for --format json', { timeout: 60_000 }, () => {
    const out = JSON.parse(
      run([join(here, 'sample.txt'), '--published', '2026-05-12', '--format', 'json']),
    ) as {
      article: { published: string };
      claims: unknown[];
    };
    expect(out.article.published).toBe('2026-05-12');
    expect(out.claims).toHaveLength(6);
  });
});
