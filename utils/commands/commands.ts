import type { TallyCommand } from '../schema/replies';

/** The name of one of Tally's commands. */
export type TallyCommandName = TallyCommand;

/** One command: what it does and the key Tally suggests for it. */
interface CommandSpec {
  /** Suggested key: one the browsers assign when an extension asks (checked in Debian's Chromium). */
  key: string;
  /** What it does: the key of its message in locales/*.yml ("commands.nextFigure"). */
  message: `commands.${string}`;
}

/**
 * Tally's shortcuts. They are the browser's, not the page's: pressed, they
 * reach Tally and never the page, so the page's own shortcuts keep working,
 * and the reader can change them (chrome://extensions/shortcuts, Firefox's
 * "Manage Extension Shortcuts"). Alt+Shift+N and Alt+Shift+P, the old keys,
 * are not assigned by Chromium when an extension suggests them.
 */
export const TALLY_COMMANDS: Record<TallyCommandName, CommandSpec> = {
  'next-figure': { key: 'Alt+Shift+J', message: 'commands.nextFigure' },
  'previous-figure': { key: 'Alt+Shift+K', message: 'commands.previousFigure' },
  'toggle-highlights': { key: 'Alt+Shift+H', message: 'commands.toggleHighlights' },
};

/**
 * The manifest's `commands`, from {@link TALLY_COMMANDS}: each description a `__MSG_…__`
 * reference, which the browser reads from `_locales` in its own language (its shortcut
 * settings list them so). This runs in wxt.config.ts, so it names the message as the
 * messages files do by hand (utils/i18n's `chromeKey` imports the browser).
 */
export function manifestCommands(): Record<
  string,
  { suggested_key: { default: string }; description: string }
> {
  return Object.fromEntries(
    Object.entries(TALLY_COMMANDS).map(([name, { key, message }]) => [
      name,
      { suggested_key: { default: key }, description: `__MSG_${message.replaceAll('.', '_')}__` },
    ]),
  );
}
