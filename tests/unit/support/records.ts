/** Records for unit tests (page claims, matches, notes), each with plain defaults and overrides. */
import {
  emptyFrame,
  type ClaimMatch,
  type Frame,
  type OtherFigure,
  type PageClaim,
} from '../../../utils/schema';
import type { Note, NoteDraft } from '../../../utils/schema/notes';

/** A frame that knows nothing (no action, actor, target, place or time) but what `over` gives. */
export function makeFrame(over: Partial<Frame> = {}): Frame {
  return { ...emptyFrame(), ...over };
}

/** A page claim for tests: "145 drones" at offsets 10–20, launched overnight, said by Ukraine's Air Force, unless overridden. */
export function makeClaim(over: Partial<PageClaim> = {}): PageClaim {
  return {
    id: 'c0',
    start: 10,
    end: 20,
    text: '145 drones',
    value: 145,
    low: null,
    high: null,
    qualifier: '=',
    unit: null,
    concept: 'drones',
    speaker: "Ukraine's Air Force",
    vague: false,
    sameAs: null,
    frame: makeFrame({ action: 'launched', timeText: 'overnight', timeForm: 'night' }),
    ...over,
  };
}

/**
 * A bare page claim, as matcher tests build them without the extractor: the figure alone
 * (its text is the number) counting drones, with no speaker and only `frame` in its frame.
 */
export function pageClaim(
  p: Partial<PageClaim> & { id: string; value: number | null },
  frame: Partial<Frame> = {},
): PageClaim {
  return makeClaim({ start: 0, end: 1, text: String(p.value), speaker: null, ...p, frame: makeFrame(frame) });
}

/** Another claimant's figure: the Russian Ministry of Defence's 41, with its source, unless overridden. */
export function makeOther(over: Partial<OtherFigure> = {}): OtherFigure {
  return {
    claimant: 'ru-mod',
    name: 'Russian Ministry of Defence',
    side: 'russia',
    value: 41,
    low: null,
    high: null,
    qualifier: '=',
    source: { url: 'https://example.org/ru-mod/1', published: '2025-03-19', outlet: 'MoD' },
    quote: null,
    origin: 'dataset',
    ...over,
  };
}

/** A diverging match of claim c0 on the night of 18–19 March 2025, with one other figure. */
export function makeMatch(over: Partial<ClaimMatch> = {}): ClaimMatch {
  return {
    claimId: 'c0',
    status: 'diverges',
    topic: { id: 'drones-18-19-mar', label: 'Drones launched at Ukraine, night of 18–19 March 2025' },
    claimant: { id: 'ua-air-force', name: "Ukraine's Air Force", side: 'ukraine' },
    others: [makeOther()],
    related: [],
    ...over,
  };
}

/** A match with no topic, claimant or other figure (status `single` unless overridden). */
export function makeLoneMatch(over: Partial<ClaimMatch> = {}): ClaimMatch {
  return makeMatch({ status: 'single', topic: null, claimant: null, others: [], ...over });
}

/** A note draft on https://news.example/a. */
export function makeDraft(over: Partial<NoteDraft> = {}): NoteDraft {
  return {
    claim: makeClaim(),
    match: makeMatch(),
    page: {
      url: 'https://news.example/a',
      title: 'Night attack',
      outlet: 'News Example',
      published: '2025-03-19',
    },
    quote: { type: 'TextQuoteSelector', exact: '145 drones', prefix: 'launched ', suffix: ' overnight' },
    position: { type: 'TextPositionSelector', start: 10, end: 20 },
    manual: false,
    ...over,
  };
}

/** A stored note. */
export function makeNote(over: Partial<Note> = {}): Note {
  return {
    ...makeDraft(),
    id: 'n1',
    noted: '2026-11-20T10:00:00.000Z',
    updated: '2026-11-20T10:00:00.000Z',
    comment: '',
    tags: [],
    anchor: { state: 'anchored', checked: '2026-11-20T10:00:00.000Z', text: null },
    ...over,
  };
}
