import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../components/options/DatasetSection';
import { withStatus } from '../../../components/options/DisplaySection';
import { describeCounts, describePackError, reportTitle } from '../../../components/options/packs';
import { normaliseHost, offElsewhere } from '../../../components/options/SitesSection';
import { DEFAULT_DISPLAY } from '../../../utils/settings';

describe('normaliseHost', () => {
  it.each([
    ['example.org', 'example.org'],
    ['  Example.ORG ', 'example.org'],
    ['https://www.example.org/news/1', 'www.example.org'],
    ['http://blog.example.org:8080', 'blog.example.org'],
    ['localhost', null],
    ['ftp://example.org', null],
    ['not a site', null],
    ['', null],
  ])('%j → %j', (input, want) => {
    expect(normaliseHost(input)).toBe(want);
  });
});

describe('withStatus', () => {
  it('changes only the one status', () => {
    expect(withStatus(DEFAULT_DISPLAY, 'unmatched', true)).toEqual({
      ...DEFAULT_DISPLAY,
      show: { ...DEFAULT_DISPLAY.show, unmatched: true },
    });
  });

  it('leaves the settings it was given alone', () => {
    const before = structuredClone(DEFAULT_DISPLAY);
    withStatus(DEFAULT_DISPLAY, 'diverges', false);
    expect(DEFAULT_DISPLAY).toEqual(before);
  });
});

describe('formatDay', () => {
  it.each([
    ['2025-03-18', '18 March 2025'],
    ['2022-02-24T03:00:00+02:00', '24 February 2022'],
    [null, null],
    ['March 2025', null],
  ])('%j → %j', (iso, want) => {
    expect(formatDay(iso)).toBe(want);
  });
});

describe('the pack report', () => {
  it.each([
    [{ row: 3, field: 'value', message: 'expected a number' }, 'Row 3, field “value”'],
    [{ row: 0, field: 'claims', message: 'the pack has no claims' }, 'File, field “claims”'],
    [{ row: 0, field: '', message: 'not JSON' }, 'File'],
  ])('names where %j is', (error, where) => {
    expect(describePackError(error)).toEqual({ where, message: error.message });
  });

  it.each([
    [1, 'pack.csv was not imported: 1 problem found. Your dataset is unchanged.'],
    [2, 'pack.csv was not imported: 2 problems found. Your dataset is unchanged.'],
  ])('titles a report of %i problem(s)', (n, title) => {
    const errors = Array.from({ length: n }, (_, i) => ({ row: i + 1, field: 'id', message: 'x' }));
    expect(reportTitle('pack.csv', errors)).toBe(title);
  });

  it('says what a pack adds', () => {
    expect(describeCounts({ claims: 1200, claimants: 1, metrics: 0 })).toBe(
      '1,200 claims, 1 claimant, 0 metrics',
    );
  });
});

describe('offElsewhere', () => {
  it.each([
    ['nothing off', [], []],
    ['a listed site off', ['cnn.com'], []],
    [
      'subdomains off, sorted',
      ['www.bbc.co.uk', 'edition.cnn.com', 'cnn.com'],
      ['edition.cnn.com', 'www.bbc.co.uk'],
    ],
  ])('%s', (_name, disabled, want) => {
    expect(offElsewhere({ disabled, enabled: [] })).toEqual(want);
  });
});
