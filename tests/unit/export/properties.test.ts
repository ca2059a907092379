import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  FORMULA_START,
  notesToAnnotations,
  notesToCsv,
  notesToJson,
  notesToMarkdown,
  parseNotesJson,
  type FigureBody,
} from '../../../utils/export';
import type { Note } from '../../../utils/schema/notes';
import { makeMatch, makeNote, makeOther } from '../support/records';

/** Pieces that mean something to Markdown, HTML, spreadsheets or JSON. */
const hostilePiece = fc.constantFrom(
  '<',
  '>',
  '&',
  '&amp;',
  '&#60;',
  '*',
  '**',
  '_',
  '`',
  '```',
  '[',
  ']',
  '(',
  ')',
  '![x](y)',
  '[a](javascript:alert(1))',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<https://example.org>',
  '#',
  '## ',
  '1. ',
  '- ',
  '+',
  '> ',
  '---',
  '===',
  '|',
  '~~',
  '\\',
  '=',
  '@',
  '-',
  '\t',
  '\r',
  '\n',
  '\r\n',
  ' ',
  '\u00a0',
  '\u200b',
  '\u202e',
  '\ufeff',
  '\uff1d',
  '"',
  "'",
  ',',
  ';',
  'javascript:',
  'https://example.org/x',
  'word',
  '145',
);
/** Any text a page, a pack or an imported file could put in a field. */
const hostile = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.array(hostilePiece, { maxLength: 12 }).map((xs) => xs.join('')),
);
const nonEmpty = hostile.filter((s) => s.length > 0);

/** A valid note whose every text field a page, a pack or the reader controls is `hostile`. */
const hostileNote: fc.Arbitrary<Note> = fc
  .record({
    exact: nonEmpty,
    prefix: hostile,
    suffix: hostile,
    url: nonEmpty,
    title: hostile,
    outlet: hostile,
    published: hostile,
    speaker: hostile,
    claimantName: hostile,
    topic: hostile,
    otherName: hostile,
    sourceUrl: hostile,
    sourceOutlet: hostile,
    sourcePublished: hostile,
    comment: hostile,
    tags: fc.uniqueArray(
      nonEmpty.map((t) => t.slice(0, 60)),
      { maxLength: 3 },
    ),
    value: fc.oneof(fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true })),
  })
  .map((f) => {
    const base = makeNote();
    return makeNote({
      quote: { type: 'TextQuoteSelector', exact: f.exact, prefix: f.prefix, suffix: f.suffix },
      page: { url: f.url, title: f.title, outlet: f.outlet, published: f.published },
      claim: {
        ...base.claim,
        text: f.exact,
        speaker: f.speaker,
        value: Object.is(f.value, -0) ? 0 : f.value,
      },
      match: makeMatch({
        topic: { id: 'topic', label: f.topic },
        claimant: { id: 'speaker', name: f.claimantName, side: 'other' },
        others: [
          makeOther({
            name: f.otherName,
            source: { url: f.sourceUrl, published: f.sourcePublished, outlet: f.sourceOutlet },
          }),
        ],
      }),
      comment: f.comment,
      tags: f.tags,
    });
  });

const RUNS = { numRuns: 300 };

/** Text as Markdown shows it: white space runs made one space, NUL replaced (CommonMark). */
const shown = (s: string) => s.replace(/\s+/g, ' ').trim().replace(/\0/g, '\uFFFD');

/** The Markdown as a viewer renders it (raw HTML allowed, as GitHub's sanitiser would see it). */
function rendered(markdown: string): HTMLElement {
  const box = document.createElement('div');
  box.innerHTML = new MarkdownIt({ html: true }).render(markdown);
  return box;
}

