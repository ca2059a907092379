/** The version of the stored notes ledger (`local:notes`). */
export const NOTES_VERSION = 1;

/**
 * Migrations of the stored ledger, keyed by the version each one produces (WXT runs
 * `migrations[n]` to go from n-1 to n). Version 1 is the first shape ever stored, so
 * there is none yet; each one added here needs its case in tests/unit/notes/migrations.test.ts
 * (a test there fails when one is missing).
 */
export const NOTES_MIGRATIONS: Record<number, (stored: unknown[]) => unknown[]> = {};
