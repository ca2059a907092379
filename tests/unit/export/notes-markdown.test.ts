import { describe, expect, it } from 'vitest';
import { exportFileName, exportNotes, markdownText, notesToMarkdown } from '../../../utils/export';
import { makeMatch, makeNote, makeOther } from '../support/records';
import { OWN_RECORD } from './own-record';

const NOW = new Date(2026, 10, 25, 9, 30);

describe('export file names', () => {
  it.each([
    ['csv', 'all', 'tally-notes-2026-11-25.csv'],
    ['json', 'all', 'tally-notes-2026-11-25.json'],
    ['markdown', 'filtered', 'tally-notes-2026-11-25-filtered.md'],
    ['annotations', 'selected', 'tally-notes-2026-11-25-selected.jsonld'],
  ] as const)('names the %s export of %s notes %s', (format, scope, name) => {
    expect(exportFileName(format, NOW, scope)).toBe(name);
    expect(exportNotes([makeNote()], format, { now: NOW, scope }).name).toBe(name);
  });
});

describe('markdownText', () => {
  it.each([
    ['link syntax', '[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['an image', '![x](https://e.org/p.png)', '!\\[x\\](https://e.org/p.png)'],
    ['emphasis', '*bold* _x_ **y**', '\\*bold\\* \\_x\\_ \\*\\*y\\*\\*'],
    [
      'HTML and autolinks',
      '<img src=x onerror=alert(1)> <https://e.org>',
      '\\<img src=x onerror=alert(1)> \\<https://e.org>',
    ],
    ['code and strikethrough', '`x` ~~y~~', '\\`x\\` \\~\\~y\\~\\~'],
    ['an entity', 'AT&T &amp; &#60;', 'AT&T \\&amp; \\&#60;'],
    ['an entity the next text could finish', 'fish &amp', 'fish \\&amp'],
    ['a heading at the start', '# Breaking', '\\# Breaking'],
    ['a numbered list at the start', '1. first', '1\\. first'],
    ['a bullet at the start', '- first', '\\- first'],
    ['a quote at the start', '> said', '\\> said'],
    ['a rule at the start', '---', '\\---'],
    ['a backslash before punctuation and at the end', 'a\\*b c\\', 'a\\\\\\*b c\\\\'],
    ['line breaks and runs of space', ' two\n\nlines  here ', 'two lines here'],
  ])('escapes %s', (_name, text, escaped) => {
    expect(markdownText(text)).toBe(escaped);
  });

  it.each([
    'snake_case, 3 - 2 = 1, 50% (about) #1 | 4 > 3 !',
    'Україна: 145 дронів — «Повітряні сили»',
    'C:\\path and 2025-03-19',
  ])('leaves text Markdown would not misread as it is: %j', (text) => {
    expect(markdownText(text)).toBe(text);
  });

  it('escapes every # in a heading (a trailing one would be dropped)', () => {
    expect(markdownText('Area #3 #', { heading: true })).toBe('Area \\#3 \\#');
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

  it('says which notes it holds', () => {
    expect(md).toContain('3 noted figures, exported 2026-11-25.');
    expect(notesToMarkdown([makeNote()], NOW, 'filtered')).toContain('1 noted figure (filtered), exported');
  });

  it('reads as text: the figure, who gave it, side and status, then its page and the other figures', () => {
    expect(notesToMarkdown([makeNote({ comment: 'check the date', tags: ['night', 'air_defence'] })], NOW))
      .toBe(`# Tally notes

1 noted figure, exported 2026-11-25.

## Drones launched at Ukraine, night of 18–19 March 2025

- **145 drones** — Ukraine's Air Force (Ukraine) · Figures differ
  - “launched **145 drones** overnight”
  - Page: [News Example: Night attack](https://news.example/a), published 2025-03-19
  - Other figures:
    - Russian Ministry of Defence (Russia): 41 — [MoD](https://example.org/ru-mod/1), 2025-03-19
  - Comment: check the date
  - Tags: night, air_defence
`);
  });

  it('keeps the words around the figure, cut at whole words and at the paragraph', () => {
    const note = makeNote({
      quote: {
        type: 'TextQuoteSelector',
        exact: '145 drones',
        prefix: 'Headline\n\nOvernight, Russia hit ',
        suffix: ' and 2 missiles, officials said',
      },
    });
    expect(notesToMarkdown([note], NOW)).toContain(
      '  - “Overnight, Russia hit **145 drones** and 2 missiles, officials said”',
    );
    const cut = makeNote({
      quote: {
        type: 'TextQuoteSelector',
        exact: '145 drones',
        prefix: 'tacks on Ukraine overnight with ',
        suffix: ' and two ballistic missiles from',
      },
    });
    expect(notesToMarkdown([cut], NOW)).toContain(
      '  - “…on Ukraine overnight with **145 drones** and two ballistic missiles…”',
    );
  });

  it('never lists the note’s own figure among the other figures: its record is “also recorded in”', () => {
    const text = notesToMarkdown(
      [makeNote({ match: makeMatch({ others: [makeOther(), OWN_RECORD] }) })],
      NOW,
    );
    expect(text).not.toContain("Ukraine's Air Force (Ukraine): 145");
    expect(text).toContain('  - Also recorded in: [Air Force](https://example.org/af/1), 2025-03-19');
    expect(text).toContain('Russian Ministry of Defence (Russia): 41');
  });

  it('lists related figures (another scope or measure) apart from the figures compared', () => {
    const related = makeOther({
      name: 'Kharkiv governor',
      side: 'ukraine',
      value: 12,
      source: null,
      origin: 'page',
    });
    const text = notesToMarkdown([makeNote({ match: makeMatch({ related: [related] }) })], NOW);
    expect(text).toContain(
      '  - Related figures (another scope or measure, not compared):\n    - Kharkiv governor (Ukraine): 12 — in the same article',
    );
  });

  it('escapes the published date, source dates and tags like every other field', () => {
    const note = makeNote({
      page: { ...makeNote().page, published: '<img src=x onerror=alert(1)>' },
      tags: ['<script>', '`x`'],
      match: makeMatch({
        others: [makeOther({ source: { url: 'https://e.org/r', published: '<b>then</b>', outlet: null } })],
      }),
    });
    const text = notesToMarkdown([note], NOW);
    expect(text).not.toMatch(/(^|[^\\])</m);
    expect(text).toContain('published \\<img src=x onerror=alert(1)>');
    expect(text).toContain('Tags: \\<script>, \\`x\\`');
    expect(text).toContain('[source](https://e.org/r), \\<b>then\\</b>');
  });

  it('says "unattributed" for a figure without a speaker', () => {
    const note = makeNote({
      claim: { ...makeNote().claim, speaker: null },
      match: makeMatch({ claimant: null }),
    });
    expect(notesToMarkdown([note], NOW)).toContain('- **145 drones** — unattributed · Figures differ');
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'not a url'])(
    'does not turn the page address %j into a link',
    (url) => {
      const text = notesToMarkdown([makeNote({ page: { ...makeNote().page, url } })], NOW);
      expect(text).toContain('  - Page: News Example: Night attack, published');
    },
  );
});
