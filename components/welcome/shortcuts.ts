import { browser } from 'wxt/browser';
import { t, tOfId } from '../../utils/i18n/messages';

/** One of Tally's keyboard shortcuts as the browser has it now. */
export interface Shortcut {
  name: string;
  /** What it does, in the language in force where Tally knows the command (utils/commands). */
  description: string;
  /** The keys in force ("Alt+Shift+H"), or null when none is set. */
  keys: string | null;
}

/** Commands every browser adds for an extension's toolbar button and sidebar. */
const BUILT_IN: Record<string, () => string> = {
  _execute_action: () => t('welcome.shortcuts.popup'),
  _execute_browser_action: () => t('welcome.shortcuts.popup'),
  _execute_sidebar_action: () => t('welcome.shortcuts.sidebar'),
};

/**
 * The shortcuts in force, read from the browser's commands API (the reader may have remapped
 * them, and a browser may not have given a suggested key): Tally's own commands first.
 */
export async function readShortcuts(): Promise<Shortcut[]> {
  // Firefox has no commands API for an extension whose manifest declares no commands.
  const api = (browser as Partial<typeof browser>).commands;
  const commands = api ? await api.getAll() : [];
  return commands
    .filter((c): c is typeof c & { name: string } => !!c.name)
    .map((c) => ({
      name: c.name,
      description: BUILT_IN[c.name]?.() ?? tOfId('commands', c.name) ?? c.description ?? c.name,
      keys: c.shortcut ? c.shortcut : null,
    }))
    .sort((a, b) => Number(a.name.startsWith('_')) - Number(b.name.startsWith('_')));
}

/** What the browser offers for changing shortcuts. */
interface ShortcutSettingsApi {
  commands?: { openShortcutSettings?: () => Promise<void> };
}

/**
 * Opens the browser's own page for changing extension shortcuts: Firefox's through its commands
 * API, Chrome's as a tab (its address is not a link a page may follow).
 */
export async function openShortcutSettings(): Promise<void> {
  const api = browser as unknown as ShortcutSettingsApi;
  if (api.commands?.openShortcutSettings) return api.commands.openShortcutSettings();
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
