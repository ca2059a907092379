/** Claim extraction: numeric claims, their speakers and frames, from an article's plain text. */
export { extractClaims, type ExtractOptions } from './extractClaims';
export { extractSections, type DatedSection } from './extract-sections';
export { splitSentences, type SentenceSpan } from './sentences';
export { timeOf } from './frame';
