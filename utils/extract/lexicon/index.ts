/**
 * Word lists the grammar consults (lower case), English. Kept as
 * space-separated strings to stay small. Every language-specific word the
 * extractor tests is here, so that another language can supply its own.
 */
export * from './actions';
export * from './attribution';
export * from './gender';
export * from './measures';
export * from './nouns';
export * from './numbers';
