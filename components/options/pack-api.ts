/**
 * The options page's packs, for real: parsed and validated by utils/dataset `parsePack`
 * against the bundled registry (a pack may use the bundled claimants and metrics), kept in
 * the extension's IndexedDB (which the background reads too), and announced to the
 * background with `packs-changed`.
 */
import { createPackStore, parsePack, type PackContext } from '../../utils/dataset';
import { requestPacksChanged } from '../../utils/messaging';
import { DatasetRegistry } from '../../utils/schema';
import type { PackApi } from './packs';

/** JSON when the name says so or the text starts with `{`; CSV otherwise. */
export function packFormatOf(fileName: string, text: string): 'csv' | 'json' {
  if (/\.json$/i.test(fileName)) return 'json';
  if (/\.csv$/i.test(fileName)) return 'csv';
  return /^\s*\{/.test(text) ? 'json' : 'csv';
}

/** A CSV pack's name: its file name without the extension. */
export function packNameOf(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '').trim() || 'Imported pack';
}

/** Reads the bundled registry from the extension's own files (never the network). */
async function bundledContext(): Promise<PackContext> {
  try {
    const res = await fetch('/data/registry.json');
    const parsed = DatasetRegistry.safeParse(await res.json());
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** The pack API over IndexedDB and the background. */
export function createPackApi(factory?: IDBFactory): PackApi {
  const store = createPackStore(factory);
  let context: Promise<PackContext> | null = null;
  return {
    async parse(text, fileName) {
      context ??= bundledContext();
      const result = parsePack(text, packFormatOf(fileName, text), await context, packNameOf(fileName));
      return result.ok ? { ok: true, pack: result.pack } : { ok: false, errors: result.errors };
    },
    list: () => store.list(),
    add: (pack) => store.add(pack),
    remove: (id) => store.remove(id),
    async changed() {
      const reply = await requestPacksChanged();
      if (!reply.ok) throw new Error(reply.error);
    },
  };
}
