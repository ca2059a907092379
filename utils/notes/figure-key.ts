import type { NoteDraft } from '../schema/notes';
import { pageKey } from './page-key';

/**
 * What makes two notes the same figure: the same page and the same quote in the
 * same context. Used to keep a figure from being noted twice and to find duplicates on import.
 */
export function figureKey(note: Pick<NoteDraft, 'page' | 'quote'>): string {
  const q = note.quote;
  return [pageKey(note.page.url), q.prefix, q.exact, q.suffix].join('\u0000');
}
