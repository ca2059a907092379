import type { ArticleMeta } from '../schema';
import { collectTextSteps, runToEnd, type Block } from './collect-text';
import { entrySections, type Section } from './entry-sections';
import { findArticleRoot } from './find-article-root';
import { readMeta } from './read-meta';
import type { TextMap } from './text-map';

/** An article as the pipeline sees it: plain text, paragraphs, metadata and the way back to the DOM. */
export interface Article {
  text: string;
  blocks: Block[];
  meta: ArticleMeta;
  map: TextMap;
  root: Element | null;
  /** A live blog's dated entries (empty for an ordinary article). */
  sections: Section[];
  /** The language the page declares for the article (the nearest `lang`), or null. */
  lang: string | null;
}

/**
 * Reads the article body and metadata of `doc`, leaving out navigation,
 * asides, ads, forms, scripts and Tally's own UI.
 */
export function readArticle(doc: Document, url: string | null = null): Article {
  return runToEnd(readArticleSteps(doc, url, () => false));
}

/**
 * {@link readArticle} in steps: it yields whenever `pause()` says so (between
 * stages, and every few nodes of the article's text) and returns the article,
 * so a content script can let the page run between steps of a long one.
 */
export function* readArticleSteps(
  doc: Document,
  url: string | null,
  pause: () => boolean,
): Generator<void, Article> {
  const root = findArticleRoot(doc);
  if (pause()) yield;
  const collected = root
    ? yield* collectTextSteps(root, pause)
    : { text: '', blocks: [], map: { segments: [] } };
  if (pause()) yield;
  const meta = readMeta(doc, root, url);
  const lang = ((root ?? doc.documentElement)?.closest('[lang]')?.getAttribute('lang') ?? '')
    .trim()
    .slice(0, 35);
  return { ...collected, meta, root, sections: entrySections(root, collected.map), lang: lang || null };
}
