/**
 * The options page's packs, for real: parsed and validated by utils/dataset `parsePackFile`
 * against the bundled registry (a pack may use the bundled claimants and metrics), kept in
 * the extension's IndexedDB (which the background reads too), and announced to the
 * background with `packs-changed`.
 */
import { createPackStore, parsePackFile, type PackContext } from '../../utils/dataset';
import { requestPacksChanged } from '../../utils/messaging';
import { DatasetRegistry } from '../../utils/schema';
import type { PackApi } from './packs';

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
      const result = await parsePackFile(text, fileName, await context);
      return result.ok ? { ok: true, pack: result.pack } : { ok: false, errors: result.errors };
    },
    list: () => store.list(),
    add: (pack, replace) => store.add(pack, replace),
    remove: (id) => store.remove(id),
    async changed() {
      const reply = await requestPacksChanged();
      if (!reply.ok) throw new Error(reply.error);
    },
  };
}
