import { describe, expect, it } from 'vitest';
import { arrangeNotes, firstNotes, focusAfterRemoval } from '../../../components/sidepanel/arrange-notes';
import { defaultScope } from '../../../components/sidepanel/ExportMenu';
import { makeMatch, makeNote } from '../support/records';

const note = (id: string, outlet: string, published: string, topic: string | null) =>
  makeNote({
    id,
    page: { url: `https://${outlet}.example/${id}`, title: null, outlet, published },
    match: makeMatch({ topic: topic ? { id: topic, label: topic.toUpperCase() } : null }),
  });

const NOTES = [
  note('a', 'Ledger', '2025-03-19', 'drones'),
  note('b', 'Gazette', '2025-03-20', null),
  note('c', 'Gazette', '2025-03-18', 'drones'),
  note('d', 'Courier', '2025-03-20', 'fire'),
];

describe('arrangeNotes', () => {
  it.each([
    [
      'topic',
      [
        ['DRONES', ['c', 'a']],
        ['FIRE', ['d']],
        ['No topic', ['b']],
      ],
    ],
    [
      'date',
      [
        ['20 March 2025', ['b', 'd']],
        ['19 March 2025', ['a']],
        ['18 March 2025', ['c']],
      ],
    ],
    [
      'outlet',
      [
        ['Courier', ['d']],
        ['Gazette', ['b', 'c']],
        ['Ledger', ['a']],
      ],
    ],
  ] as const)('by %s', (sort, want) => {
    expect(arrangeNotes(NOTES, sort).map((g) => [g.label, g.notes.map((n) => n.id)])).toEqual(want);
  });
});

describe('focusAfterRemoval', () => {
  it.each([
    ['the next note', ['a', 'b', 'c'], ['b'], 'c'],
    ['the one after the last removed', ['a', 'b', 'c', 'd'], ['a', 'c'], 'd'],
    ['the nearest before, at the end of the list', ['a', 'b', 'c'], ['c'], 'b'],
    ['nothing (the undo bar) when none is left', ['a'], ['a'], null],
    ['nothing when the removed ones were not listed', ['a'], ['x'], null],
  ])('gives %s', (_name, order, removed, want) => {
    expect(focusAfterRemoval(order, new Set(removed))).toBe(want);
  });
});

describe('firstNotes', () => {
  const groups = arrangeNotes(NOTES, 'topic');
  it.each([
    [0, []],
    [1, [['DRONES', ['c'], 2]]],
    [
      3,
      [
        ['DRONES', ['c', 'a'], 2],
        ['FIRE', ['d'], 1],
      ],
    ],
    [
      9,
      [
        ['DRONES', ['c', 'a'], 2],
        ['FIRE', ['d'], 1],
        ['No topic', ['b'], 1],
      ],
    ],
  ] as const)('draws the first %i notes, each heading still counting all of its own', (limit, want) => {
    expect(firstNotes(groups, limit).map((g) => [g.label, g.notes.map((n) => n.id), g.total])).toEqual(want);
  });
});

describe('defaultScope', () => {
  it.each([
    [{ all: 5, filtered: 5, selected: 0 }, false, 'all'],
    [{ all: 5, filtered: 2, selected: 0 }, true, 'filtered'],
    [{ all: 5, filtered: 2, selected: 1 }, true, 'selected'],
  ] as const)('%j, filtered %s → %s', (counts, filtered, want) => {
    expect(defaultScope(counts, filtered)).toBe(want);
  });
});
