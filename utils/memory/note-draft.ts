import { emptyFrame } from '../schema/claim';
import type { NoteDraft } from '../schema/notes';
import type { RememberedFigure } from './schema';

/**
 * A remembered figure as a note: the figure and its words as read, who gave it, its topic, the
 * page it was read on. Its place in the page is not kept by the memory: the note's position
 * selector spans its quote alone, and the note re-anchors by its words (prefix, figure, suffix)
 * when the page is next opened.
 */
export function noteDraftOf(f: RememberedFigure): NoteDraft {
  return {
    claim: {
      id: 'c0',
      start: 0,
      end: f.quote.exact.length,
      text: f.quote.exact,
      value: f.value,
      low: f.low,
      high: f.high,
      qualifier: f.qualifier,
      unit: f.unit,
      concept: f.concept,
      speaker: f.speaker,
      vague: false,
      sameAs: null,
      frame: emptyFrame(),
    },
    match: {
      claimId: 'c0',
      status: 'unmatched',
      topic: f.topic,
      claimant: f.claimant,
      others: [],
      related: [],
    },
    page: { url: f.url, title: f.page.title, outlet: f.page.outlet, published: f.page.published },
    quote: { type: 'TextQuoteSelector', ...f.quote },
    position: { type: 'TextPositionSelector', start: 0, end: f.quote.exact.length },
    manual: false,
  };
}
