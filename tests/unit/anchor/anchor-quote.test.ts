import { describe, expect, it } from 'vitest';
import { anchorQuote, describeSpan } from '../../../utils/anchor';

const ORIGINAL =
  'Russia launched 145 attack and decoy drones overnight, the Air Force said. ' +
  'Air defences shot down 98 of them over nine regions. ' +
  'The Russian defence ministry said it had downed 41 Ukrainian drones.';

/** The selectors of the first `figure` in ORIGINAL. */
function selectorsOf(figure: string) {
  const start = ORIGINAL.indexOf(figure);
  return describeSpan(ORIGINAL, start, start + figure.length);
}

/** Anchors `figure` from ORIGINAL in `changed` and returns the text found and how. */
function reanchor(figure: string, changed: string) {
  const { quote, position } = selectorsOf(figure);
  const at = anchorQuote(changed, quote, position);
  return at && { text: changed.slice(at.start, at.end), how: at.how };
}

describe('describeSpan', () => {
  it('keeps the quote with 32 characters of context each side and the position', () => {
    const { quote, position } = selectorsOf('98 of them');
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: '98 of them',
      prefix: 'Force said. Air defences shot down '.slice(-32),
      suffix: ' over nine regions. The Russian ',
    });
    expect(ORIGINAL.slice(position.start, position.end)).toBe('98 of them');
  });
});

describe('anchorQuote', () => {
  it.each([
    ['the page is unchanged', '145 attack and decoy drones', ORIGINAL],
    ['a sentence was added before it', '98 of them', `Updated at 09:00. ${ORIGINAL}`],
    ['text before it was removed', '41 Ukrainian drones', ORIGINAL.slice(ORIGINAL.indexOf('Air defences'))],
    [
      'its context was reworded a little',
      '98 of them',
      ORIGINAL.replace('Air defences shot down', 'Air defence units shot down').replace(
        'over nine regions',
        'over 9 regions',
      ),
    ],
  ])('finds the exact text when %s', (_name, figure, changed) => {
    expect(reanchor(figure, changed)).toEqual({ text: figure, how: 'exact' });
  });

  it('picks the occurrence whose context agrees when the figure appears twice', () => {
    const changed = `Earlier reports spoke of 98 of them too. ${ORIGINAL}`;
    const { quote, position } = selectorsOf('98 of them');
    const at = anchorQuote(changed, quote, { ...position, start: 0, end: 0 });
    expect(at?.start).toBe(changed.lastIndexOf('98 of them'));
  });

  it.each([
    [
      'a word inside it changed',
      '145 attack and decoy drones',
      'Russia launched 145 strike and decoy drones overnight, the Air Force said. Air defences shot down 98 of them over nine regions.',
      '145 strike and decoy drones',
    ],
    [
      'its punctuation changed',
      '145 attack and decoy drones',
      ORIGINAL.replace('145 attack and decoy drones', '145 attack-and-decoy drones'),
      '145 attack-and-decoy drones',
    ],
    [
      'the figure itself was reworded',
      '98 of them',
      ORIGINAL.replace('98 of them', '98 of those'),
      '98 of those',
    ],
    [
      'it changed and a paragraph was added just before it',
      '145 attack and decoy drones',
      `Updated with comments from the regional administration.\n\n${ORIGINAL.replace('145 attack and decoy drones', '145 attack-and-decoy drones')}`,
      '145 attack-and-decoy drones',
    ],
  ])('finds the text fuzzily when %s', (_name, figure, changed, expected) => {
    expect(reanchor(figure, changed)).toEqual({ text: expected, how: 'fuzzy' });
  });

  it('finds a changed figure when a paragraph was added between it and the heading before it', () => {
    const before = `Drone attack overnight as both sides give their counts\n\n${ORIGINAL}`;
    const after = before
      .replace('counts\n\n', 'counts\n\nUpdated with comments from the regional administration.\n\n')
      .replace('145 attack and decoy drones', '145 attack-and-decoy drones');
    const start = before.indexOf('145 attack');
    const { quote, position } = describeSpan(before, start, start + '145 attack and decoy drones'.length);
    const at = anchorQuote(after, quote, position);
    expect(at && { text: after.slice(at.start, at.end), how: at.how }).toEqual({
      text: '145 attack-and-decoy drones',
      how: 'fuzzy',
    });
  });

  it.each([
    [
      'the paragraph is gone',
      '98 of them',
      'Russia launched 145 attack and decoy drones overnight, the Air Force said.',
    ],
    [
      'the page is another article',
      '145 attack and decoy drones',
      'The city council met on Tuesday to discuss the budget for parks and roads.',
    ],
    ['the page is empty', '41 Ukrainian drones', ''],
  ])('finds nothing when %s', (_name, figure, changed) => {
    expect(reanchor(figure, changed)).toBeNull();
  });

  it('does not move a short figure to a different sentence that happens to repeat it', () => {
    const figure = '98 of them';
    const changed =
      'Russia launched 145 attack and decoy drones overnight, the Air Force said. ' +
      'In a separate count, volunteers said 98 of them fell in fields.';
    const { quote, position } = selectorsOf(figure);
    const at = anchorQuote(changed, { ...quote, exact: '98' }, { ...position, end: position.start + 2 });
    expect(at).toBeNull();
  });
});
