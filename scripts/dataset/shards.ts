/**
 * Writing the columnar claims as the bundled files: one file of tables and the rows' columns in
 * shards, each small enough for the add-on linters to parse however far the dataset grows.
 */
import type { ClaimColumnsFile, ClaimShardFile, ClaimTablesFile } from '../../utils/schema';

/**
 * addons-linter (behind `web-ext lint` and addons.mozilla.org) refuses to parse a text file of
 * 5 MiB or more (`MAX_FILE_SIZE_TO_PARSE_MB` in addons-linter's constants): FILE_TOO_LARGE.
 */
export const LINTER_PARSE_LIMIT_BYTES = 5 * 1024 * 1024;

/** The most a bundled data file is written with: well under the linter's limit. */
export const DATA_FILE_MAX_BYTES = 2_000_000;

/** The shards' file names, in row order. */
export const shardName = (i: number) => `claims-${i + 1}.json`;

/** The name of the tables file. */
export const TABLES_FILE = 'tables.json';

/** Whether a file in the data folder is one the build writes from the claims (stale ones are removed). */
export const isClaimsFile = (name: string) => name === TABLES_FILE || /^claims(-\d+)?\.json$/.test(name);

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** The columns of rows [from, to). */
function sliceColumns(columns: ClaimColumnsFile['columns'], from: number, to: number): ClaimShardFile {
  const out: Record<string, unknown[]> = {};
  for (const [field, col] of Object.entries(columns)) out[field] = col.slice(from, to);
  return { columns: out as ClaimColumnsFile['columns'] };
}

/**
 * Splits a claims file into the tables file and as few shards of consecutive rows as keep each
 * file at most `maxBytes`, the rows spread evenly. Returns name → text, the tables first, then
 * the shards in row order. Deterministic. Throws when the tables alone are too large.
 */
export function claimFiles(file: ClaimColumnsFile, maxBytes = DATA_FILE_MAX_BYTES): Map<string, string> {
  const { columns, ...rest } = file;
  const tables: ClaimTablesFile = rest;
  const tablesText = `${JSON.stringify(tables)}\n`;
  if (bytes(tablesText) > maxBytes)
    throw new Error(`${TABLES_FILE} would be ${bytes(tablesText)} bytes, more than ${maxBytes}`);
  const n = columns.id.length;
  let count = Math.max(1, Math.ceil(bytes(JSON.stringify({ columns })) / maxBytes));
  for (;;) {
    const shards: string[] = [];
    for (let i = 0; i < count; i++) {
      const from = Math.floor((i * n) / count);
      const to = Math.floor(((i + 1) * n) / count);
      shards.push(`${JSON.stringify(sliceColumns(columns, from, to))}\n`);
    }
    if (shards.every((s) => bytes(s) <= maxBytes) || count >= n)
      return new Map([[TABLES_FILE, tablesText], ...shards.map((s, i) => [shardName(i), s] as const)]);
    count++;
  }
}
