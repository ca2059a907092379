import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { forwardCommands } from '../utils/commands';
import { createBackgroundHandler, type MatcherLike } from '../utils/messaging';
import { createPackStore } from '../utils/dataset';
import { loadMatcher } from '../utils/match';
import { createNoteStore, createNotesHandler, defineNotesItem, setupNoteMenu } from '../utils/notes';
import { useReadableErrors } from '../utils/schema/readable-errors';
import { watchSiteRegistrations } from '../utils/sites/register-sites';

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
  // Every notes write goes through this one store, in order: two tabs noting at once lose nothing.
  const notes = createNotesHandler(createNoteStore(defineNotesItem()));
  // A pack imported or removed in the options page: the next match loads the dataset again.
  const handle = createBackgroundHandler(getMatcher, notes, () => {
    matcher = null;
  });
  setupNoteMenu();
  forwardCommands();
  browser.runtime.onMessage.addListener((raw: unknown) => handle(raw));
  // Sites the user turned on get the content script by registration, kept in step with settings.
  watchSiteRegistrations();
});
