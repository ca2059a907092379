import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { clearTurnedOff, showDivergences } from '../utils/badge';
import { forwardCommands } from '../utils/commands';
import {
  createBackgroundHandler,
  classifySender,
  type MatcherLike,
  type SenderInfo,
} from '../utils/messaging';
import { createPackStore } from '../utils/dataset';
import { loadMatcher } from '../utils/match';
import { createIdbBackend, createMemory, idbExists, type Memory } from '../utils/memory';
import { createMemoryService } from '../utils/memory/service';
import { getMemorySettings, setMemorySettings } from '../utils/memory/settings-item';
import {
  createNoteStore,
  createNotesHandler,
  notifyPages,
  setupNoteMenu,
  storageLocalLedger,
} from '../utils/notes';
import { useReadableErrors } from '../utils/schema/readable-errors';
import { createSettingsWriter, getSiteSettings, siteSettingsItem } from '../utils/settings';
import { watchSiteRegistrations } from '../utils/sites/register-sites';
import { openWelcomeOnInstall } from '../utils/welcome';
import { followLanguageChoice } from '../utils/i18n/background';
import { retitleNoteMenu } from '../utils/notes/note-menu';

/** Reads a file of the bundled dataset from the extension's own package (never the network). */
async function readBundled(file: string): Promise<string> {
  const url = (browser.runtime.getURL as (path: string) => string)(`/data/${file}`);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`dataset file ${file}: ${res.status}`);
  return res.text();
}

export default defineBackground(() => {
  useReadableErrors();
  // Loaded on first use, once per worker life: a restarted worker loads it again.
  let matcher: Promise<MatcherLike> | null = null;
  const getMatcher = (): Promise<MatcherLike> => {
    const loading =
      matcher ??
      // The bundled dataset and the user's packs; a pack that no longer validates is left out.
      loadMatcher(readBundled, createPackStore())
        .then(({ matcher: m, skipped }) => {
          if (skipped.length) console.warn('Tally: dataset packs left out:', skipped.join('; '));
          return m;
        })
        .catch((e: unknown) => {
          matcher = null;
          throw e;
        });
    matcher = loading;
    return loading;
  };
  // The ledger lives in the extension's IndexedDB (content scripts cannot open it); the
  // storage.local ledger of earlier versions is moved there on first use.
  const notes = createNotesHandler(createNoteStore({ legacy: storageLocalLedger() }), {
    match: async (claims, meta) => (await getMatcher()).match(claims, meta),
    onChanged: (change) => void notifyPages(change).catch(() => undefined),
  });
  // The reading memory's database opens on first use (never while the reader keeps it off).
  let memory: Memory | null = null;
  const readingMemory = createMemoryService({
    memory: () => (memory ??= createMemory(createIdbBackend())),
    exists: async () => memory !== null || idbExists(),
    settings: getMemorySettings,
    setSettings: setMemorySettings,
  });
  const handle = createBackgroundHandler({
    getMatcher,
    notes,
    memory: readingMemory,
    settings: createSettingsWriter(),
    onPacksChanged: () => {
      matcher = null;
    },
    onAnalyzed: (tabId, matches) => void showDivergences(tabId, matches).catch(() => undefined),
  });
  const extensionBase = browser.runtime.getURL('/');
  setupNoteMenu();
  forwardCommands();
  browser.runtime.onMessage.addListener((raw: unknown, sender: SenderInfo) =>
    handle(raw, classifySender(sender, browser.runtime.id, extensionBase)),
  );
  // Sites the user turned on get the content script by registration, kept in step with settings.
  watchSiteRegistrations();
  // A site turned off loses its badge with its highlights.
  siteSettingsItem.watch(() => void getSiteSettings().then(clearTurnedOff));
  openWelcomeOnInstall();
  followLanguageChoice(retitleNoteMenu);
});
