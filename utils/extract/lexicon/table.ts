/** Helpers for writing word lists compactly. */

/** A set of the space-separated words of `s`. */
export const set = (s: string): Set<string> => new Set(s.split(' '));

/**
 * A word table without a prototype: article text is looked up in it, and a
 * word such as "constructor" must not find `Object.prototype.constructor`.
 */
export const table = <T>(entries: Record<string, T> = {}): Record<string, T> =>
  Object.assign(Object.create(null) as Record<string, T>, entries);
