import type { TallyCommand } from '../schema/replies';

/** The name of one of Tally's commands. */
export type TallyCommandName = TallyCommand;

/** One command: what it does and the key Tally suggests for it. */
interface CommandSpec {
  /** Suggested key: one the browsers assign when an extension asks (checked in Debian's Chromium). */
  key: string;
  description: string;
}

/**
 * Tally's shortcuts. They are the browser's, not the page's: pressed, they
 * reach Tally and never the page, so the page's own shortcuts keep working,
 * and the reader can change them (chrome://extensions/shortcuts, Firefox's
 * "Manage Extension Shortcuts"). Alt+Shift+N and Alt+Shift+P, the old keys,
 * are not assigned by Chromium when an extension suggests them.
 */
export const TALLY_COMMANDS: Record<TallyCommandName, CommandSpec> = {
  'next-figure': { key: 'Alt+Shift+J', description: 'Move to the next highlighted figure' },
  'previous-figure': { key: 'Alt+Shift+K', description: 'Move to the previous highlighted figure' },
  'toggle-highlights': { key: 'Alt+Shift+H', description: "Hide or show Tally's highlights on this page" },
};

/** The manifest's `commands`, from {@link TALLY_COMMANDS}. */
export function manifestCommands(): Record<
  string,
  { suggested_key: { default: string }; description: string }
> {
  return Object.fromEntries(
    Object.entries(TALLY_COMMANDS).map(([name, { key, description }]) => [
      name,
      { suggested_key: { default: key }, description },
    ]),
  );
}
