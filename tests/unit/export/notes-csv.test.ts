import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, notesToCsv } from '../../../utils/export';
import { makeMatch, makeNote, makeOther } from '../support/records';
import { OWN_RECORD } from './own-record';

/** The CSV parsed back into rows keyed by column. */
const rows = (csv: string) =>
  Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

describe('notesToCsv', () => {
  it('writes a header with the documented columns, in order', () => {
    expect(notesToCsv([makeNote()]).split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
  });

  it('writes one row per note with the figure, speaker, side, status and page', () => {
    const [row] = rows(notesToCsv([makeNote({ comment: 'a, "quoted" comment', tags: ['night', 'drones'] })]));
    expect(row).toMatchObject({
      figure: '145 drones',
      value: '145',
      speaker: "Ukraine's Air Force",
      side: 'Ukraine',
      status: 'diverges',
      other_figures: 'Russian Ministry of Defence (Russia): 41',
      other_sources: 'https://example.org/ru-mod/1',
      page_url: 'https://news.example/a',
      comment: 'a, "quoted" comment',
      tags: 'night; drones',
    });
  });

  it.each([
    '=HYPERLINK("http://evil")',
    '+1+1',
    '-2+3',
    '@SUM(A1)',
    '\t=1',
    '\r=1',
    '=1\n2',
    '  =1+1',
    '\u200b=1+1',
    '\ufeff@SUM(A1)',
    '\u202e\u00a0+1',
    '\uff1dSUM(A1)',
  ])('neutralises a cell starting with a formula character: %j', (comment) => {
    const [row] = rows(notesToCsv([makeNote({ comment })]));
    expect(row!.comment).toBe(`'${comment}`);
  });

  it.each([
    ['=', 'exact'],
    ['~', 'about'],
    ['>', 'more than'],
    ['>=', 'at least'],
    ['<', 'less than'],
    ['<=', 'up to'],
  ] as const)('writes the qualifier %s as words: %s', (qualifier, words) => {
    const note = makeNote();
    const [row] = rows(notesToCsv([{ ...note, claim: { ...note.claim, qualifier } }]));
    expect(row!.qualifier).toBe(words);
  });

  it('never lists the note’s own figure among the other figures, and gives its record’s source', () => {
    const [row] = rows(notesToCsv([makeNote({ match: makeMatch({ others: [makeOther(), OWN_RECORD] }) })]));
    expect(row).toMatchObject({
      other_figures: 'Russian Ministry of Defence (Russia): 41',
      other_sources: 'https://example.org/ru-mod/1',
      recorded_in: 'https://example.org/af/1',
    });
  });

  it.each([
    ['a number in a number column', { value: -5 }, 'value', '-5'],
    ['text that only contains a formula character later', { text: '1+1' }, 'figure', '145 drones'],
  ])('leaves alone %s', (_name, claim, column, expected) => {
    const note = makeNote();
    const [row] = rows(notesToCsv([{ ...note, claim: { ...note.claim, ...claim } }]));
    expect(row![column]).toBe(expected);
  });
});
