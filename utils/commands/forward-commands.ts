import { browser } from 'wxt/browser';
import { TallyCommand, type CommandToContent } from '../schema/replies';

/**
 * Passes each of Tally's commands (a shortcut the reader pressed) to the
 * content script of the tab it was pressed in, top frame only (background only).
 * A tab without Tally simply does not answer.
 */
export function forwardCommands(): void {
  browser.commands.onCommand.addListener((name: string, tab?: { id?: number }) => {
    const parsed = TallyCommand.safeParse(name);
    if (!parsed.success) return;
    const message: CommandToContent = { type: 'command', command: parsed.data };
    const send = async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined) await browser.tabs.sendMessage(id, message, { frameId: 0 });
    };
    send().catch(() => {});
  });
}
