/** The reader-facing formatting of figures, sides and statuses lives in utils/format, shared with the exports. */
export * from '../utils/format';
