import { speakerOf } from '../notes/filter-notes';
import type { FigureOrigin, MatchStatus, OtherFigure, Side } from '../schema';
import type { Note, TextPositionSelector, TextQuoteSelector } from '../schema/notes';
import { QUALIFIER_WORDS, isOwnFigure, summaryOf } from './describe-note';
import { linkUrl } from './link-url';

/** The vocabulary of Tally's own terms (`tally:value`, `tally:status`…) in the JSON-LD. */
export const TALLY_TERMS = 'urn:tally:terms:';

/** The JSON-LD context: the W3C Web Annotation context first, then Tally's terms. */
export const ANNOTATION_CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { tally: TALLY_TERMS }] as const;

/** A W3C Web Annotation TextualBody. */
export interface TextualBody {
  type: 'TextualBody';
  purpose: 'describing' | 'classifying' | 'commenting' | 'tagging';
  value: string;
  format: 'text/plain';
  language?: 'en';
}

/** A figure as numbers and words other tools can read: `tally:value` or `tally:low`/`tally:high`, the qualifier. */
export interface FigureTerms {
  'tally:value'?: number;
  'tally:low'?: number;
  'tally:high'?: number;
  /** exact, about, more than, at least, less than, up to. */
  'tally:qualifier': string;
}

/** Another figure for the same thing, as a machine reads it. */
export interface OtherFigureTerms extends FigureTerms {
  'tally:speaker': string;
  'tally:claimant'?: string;
  'tally:side'?: Side;
  /** Where it was published (http(s) only). */
  'tally:source'?: string;
  /** Where Tally found it: this page, the dataset (or a pack), or a page read earlier. */
  'tally:origin': FigureOrigin;
}

/**
 * What Tally knows about the noted figure, machine-readably (purpose `identifying`): the
 * number, its unit and what it counts, who gave it and their side, its status against the
 * other figures, the topic, and those other figures.
 */
export interface FigureBody extends FigureTerms {
  type: 'tally:Figure';
  purpose: 'identifying';
  /** The figure as written on the page. */
  'tally:text': string;
  'tally:unit'?: string;
  'tally:concept'?: string;
  /** Who gave it; absent when unattributed. */
  'tally:speaker'?: string;
  'tally:claimant'?: string;
  'tally:side'?: Side;
  'tally:status': MatchStatus;
  'tally:topic'?: { id: string; 'tally:label': string };
  'tally:others': OtherFigureTerms[];
  /** The same thing counted with another or an unknown scope or measure: listed, never compared. */
  'tally:related': OtherFigureTerms[];
  /** True when the reader selected the figure themselves. */
  'tally:manual': boolean;
}

/** One note as a W3C Web Annotation. */
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'identifying' | 'commenting';
  created: string;
  modified: string;
  generator: { type: 'Software'; name: string };
  body: (TextualBody | FigureBody)[];
  target: {
    source: string;
    /**
     * The quote first (what every tool resolves), then the position: both counted in the text
     * content of the page's body when the note recorded it, else the quote in the article's text.
     */
    selector: [TextQuoteSelector] | [TextQuoteSelector, TextPositionSelector];
  };
}

/** The notes as a W3C Web Annotation `AnnotationCollection` with one embedded page. */
export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An IRI for a note: `urn:uuid:` for Tally's own ids, a `urn:tally:note:` name otherwise. */
function noteIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:tally:note:${encodeURIComponent(id)}`;
}

/** A figure's numbers: the value, or the range's ends, and the qualifier in words; nulls left out. */
export function figureTerms(f: Pick<OtherFigure, 'value' | 'low' | 'high' | 'qualifier'>): FigureTerms {
  return {
    ...(f.value !== null ? { 'tally:value': f.value } : {}),
    ...(f.low !== null ? { 'tally:low': f.low } : {}),
    ...(f.high !== null ? { 'tally:high': f.high } : {}),
    'tally:qualifier': QUALIFIER_WORDS[f.qualifier],
  };
}

function otherTerms(o: OtherFigure): OtherFigureTerms {
  const source = linkUrl(o.source?.url);
  return {
    'tally:speaker': o.name,
    ...(o.claimant !== null ? { 'tally:claimant': o.claimant } : {}),
    ...(o.side !== null ? { 'tally:side': o.side } : {}),
    ...figureTerms(o),
    ...(source ? { 'tally:source': source } : {}),
    'tally:origin': o.origin,
  };
}

/** The structured body: what Tally knows of the figure. The note's own figure is never among the others. */
function figureBody(n: Note): FigureBody {
  const c = n.claim;
  const m = n.match;
  const speaker = speakerOf(n);
  return {
    type: 'tally:Figure',
    purpose: 'identifying',
    'tally:text': c.text,
    ...figureTerms(c),
    ...(c.unit !== null ? { 'tally:unit': c.unit } : {}),
    ...(c.concept !== null ? { 'tally:concept': c.concept } : {}),
    ...(speaker !== null ? { 'tally:speaker': speaker } : {}),
    ...(m.claimant ? { 'tally:claimant': m.claimant.id, 'tally:side': m.claimant.side } : {}),
    'tally:status': m.status,
    ...(m.topic
      ? {
          'tally:topic': {
            id: `urn:tally:topic:${encodeURIComponent(m.topic.id)}`,
            'tally:label': m.topic.label,
          },
        }
      : {}),
    'tally:others': m.others.filter((o) => !isOwnFigure(n, o)).map(otherTerms),
    'tally:related': m.related.map(otherTerms),
    'tally:manual': n.manual,
  };
}

/**
 * One note as an annotation. Target: the page, with the TextQuoteSelector first and, when the
 * note recorded them, both selectors counted in the text content of the page's body (as
 * annotation tools count); an older note gives its quote alone. Bodies: a sentence saying what was noted, the figure as data, its
 * status as a classification, the reader's comment and each tag.
 */
export function noteToAnnotation(n: Note): WebAnnotation {
  const text = (purpose: TextualBody['purpose'], value: string): TextualBody => ({
    type: 'TextualBody',
    purpose,
    value,
    format: 'text/plain',
  });
  const comment = n.comment.trim();
  return {
    id: noteIri(n.id),
    type: 'Annotation',
    motivation: comment ? 'commenting' : 'identifying',
    created: n.noted,
    modified: n.updated,
    generator: { type: 'Software', name: 'Tally' },
    body: [
      { ...text('describing', summaryOf(n)), language: 'en' },
      figureBody(n),
      text('classifying', n.match.status),
      ...(comment ? [text('commenting', n.comment)] : []),
      ...n.tags.map((t) => text('tagging', t)),
    ],
    target: {
      source: n.page.url,
      selector: n.bodyText ? [n.bodyText.quote, n.bodyText.position] : [n.quote],
    },
  };
}

/**
 * The notes as W3C Web Annotation JSON-LD: an `AnnotationCollection` other annotation tools
 * can read, with Tally's own terms under `tally:` for what they do not model.
 */
export function notesToAnnotations(
  notes: readonly Note[],
  exported: Date = new Date(),
  id: string = `urn:uuid:${crypto.randomUUID()}`,
  label = 'Tally notes',
): AnnotationCollection {
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `${label}, exported ${exported.toISOString().slice(0, 10)}`,
    total: notes.length,
    first: { id: `${id}:page-1`, type: 'AnnotationPage', startIndex: 0, items: notes.map(noteToAnnotation) },
  };
}
