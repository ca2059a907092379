import { describe, expect, it } from 'vitest';
import {
  NO_FILTER,
  applyLedgerChange,
  facetsOf,
  filterNotes,
  groupByTopic,
  type NoteFilter,
} from '../../../utils/notes';
import { makeLoneMatch, makeMatch, makeNote } from '../support/records';

const UA = makeNote({ id: 'ua', tags: ['night'], comment: 'Compare with the MoD' });
const RU = makeNote({
  id: 'ru',
  match: makeMatch({
    status: 'single',
    claimant: { id: 'ru-mod', name: 'Russian Ministry of Defence', side: 'russia' },
    topic: { id: 't2', label: 'Drones downed over Russia' },
  }),
  page: { url: 'https://other.example/b', title: 'Claims', outlet: 'Other Outlet', published: '2025-04-02' },
  quote: { ...makeNote().quote, exact: '41 drones' },
});
const MANUAL = makeNote({
  id: 'manual',
  manual: true,
  match: makeLoneMatch({ status: 'unmatched' }),
  claim: { ...makeNote().claim, speaker: null },
  page: { url: 'https://news.example/c', title: null, outlet: null, published: null },
  noted: '2026-11-01T08:00:00.000Z',
  quote: { ...makeNote().quote, exact: 'some 300 people' },
});
const ALL = [UA, RU, MANUAL];

describe('filterNotes', () => {
  it.each<[string, Partial<NoteFilter>, string[]]>([
    ['no filter', {}, ['ua', 'ru', 'manual']],
    ['side', { side: 'russia' }, ['ru']],
    ['claimant', { claimant: "Ukraine's Air Force" }, ['ua']],
    ['outlet (the host when the page named none)', { outlet: 'news.example' }, ['manual']],
    ['status', { status: 'single' }, ['ru']],
    ['date from (published, else noted)', { from: '2025-04-01' }, ['ru', 'manual']],
    ['date to', { to: '2025-03-31' }, ['ua']],
    ['tag', { tag: 'night' }, ['ua']],
    ['search in comments, any case', { search: 'mod COMPARE' }, ['ua']],
    ['search in the figure', { search: '300' }, ['manual']],
    ['search that matches nothing', { search: 'tanks' }, []],
  ])('filters by %s', (_name, f, ids) => {
    expect(filterNotes(ALL, { ...NO_FILTER, ...f }).map((n) => n.id)).toEqual(ids);
  });
});

describe('facetsOf', () => {
  it('lists each filter value once, sorted', () => {
    expect(facetsOf(ALL)).toEqual({
      sides: ['russia', 'ukraine'],
      claimants: ['Russian Ministry of Defence', "Ukraine's Air Force"],
      outlets: ['News Example', 'news.example', 'Other Outlet'],
      statuses: ['diverges', 'single', 'unmatched'],
      tags: ['night'],
    });
  });
});

describe('groupByTopic', () => {
  it('puts the same topic from different outlets together, topics sorted, no topic last', () => {
    const sameTopic = makeNote({
      id: 'ua2',
      page: { url: 'https://third.example/x', title: null, outlet: 'Third', published: '2025-03-18' },
    });
    expect(groupByTopic([UA, MANUAL, RU, sameTopic]).map((g) => [g.label, g.notes.map((n) => n.id)])).toEqual(
      [
        ['Drones downed over Russia', ['ru']],
        ['Drones launched at Ukraine, night of 18–19 March 2025', ['ua2', 'ua']],
        ['No topic', ['manual']],
      ],
    );
  });
});

describe('applyLedgerChange', () => {
  it('removes, replaces in place and appends new notes at the end', () => {
    const [a, b, c] = ['a', 'b', 'c'].map((id) => makeNote({ id }));
    const b2 = makeNote({ id: 'b', comment: 'changed' });
    const d = makeNote({ id: 'd' });
    expect(applyLedgerChange([a!, b!, c!], { removed: ['a'], changed: [d, b2] })).toEqual([b2, c, d]);
  });
});
