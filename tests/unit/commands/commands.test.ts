import { describe, expect, it, vi } from 'vitest';
import { TALLY_COMMANDS, forwardCommands, manifestCommands } from '../../../utils/commands';
import { TallyCommand } from '../../../utils/schema/replies';

const browser = vi.hoisted(() => ({
  listeners: [] as ((name: string, tab?: { id?: number }) => void)[],
  sent: [] as unknown[][],
}));

vi.mock('wxt/browser', () => ({
  browser: {
    commands: { onCommand: { addListener: (f: (typeof browser.listeners)[0]) => browser.listeners.push(f) } },
    tabs: {
      sendMessage: async (...args: unknown[]) => void browser.sent.push(args),
      query: async () => [{ id: 7 }],
    },
  },
}));

const settle = () => new Promise((ok) => setTimeout(ok, 0));

describe("Tally's commands", () => {
  it('are the browser’s shortcuts, one per command the content script knows, none the browser refuses', () => {
    expect(Object.keys(manifestCommands()).sort()).toEqual([...TallyCommand.options].sort());
    const keys = Object.values(TALLY_COMMANDS).map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    // Debian's Chromium does not assign these when an extension suggests them.
    expect(keys).not.toContain('Alt+Shift+N');
    expect(keys).not.toContain('Alt+Shift+P');
  });

  it.each([
    ['the tab the shortcut was pressed in', { id: 3 }, 3],
    ['the active tab when the browser names none', undefined, 7],
  ])('are passed to %s, top frame only', async (_name, tab, tabId) => {
    browser.listeners.length = 0;
    browser.sent.length = 0;
    forwardCommands();
    browser.listeners[0]!('next-figure', tab);
    await settle();
    expect(browser.sent).toEqual([[tabId, { type: 'command', command: 'next-figure' }, { frameId: 0 }]]);
  });

  it('pass on nothing that is not theirs', async () => {
    browser.listeners.length = 0;
    browser.sent.length = 0;
    forwardCommands();
    browser.listeners[0]!('_execute_action', { id: 3 });
    await settle();
    expect(browser.sent).toEqual([]);
  });
});
