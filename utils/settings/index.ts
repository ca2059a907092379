/**
 * User settings kept in extension storage, validated on every read. Pages and
 * the background use the versioned items; the content script imports
 * `read-in-page` directly to stay small.
 */
export * from './schemas';
export * from './items';
export * from './read-in-page';
export * from './settings-writer';
