import { describe, expect, it } from 'vitest';
import {
  exportFileName,
  exportNotes,
  mdEscape,
  notesToAnnotations,
  notesToMarkdown,
} from '../../../utils/export';
import { makeMatch, makeNote } from '../support/records';

const NOW = new Date(2026, 10, 25, 9, 30);

describe('export file names', () => {
  it.each([
    ['csv', 'tally-notes-2026-11-25.csv'],
    ['json', 'tally-notes-2026-11-25.json'],
    ['markdown', 'tally-notes-2026-11-25.md'],
    ['annotations', 'tally-notes-2026-11-25.jsonld'],
  ] as const)('names the %s export %s', (format, name) => {
    expect(exportFileName(format, NOW)).toBe(name);
    expect(exportNotes([makeNote()], format, NOW).name).toBe(name);
  });
});

describe('Markdown export', () => {
  const other = makeNote({
    id: 'n2',
    match: makeMatch({ topic: { id: 'b', label: 'Area captured' }, claimant: null, others: [] }),
    quote: { ...makeNote().quote, exact: '200 square kilometres' },
  });
  const md = notesToMarkdown(
    [makeNote(), other, makeNote({ id: 'n3', match: makeMatch({ topic: null }) })],
    NOW,
  );

  it('groups notes under a heading per topic, no-topic last', () => {
    expect(md.match(/^## .*/gm)).toEqual([
      '## Area captured',
      '## Drones launched at Ukraine, night of 18–19 March 2025',
      '## No topic',
    ]);
  });

  it('links each page and each other figure to its source', () => {
    expect(md).toContain('[News Example: Night attack](https://news.example/a)');
    expect(md).toContain('[MoD](https://example.org/ru-mod/1)');
  });

  it.each([
    ['link syntax', '[click](javascript:alert(1))', '\\[click\\]\\(javascript:alert\\(1\\)\\)'],
    ['emphasis and headings', '*bold* # _x_', '\\*bold\\* \\# \\_x\\_'],
    ['HTML', '<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert\\(1\\)\\>'],
  ])('escapes %s in page text', (_name, text, escaped) => {
    expect(mdEscape(text)).toBe(escaped);
  });

  it('does not turn a non-http page address into a link', () => {
    const md2 = notesToMarkdown(
      [makeNote({ page: { ...makeNote().page, url: 'javascript:alert(1)' } })],
      NOW,
    );
    expect(md2).not.toContain('](javascript:');
  });
});

describe('W3C Web Annotation export', () => {
  const collection = notesToAnnotations(
    [makeNote({ id: '0b9f8c3e-5a44-4c1e-9a53-3c8f0f0d3a11', comment: 'check', tags: ['night'] })],
    NOW,
    'urn:uuid:00000000-0000-4000-8000-000000000000',
  );
  const item = collection.first.items[0]!;

  it('is an AnnotationCollection with its context, total and one embedded page', () => {
    expect(collection).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      total: 1,
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
  });

  it('targets the page with a TextQuoteSelector and a TextPositionSelector', () => {
    expect(item.target).toEqual({
      source: 'https://news.example/a',
      selector: [
        { type: 'TextQuoteSelector', exact: '145 drones', prefix: 'launched ', suffix: ' overnight' },
        { type: 'TextPositionSelector', start: 10, end: 20 },
      ],
    });
  });

  it('carries the comment and each tag as bodies with their purpose', () => {
    expect(item.motivation).toBe('commenting');
    expect(item.body.map((b) => [b.purpose, b.value])).toEqual([
      ['describing', "145 drones — Ukraine's Air Force (Ukraine): figures differ"],
      ['commenting', 'check'],
      ['tagging', 'night'],
    ]);
    expect(item.id).toBe('urn:uuid:0b9f8c3e-5a44-4c1e-9a53-3c8f0f0d3a11');
  });
});
