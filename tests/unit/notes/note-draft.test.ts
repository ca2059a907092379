import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../utils/extract';
import { manualClaim, noteDraft, pageKey, trimSelection } from '../../../utils/notes';
import { makeClaim, makeMatch } from '../support/records';

const TEXT = 'Officials said some 300 people were moved out of the village, the governor added.';

describe('manualClaim', () => {
  it.each([
    ['a figure with its noun', 'some 300 people', { value: 300, qualifier: '~' }],
    ['a range', 'between 40 and 50 homes', { low: 40, high: 50 }],
    ['words without a figure', 'the village', { value: null, low: null, high: null }],
  ])('parses %s from the selected words', (_name, selected, expected) => {
    const text = TEXT.replace('some 300 people', selected);
    const start = text.indexOf(selected);
    const claim = manualClaim(
      selected,
      { start, end: start + selected.length },
      extractClaims(selected, { published: '2025-03-19' }),
    );
    expect(claim).toMatchObject({ text: selected, start, end: start + selected.length, ...expected });
  });

  it('trims whitespace around the selection', () => {
    const start = TEXT.indexOf(' some');
    const span = trimSelection(TEXT, start, start + ' some 300 people '.length);
    expect(span && TEXT.slice(span.start, span.end)).toBe('some 300 people');
  });

  it.each([
    ['empty', 5, 5],
    ['only spaces', TEXT.indexOf(' '), TEXT.indexOf(' ') + 1],
  ])('refuses an %s selection', (_name, start, end) => {
    expect(trimSelection(TEXT, start, end)).toBeNull();
  });
});

describe('noteDraft', () => {
  it('files the note under the page key and describes the figure with selectors', () => {
    const claim = makeClaim({ start: TEXT.indexOf('300'), end: TEXT.indexOf('300') + 3, text: '300' });
    const draft = noteDraft(
      { text: TEXT, meta: { url: null, published: '2025-03-19', outlet: 'Example', headline: 'H' } },
      'https://news.example/a?utm_medium=x#frag',
      '',
      claim,
      makeMatch(),
      false,
    );
    expect(draft.page).toEqual({
      url: 'https://news.example/a',
      title: 'H',
      outlet: 'Example',
      published: '2025-03-19',
    });
    expect(draft.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: '300',
      prefix: 'Officials said some ',
      suffix: ' people were moved out of the vi',
    });
  });
});

describe('pageKey', () => {
  it.each([
    ['https://a.example/x#y', 'https://a.example/x'],
    ['https://a.example/x?utm_source=t&id=2&fbclid=z', 'https://a.example/x?id=2'],
    ['https://a.example/x?b=1&a=2', 'https://a.example/x?a=2&b=1'],
    ['not a url#frag', 'not a url'],
  ])('keys %s as %s', (url, key) => {
    expect(pageKey(url)).toBe(key);
  });
});