describe('every export over hostile text in every field', { timeout: 60_000 }, () => {
  it('CSV: each cell reads back as written, a formula-like one behind an apostrophe, numbers as numbers', () => {
    fc.assert(
      fc.property(hostileNote, (note) => {
        const rows = Papa.parse<Record<string, string>>(notesToCsv([note]), {
          header: true,
          newline: '\r\n',
        });
        expect(rows.errors).toEqual([]);
        expect(rows.data).toHaveLength(1);
        const row = rows.data[0]!;
        expect(Object.keys(row)).toEqual([...CSV_COLUMNS]);
        const guarded = (s: string) => (FORMULA_START.test(s) ? `'${s}` : s);
        for (const [column, text] of [
          ['figure', note.quote.exact],
          ['page_url', note.page.url],
          ['page_title', note.page.title],
          ['published', note.page.published],
          ['comment', note.comment],
          ['quote_prefix', note.quote.prefix],
          ['quote_suffix', note.quote.suffix],
          ['topic', note.match.topic!.label],
          ['tags', note.tags.join('; ')],
        ] as const)
          expect(row[column], column).toBe(guarded(text ?? ''));
        expect(row.value).toBe(note.claim.value === null ? '' : String(note.claim.value));
        if (note.claim.value !== null) expect(Number(row.value)).toBe(note.claim.value);
        const numeric = new Set(['value', 'low', 'high', 'position_start', 'position_end']);
        for (const [column, cell] of Object.entries(row))
          if (!numeric.has(column)) expect(FORMULA_START.test(cell), `${column}: ${cell}`).toBe(false);
      }),
      RUNS,
    );
  });

  it('JSON: imports back as the very same note', () => {
    fc.assert(
      fc.property(hostileNote, (note) => {
        expect(parseNotesJson(notesToJson([note]))).toEqual({ ok: true, notes: [note] });
      }),
      RUNS,
    );
  });

  it('Markdown: renders no HTML, no link but its own http(s) ones, and shows each field as its text', () => {
    fc.assert(
      fc.property(hostileNote, (note) => {
        const box = rendered(notesToMarkdown([note]));
        const tags = new Set([...box.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()));
        for (const tag of tags) expect(['h1', 'h2', 'p', 'ul', 'li', 'strong', 'a']).toContain(tag);
        for (const a of box.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
        const text = shown(box.textContent ?? '');
        for (const field of [
          note.quote.exact,
          note.page.title,
          note.match.claimant!.name,
          note.match.topic!.label,
          note.match.others[0]!.name,
          note.match.others[0]!.source!.outlet,
          note.comment,
          ...note.tags,
        ])
          expect(text).toContain(shown(field ?? ''));
        // Dates: an ISO date-time is shown as its day, anything else as the text it is.
        for (const date of [note.page.published, note.match.others[0]!.source!.published])
          if (date?.trim())
            expect(text).toContain(/^\d{4}-\d{2}-\d{2}T/.test(date) ? date.slice(0, 10) : shown(date));
      }),
      RUNS,
    );
  });

  it('W3C Web Annotations: every field reads back from the JSON-LD as it was', () => {
    fc.assert(
      fc.property(hostileNote, (note) => {
        const [item] = (
          JSON.parse(JSON.stringify(notesToAnnotations([note], new Date(0), 'urn:x'))) as ReturnType<
            typeof notesToAnnotations
          >
        ).first.items;
        expect(item!.target).toEqual({ source: note.page.url, selector: [note.quote] });
        const values = (purpose: string) =>
          item!.body.flatMap((b) => (b.type === 'TextualBody' && b.purpose === purpose ? [b.value] : []));
        expect(values('tagging')).toEqual(note.tags);
        expect(values('commenting')).toEqual(note.comment.trim() ? [note.comment] : []);
        const figure = item!.body.find((b): b is FigureBody => b.type === 'tally:Figure')!;
        expect(figure['tally:text']).toBe(note.claim.text);
        expect(figure['tally:speaker']).toBe(note.match.claimant!.name);
        expect(figure['tally:topic']?.['tally:label']).toBe(note.match.topic!.label);
        expect(figure['tally:others'][0]!['tally:speaker']).toBe(note.match.others[0]!.name);
      }),
      RUNS,
    );
  });
});
