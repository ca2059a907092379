/** Stage "read": from a page's DOM to an article's text, metadata and text↔DOM map. */
export { readArticle, readArticleSteps, type Article } from './read-article';
export { findArticleRoot } from './find-article-root';
export { collectText, collectTextSteps, runToEnd, type Block, type CollectedText } from './collect-text';
export { readMeta } from './read-meta';
export { entrySections, type Section } from './entry-sections';
export { rangeFor, type TextMap, type TextSegment } from './text-map';
export { isBoilerplate, isSkipped } from './boilerplate';
