/**
 * What the options page needs of dataset packs: parsing a file into a validated pack or a
 * list of problems, and the IndexedDB store of imported packs. Kept narrow so the page and
 * its tests can use any implementation of it.
 */
import type { PackError, StoredPack } from '../../utils/schema';

/** A parsed pack, or every problem found in it. */
export type PackParseResult = { ok: true; pack: StoredPack } | { ok: false; errors: PackError[] };

/** A pack as listed on the page (its rows are not needed there). */
export type PackSummary = Pick<StoredPack, 'id' | 'name' | 'added' | 'counts'>;

/** Parsing and keeping packs. */
export interface PackApi {
  /** Parses a CSV or JSON pack (`fileName` tells which, and names the pack when the file does not). */
  parse(text: string, fileName: string): PackParseResult | Promise<PackParseResult>;
  /** Imported packs, oldest first. */
  list(): Promise<PackSummary[]>;
  /**
   * Keeps a parsed pack, replacing the stored packs `replace` names (the reader agreed to it);
   * refuses one already stored that `replace` does not name.
   */
  add(pack: StoredPack, replace?: readonly string[]): Promise<void>;
  /** Removes a pack by id. */
  remove(id: string): Promise<void>;
  /** Tells the background to load the packs again. */
  changed(): Promise<void>;
}

/** Largest pack file the page reads (a guard against picking the wrong file, not a format limit). */
export const MAX_PACK_BYTES = 50 * 1024 * 1024;

/** File types the import accepts. */
export const PACK_ACCEPT = '.csv,.json,text/csv,application/json';

/** One line of an import report: where ("Row 3, field value") and what is wrong. */
export function describePackError(e: PackError): { where: string; message: string } {
  const where = [e.row > 0 ? `Row ${e.row}` : 'File', e.field ? `field “${e.field}”` : '']
    .filter(Boolean)
    .join(', ');
  return { where, message: e.message };
}

/** The heading of an import report: how many problems, and that nothing was imported. */
export function reportTitle(fileName: string, errors: readonly PackError[]): string {
  const n = errors.length;
  return `${fileName} was not imported: ${n} problem${n === 1 ? '' : 's'} found. Your dataset is unchanged.`;
}

/** "120 claims, 2 claimants, 1 metric": what a pack adds, in words. */
export function describeCounts(counts: StoredPack['counts']): string {
  const part = (n: number, one: string) => `${n.toLocaleString('en-GB')} ${one}${n === 1 ? '' : 's'}`;
  return [
    part(counts.claims, 'claim'),
    part(counts.claimants, 'claimant'),
    part(counts.metrics, 'metric'),
  ].join(', ');
}

/**
 * The stored packs an import would replace: the same pack (the same id: it was imported
 * before) or another version of it (the same name).
 */
export function conflictsOf(pack: PackSummary, stored: readonly PackSummary[]): PackSummary[] {
  const name = pack.name.trim().toLowerCase();
  return stored.filter((p) => p.id === pack.id || p.name.trim().toLowerCase() === name);
}

/** The question asked before an import replaces stored packs. */
export function replaceQuestion(pack: PackSummary, conflicts: readonly PackSummary[]): string {
  const same = conflicts.find((c) => c.id === pack.id);
  if (same)
    return `“${pack.name}” is already imported, with the same content (added ${same.added.slice(0, 10)}). Import it again in its place?`;
  const listed = conflicts
    .map((c) => `“${c.name}” (${describeCounts(c.counts)}, added ${c.added.slice(0, 10)})`)
    .join(' and ');
  return `A pack with this name is already imported: ${listed}. Replace it with this file (${describeCounts(pack.counts)}), or keep both?`;
}
