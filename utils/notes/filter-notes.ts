import type { MatchStatus, Side } from '../schema';
import type { Note } from '../schema/notes';

/** The side panel's filters; null (or '') means "any". */
export interface NoteFilter {
  side: Side | null;
  claimant: string | null;
  outlet: string | null;
  status: MatchStatus | null;
  /** Inclusive ISO dates compared with {@link noteDate}. */
  from: string | null;
  to: string | null;
  tag: string | null;
  search: string;
}

/** No filter at all. */
export const NO_FILTER: NoteFilter = {
  side: null,
  claimant: null,
  outlet: null,
  status: null,
  from: null,
  to: null,
  tag: null,
  search: '',
};

/** Who gave the figure: the matched claimant, else the speaker as the article named them. */
export function speakerOf(note: Note): string | null {
  return note.match.claimant?.name ?? note.claim.speaker;
}

/** The date a note is filed under: the article's published date, else the day it was noted. */
export function noteDate(note: Note): string {
  return (note.page.published ?? note.noted).slice(0, 10);
}

/** The outlet, else the page's host. */
export function outletOf(note: Note): string {
  if (note.page.outlet) return note.page.outlet;
  try {
    return new URL(note.page.url).hostname;
  } catch {
    return note.page.url;
  }
}

/** Everything a search looks through, lower-cased. */
function haystack(note: Note): string {
  return [
    note.claim.text,
    note.quote.exact,
    speakerOf(note),
    note.match.topic?.label,
    note.page.title,
    outletOf(note),
    note.comment,
    ...note.tags,
    ...note.match.others.map((o) => o.name),
  ]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}

/** The notes that pass every filter; search matches every word, in any field. */
export function filterNotes(notes: readonly Note[], f: NoteFilter): Note[] {
  const words = f.search.toLowerCase().split(/\s+/).filter(Boolean);
  return notes.filter((n) => {
    if (f.side && n.match.claimant?.side !== f.side) return false;
    if (f.claimant && speakerOf(n) !== f.claimant) return false;
    if (f.outlet && outletOf(n) !== f.outlet) return false;
    if (f.status && n.match.status !== f.status) return false;
    const date = noteDate(n);
    if (f.from && date < f.from) return false;
    if (f.to && date > f.to) return false;
    if (f.tag && !n.tags.includes(f.tag)) return false;
    if (words.length) {
      const text = haystack(n);
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
}

/** The values each filter can take among `notes`, sorted, for the side panel's menus. */
export function facetsOf(notes: readonly Note[]) {
  const sorted = (values: Iterable<string | null | undefined>) =>
    [...new Set([...values].filter((v): v is string => !!v))].sort((a, b) => a.localeCompare(b));
  return {
    sides: sorted(notes.map((n) => n.match.claimant?.side)) as Side[],
    claimants: sorted(notes.map(speakerOf)),
    outlets: sorted(notes.map(outletOf)),
    statuses: sorted(notes.map((n) => n.match.status)) as MatchStatus[],
    tags: sorted(notes.flatMap((n) => n.tags)),
  };
}

/** Notes on the same topic: the same figure from different outlets sits together. */
export interface TopicGroup {
  id: string | null;
  label: string;
  notes: Note[];
}

/**
 * Groups notes by matched topic, topics in alphabetical order and notes with no
 * topic last; within a group, by date and then the order noted.
 */
export function groupByTopic(notes: readonly Note[]): TopicGroup[] {
  const groups = new Map<string | null, TopicGroup>();
  for (const n of notes) {
    const id = n.match.topic?.id ?? null;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { id, label: n.match.topic?.label ?? 'No topic', notes: [] }));
    g.notes.push(n);
  }
  for (const g of groups.values()) {
    g.notes.sort((a, b) => noteDate(a).localeCompare(noteDate(b)) || a.noted.localeCompare(b.noted));
  }
  return [...groups.values()].sort((a, b) =>
    a.id === null ? 1 : b.id === null ? -1 : a.label.localeCompare(b.label),
  );
}

/**
 * `notes` with a ledger change applied: the `removed` ids gone, each of the `changed` notes
 * in its place, or at the end when it is new (the order noted).
 */
export function applyLedgerChange(
  notes: readonly Note[],
  change: { removed: readonly string[]; changed: readonly Note[] },
): Note[] {
  const gone = new Set(change.removed);
  const byId = new Map(change.changed.map((n) => [n.id, n]));
  const out = notes.filter((n) => !gone.has(n.id)).map((n) => byId.get(n.id) ?? n);
  const present = new Set(out.map((n) => n.id));
  return [...out, ...change.changed.filter((n) => !present.has(n.id))];
}
