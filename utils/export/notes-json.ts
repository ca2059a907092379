import * as z from 'zod/mini';
import { Note } from '../schema/notes';

/** The format tag of Tally's JSON export. */
export const NOTES_FORMAT = 'tally-notes/1';

/** A JSON export: every note exactly as stored (lossless: importing it restores them). */
export interface NotesFile {
  format: typeof NOTES_FORMAT;
  exported: string;
  notes: Note[];
}

/** The notes as Tally's JSON export, pretty-printed. */
export function notesToJson(notes: readonly Note[], exported: Date = new Date()): string {
  const file: NotesFile = { format: NOTES_FORMAT, exported: exported.toISOString(), notes: [...notes] };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** One problem in an import file: where (`notes.3.claim.value`) and what. */
export interface ImportProblem {
  path: string;
  message: string;
}

/** A parsed import: every note valid, or the problems that reject the file as a whole. */
export type ParsedImport = { ok: true; notes: Note[] } | { ok: false; problems: ImportProblem[] };

/** At most this many problems are listed; the rest are counted. */
const MAX_PROBLEMS = 50;

const Envelope = z.object({
  format: z.literal(NOTES_FORMAT),
  exported: z.optional(z.string()),
  notes: z.array(z.unknown()),
});

const pathOf = (prefix: (string | number)[], path: readonly PropertyKey[]) =>
  [...prefix, ...path].map(String).join('.') || '(file)';

/**
 * Reads a JSON export: the file must parse, carry the `tally-notes/1` tag, and
 * every note must be valid with an id of its own. Any problem rejects the whole
 * file (nothing is half-imported) and is reported with its path.
 */
export function parseNotesJson(text: string): ParsedImport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [{ path: '(file)', message: `not JSON: ${(e as Error).message}` }] };
  }
  const envelope = Envelope.safeParse(raw);
  if (!envelope.success) {
    return {
      ok: false,
      problems: envelope.error.issues
        .slice(0, MAX_PROBLEMS)
        .map((i) => ({ path: pathOf([], i.path), message: i.message })),
    };
  }
  const problems: ImportProblem[] = [];
  const notes: Note[] = [];
  const seen = new Map<string, number>();
  let more = 0;
  envelope.data.notes.forEach((entry, i) => {
    const parsed = Note.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        if (problems.length < MAX_PROBLEMS)
          problems.push({ path: pathOf(['notes', i], issue.path), message: issue.message });
        else more++;
      }
      return;
    }
    const first = seen.get(parsed.data.id);
    if (first !== undefined) {
      problems.push({ path: `notes.${i}.id`, message: `the same id as notes.${first}` });
      return;
    }
    seen.set(parsed.data.id, i);
    notes.push(parsed.data);
  });
  if (more) problems.push({ path: '(file)', message: `and ${more} more problems` });
  return problems.length ? { ok: false, problems } : { ok: true, notes };
}
