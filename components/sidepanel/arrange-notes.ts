import { formatDay } from '../../utils/i18n/format';
import { t } from '../../utils/i18n/messages';
import { groupByTopic, noteDate, outletOf } from '../../utils/notes/filter-notes';
import type { Note } from '../../utils/schema/notes';

/** How the side panel orders its notes. */
export const SORTS = ['topic', 'date', 'outlet'] as const;
/** @see SORTS */
export type NoteSort = (typeof SORTS)[number];

/** A heading of the side panel's list and the notes under it. */
export interface NoteGroup {
  /** Stable across renders (a topic id, a day, an outlet). */
  key: string;
  label: string;
  notes: Note[];
}

/** Newest first: the article's date, then when it was noted. */
const newestFirst = (a: Note, b: Note) =>
  noteDate(b).localeCompare(noteDate(a)) || b.noted.localeCompare(a.noted);

function groupBy(notes: readonly Note[], keyOf: (n: Note) => string): Map<string, Note[]> {
  const groups = new Map<string, Note[]>();
  for (const n of notes) {
    const key = keyOf(n);
    const group = groups.get(key);
    if (group) group.push(n);
    else groups.set(key, [n]);
  }
  return groups;
}

/**
 * The notes under headings: by topic (topics A–Z, notes without one last, each topic's notes
 * oldest first, as the figures came out), by date (days newest first) or by outlet (A–Z, each
 * outlet's notes newest first).
 */
export function arrangeNotes(notes: readonly Note[], sort: NoteSort): NoteGroup[] {
  if (sort === 'topic') {
    return groupByTopic(notes).map((g) => ({
      key: `topic:${g.id ?? ''}`,
      label: g.id === null ? t('panel.noTopic') : g.label,
      notes: g.notes,
    }));
  }
  const sorted = [...notes].sort(newestFirst);
  if (sort === 'date') {
    return [...groupBy(sorted, noteDate)].map(([day, group]) => ({
      key: `date:${day}`,
      label: formatDay(day) ?? day,
      notes: group,
    }));
  }
  return [...groupBy(sorted, outletOf)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([outlet, group]) => ({ key: `outlet:${outlet}`, label: outlet, notes: group }));
}

/** A group as the side panel draws it: its first notes only, and how many it holds in all. */
export interface DrawnGroup extends NoteGroup {
  total: number;
}

/**
 * The groups cut to their first `limit` notes in all, top to bottom: the side panel draws a long
 * list a page at a time, so a change to one note never redraws thousands.
 */
export function firstNotes(groups: readonly NoteGroup[], limit: number): DrawnGroup[] {
  const out: DrawnGroup[] = [];
  let left = limit;
  for (const g of groups) {
    if (left <= 0) break;
    const notes = g.notes.length <= left ? g.notes : g.notes.slice(0, left);
    out.push({ ...g, notes, total: g.notes.length });
    left -= notes.length;
  }
  return out;
}

/**
 * Where focus goes once `removed` notes leave the list `order` (the notes as shown, top to
 * bottom): the first note after the last one removed, else the nearest before it, else null
 * (the list is empty: the undo bar takes it).
 */
export function focusAfterRemoval(order: readonly string[], removed: ReadonlySet<string>): string | null {
  const last = order.reduce((at, id, i) => (removed.has(id) ? i : at), -1);
  if (last < 0) return null;
  const after = order.slice(last + 1).find((id) => !removed.has(id));
  if (after) return after;
  return [...order.slice(0, last)].reverse().find((id) => !removed.has(id)) ?? null;
}
