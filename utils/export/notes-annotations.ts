import type { Note } from '../schema/notes';
import { summaryOf } from './describe-note';

/** A W3C Web Annotation TextualBody. */
interface TextualBody {
  type: 'TextualBody';
  purpose: 'describing' | 'commenting' | 'tagging';
  value: string;
  format: 'text/plain';
}

/** One note as a W3C Web Annotation. */
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  generator: { type: 'Software'; name: string };
  body: TextualBody[];
  target: {
    source: string;
    selector: [Note['quote'], Note['position']];
  };
}

/** The notes as a W3C Web Annotation `AnnotationCollection` with one embedded page. */
export interface AnnotationCollection {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
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

/** One note as an annotation: its selectors as the target, a description, the comment and each tag as bodies. */
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
    motivation: comment ? 'commenting' : 'highlighting',
    created: n.noted,
    modified: n.updated,
    generator: { type: 'Software', name: 'Tally' },
    body: [
      text('describing', summaryOf(n)),
      ...(comment ? [text('commenting', comment)] : []),
      ...n.tags.map((t) => text('tagging', t)),
    ],
    target: { source: n.page.url, selector: [n.quote, n.position] },
  };
}

/**
 * The notes as W3C Web Annotation JSON-LD: an `AnnotationCollection` other
 * annotation tools can read. The TextQuoteSelector is the one to trust; the
 * TextPositionSelector counts characters of the article text as Tally reads it.
 */
export function notesToAnnotations(
  notes: readonly Note[],
  exported: Date = new Date(),
  id: string = `urn:uuid:${crypto.randomUUID()}`,
): AnnotationCollection {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label: `Tally notes, exported ${exported.toISOString().slice(0, 10)}`,
    total: notes.length,
    first: { id: `${id}:page-1`, type: 'AnnotationPage', startIndex: 0, items: notes.map(noteToAnnotation) },
  };
}
