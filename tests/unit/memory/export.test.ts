import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  exportMemory,
  MEMORY_CSV_COLUMNS,
  memoryToAnnotations,
  memoryToCsv,
  memoryToJson,
  memoryToMarkdown,
} from '../../../utils/export';
import type { RememberedFigure } from '../../../utils/memory';
import { recordsOf } from '../../../utils/memory/records';
import type { PageDraft } from '../../../utils/memory';
import { figure, moscow, page } from './support';

const READ = Date.UTC(2025, 2, 19, 9, 30);
const NOW = new Date(2025, 2, 20, 12);

/** Remembered figures of one page, as the memory stores them. */
function remembered(url: string, drafts: Parameters<typeof recordsOf>[1], over: Partial<PageDraft> = {}) {
  const out = recordsOf(page(url, over), drafts, READ);
  if (!out.ok) throw new Error(out.error);
  return out.records;
}

/** A page that tries everything: formulas, Markdown and HTML, quotes and line breaks in its fields. */
const HOSTILE = remembered(
  'https://evil.example/a?b=1',
  [
    figure({
      speaker: '=HYPERLINK("https://evil.example","click")',
      claimant: null,
      quote: {
        exact: '145 drones',
        prefix: '<script>alert(1)</script> [x](javascript:alert(1)) ',
        suffix: ',\n"quoted"',
      },
      topic: { id: 't1', label: '# Heading *bold* <img src=x onerror=alert(1)>' },
    }),
  ],
  { title: '+cmd|calc; [link](javascript:alert(2))', outlet: '@outlet\r\nnext' },
);
const PLAIN = [
  ...remembered('https://tass.example/b', [moscow()]),
  ...remembered('https://kyiv.example/c', [figure()]),
];

describe('exporting the reading memory', () => {
  it('CSV: one row per figure in the columns documented, every text field read back as written', () => {
    const figures = [...PLAIN, ...HOSTILE];
    const parsed = Papa.parse<string[]>(memoryToCsv(figures), { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual([...MEMORY_CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(figures.length + 1);
    const col = (name: (typeof MEMORY_CSV_COLUMNS)[number], row: number) =>
      parsed.data[row]?.[MEMORY_CSV_COLUMNS.indexOf(name)];
    expect([col('figure', 1), col('value', 1), col('speaker', 1), col('side', 1)]).toEqual([
      '57 drones',
      '57',
      'Ministry of Defence of Russia',
      'Russia',
    ]);
    expect(col('read', 1)).toBe('2025-03-19T09:30:00.000Z');
    expect(col('page_url', 2)).toBe('https://kyiv.example/c');
    expect(col('quote_suffix', 3)).toBe(',\n"quoted"');
  });

  it.each([
    ['speaker', '\'=HYPERLINK("https://evil.example","click")'],
    ['page_title', "'+cmd|calc; [link](javascript:alert(2))"],
    ['outlet', "'@outlet\r\nnext"],
  ] as const)('CSV: a %s that a spreadsheet would run is written as text', (column, expected) => {
    const parsed = Papa.parse<string[]>(memoryToCsv(HOSTILE), { skipEmptyLines: true });
    expect(parsed.data[1]?.[MEMORY_CSV_COLUMNS.indexOf(column)]).toBe(expected);
  });

  it('JSON: every figure exactly as remembered, tagged with its format', () => {
    const file = JSON.parse(memoryToJson([...PLAIN, ...HOSTILE], NOW)) as {
      format: string;
      figures: RememberedFigure[];
    };
    expect(file.format).toBe('tally-memory/1');
    expect(file.figures).toEqual([...PLAIN, ...HOSTILE]);
  });

  it('Markdown: grouped by topic, with who gave each figure, its words and a link to its page', () => {
    const md = memoryToMarkdown(PLAIN, NOW);
    expect(md).toContain('# Tally reading memory\n\n2 figures read, exported 2025-03-20.');
    expect(md).toContain(
      '- **57 drones** — Ministry of Defence of Russia (Russia) · read 2025-03-19 09:30 UTC',
    );
    expect(md).toContain('](https://tass.example/b)');
  });

  it.each([
    ['no script or image tag', /(?<!\\)<(?:script|img)/],
    ['no javascript: link', /(?<!\\)\]\(javascript:/],
    ['no heading made by a label', /^## # Heading/m],
    ['no emphasis made by a label', /[^\\]\*bold\*/],
  ])('Markdown: a hostile page gives %s', (_what, unsafe) => {
    expect(memoryToMarkdown(HOSTILE, NOW)).not.toMatch(unsafe);
  });

  it('Web Annotations: each figure targets its page by its words, with origin "memory" and when it was read', () => {
    const collection = memoryToAnnotations(PLAIN, NOW, 'urn:uuid:test');
    const parsed = JSON.parse(JSON.stringify(collection)) as typeof collection;
    expect(parsed.total).toBe(2);
    const [first] = parsed.first.items;
    expect(first?.target).toEqual({
      source: 'https://tass.example/b',
      selector: [{ type: 'TextQuoteSelector', ...PLAIN[0]?.quote }],
    });
    expect(first?.body[1]).toMatchObject({
      'tally:value': 57,
      'tally:qualifier': 'exact',
      'tally:claimant': 'ru-mod',
      'tally:side': 'russia',
      'tally:origin': 'memory',
      'tally:read': '2025-03-19T09:30:00.000Z',
    });
  });

  it.each([
    ['csv', 'tally-memory-2025-03-20.csv', 'text/csv;charset=utf-8'],
    ['json', 'tally-memory-2025-03-20.json', 'application/json'],
    ['markdown', 'tally-memory-2025-03-20-filtered.md', 'text/markdown;charset=utf-8'],
    ['annotations', 'tally-memory-2025-03-20.jsonld', 'application/ld+json'],
  ] as const)('names a %s file after the memory and the day', (format, name, type) => {
    const file = exportMemory(PLAIN, format, { now: NOW, scope: format === 'markdown' ? 'filtered' : 'all' });
    expect([file.name, file.type]).toEqual([name, type]);
    expect(file.text.length).toBeGreaterThan(0);
  });
});
